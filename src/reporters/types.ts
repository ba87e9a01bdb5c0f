import type { Report } from '../types.js';

export interface ReporterOptions {
  /** Use ANSI colours (text reporter). */
  color: boolean;
  /** Terminal width to wrap to (text reporter). */
  width: number;
}

/** A reporter is pure: the same report and options give the same string. */
export type Reporter = (report: Report, options: ReporterOptions) => string;
