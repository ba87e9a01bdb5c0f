/**
 * claimdiff — compare news coverage of one story across French, Italian and English, claim by claim.
 *
 *   import { compare, REPORTERS } from 'claimdiff';
 *   const report = await compare(['articles/'], { onProgress: (e) => … });
 */
export { compare, analyse, STAGES } from './pipeline.js';
export type { AnalysedCorpus, Stage } from './pipeline.js';
export { REPORTERS, REPORT_FORMATS, isReportFormat } from './reporters/index.js';
export type { Reporter, ReporterOptions, ReportFormat } from './reporters/index.js';
export { RULES } from './rules/index.js';
export type { Rule, Finding } from './rules/index.js';
export { LANGUAGE_PACKS, SUPPORTED_LANGUAGES } from './lang/index.js';
export type { LanguagePack } from './lang/index.js';
export { VERSION } from './version.js';
export type * from './types.js';
