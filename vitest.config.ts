import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // The translation cache of the tests lives apart from the user's.
    env: { XDG_CACHE_HOME: path.join(os.tmpdir(), 'claimdiff-test-cache') },
  },
});
