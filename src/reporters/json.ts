import type { Reporter } from './types.js';

/** The JSON contract, two-space indented, one trailing newline. */
export const jsonReporter: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
