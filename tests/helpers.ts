import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { CliIo } from '../src/cli.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.join(ROOT, 'corpus');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

export interface CapturedIo extends CliIo {
  out: () => string;
  err: () => string;
}

/** An in-process CLI environment that records what would be printed. */
export function captureIo(options: { stdin?: string | Uint8Array; tty?: boolean; env?: Record<string, string>; cwd?: string } = {}): CapturedIo {
  let out = '';
  let err = '';
  const input = options.stdin ?? '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: (async function* () {
      yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
    })(),
    env: options.env ?? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME },
    cwd: options.cwd ?? ROOT,
    out: () => out,
    err: () => err,
  };
}

/**
 * Writes small articles for a test into a folder of their own, one folder per call, all removed after
 * the test file; returns the folder.
 */
export function storyWriter(prefix: string): (articles: Record<string, string>) => string {
  const work = mkdtempSync(path.join(os.tmpdir(), `claimdiff-${prefix}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let story = 0;
  return (articles) => {
    const dir = path.join(work, `story-${(story += 1)}`);
    mkdirSync(dir);
    for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
}
