/**
 * The command line. `run(argv)` parses, calls the library, writes the report and returns the exit
 * code: 0 the comparison ran, 1 a `--fail-on` threshold was met, 2 a usage or input error. It never
 * calls `process.exit`; only the bin shim sets `process.exitCode`.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compare } from './pipeline.js';
import { REPORTERS, REPORT_FORMATS, type ReportFormat } from './reporters/index.js';
import { oneLine } from './reporters/safe-text.js';
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from './lang/index.js';
import { VERSION } from './version.js';
import { BRIDGE_NAMES, type BridgeName } from './bridge/index.js';
import { defaultCacheDir } from './bridge/cache.js';
import { doctor, formatDoctor } from './doctor.js';
import { RULE_IDS } from './rules/index.js';
import { atLeast } from './rules/common.js';
import { createProgress } from './progress.js';
import { listInputFiles } from './stages/ingest.js';
import type { CompareInput, LanguageCode, Severity } from './types.js';

const SEVERITIES: Severity[] = ['low', 'medium', 'high'];

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read when a path is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FAIL_ON = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}
/** The report could not be written: the comparison ran, the output did not. */
class WriteError extends Error {}

/** Runs shorter than this show no progress bar. */
const PROGRESS_DELAY_MS = 1000;

interface CompareFlags {
  format: ReportFormat;
  output?: string;
  languages: string;
  color: boolean;
  quiet?: boolean;
  width?: string;
  bridge: BridgeName;
  cacheDir?: string;
  cache: boolean;
  rules?: string;
  minSeverity: Severity;
  minConfidence?: number;
  failOn?: Severity;
}

function parseLanguages(list: string): LanguageCode[] {
  const codes = list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (codes.length === 0) throw new UsageError('--languages needs at least one language');
  for (const code of codes) {
    if (!isSupportedLanguage(code)) throw new UsageError(`--languages: unsupported language '${code}' (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
  }
  return codes as LanguageCode[];
}

/**
 * Refuses an `-o` target that is one of the inputs, by device and inode, so that a hard link or a
 * symbolic link to an article is caught as well as its own path; and one that cannot be written.
 * Checked before the analysis, so that a mistake costs nothing.
 */
async function checkOutputTarget(output: string, paths: readonly string[], cwd: string): Promise<string> {
  const target = path.resolve(cwd, output);
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new UsageError(`--output ${output} is a directory`);
  if (stat) {
    const identity = `${stat.dev}:${stat.ino}`;
    const { files } = await listInputFiles(paths.filter((p) => p !== '-'), cwd);
    if (files.some((f) => f.identity === identity)) throw new UsageError(`--output ${output} is one of the inputs; refusing to overwrite it`);
  }
  // A link is written through: the file it names is replaced, the link stays.
  const real = stat ? await fs.realpath(target) : target;
  const directory = path.dirname(real);
  try {
    await fs.access(directory, fsConstants.W_OK);
  } catch (error) {
    throw new UsageError(`--output ${output}: cannot write in ${directory} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return real;
}

/**
 * Writes the report to a temporary file beside the target, then renames it into place: a full disk
 * or an interrupted run leaves the previous report whole instead of a truncated one.
 */
async function writeReportFile(target: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteError(`cannot write the report to ${target} (${code ?? (error instanceof Error ? error.message : String(error))}); any earlier file there is unchanged`);
  }
}

async function runCompare(paths: string[], flags: CompareFlags, io: CliIo): Promise<number> {
  const languages = parseLanguages(flags.languages);
  const rules = flags.rules?.split(',').map((r) => r.trim()).filter(Boolean);
  if (rules && rules.length === 0) throw new UsageError(`--rules needs at least one rule (rules: ${RULE_IDS.join(', ')})`);
  for (const id of rules ?? []) if (!RULE_IDS.includes(id)) throw new UsageError(`--rules: unknown rule '${id}' (rules: ${RULE_IDS.join(', ')})`);
  const output = flags.output === undefined ? undefined : await checkOutputTarget(flags.output, paths, io.cwd);
  const inputs: CompareInput[] = [];
  let stdinUsed = false;
  for (const p of paths) {
    if (p === '-') {
      if (stdinUsed) continue;
      stdinUsed = true;
      // The library reads it, up to the size limit of one article.
      inputs.push({ path: '-', content: io.stdin });
    } else {
      inputs.push(p);
    }
  }
  let width = io.stdout.columns ?? 100;
  if (flags.width !== undefined) {
    width = Number(flags.width);
    if (!Number.isInteger(width) || width < 40) throw new UsageError(`--width must be a whole number of at least 40, not '${flags.width}'`);
  }

  const cacheDir = !flags.cache ? false : flags.cacheDir ? path.resolve(io.cwd, flags.cacheDir) : defaultCacheDir(io.env);
  // A bar on standard error for runs that last, when it is a terminal and --quiet is not given.
  const progress = createProgress(flags.quiet ? {} as OutputStream : io.stderr, { delayMs: PROGRESS_DELAY_MS });
  let report;
  try {
    report = await compare(inputs, { languages, cwd: io.cwd, bridge: flags.bridge, cacheDir, rules, minSeverity: flags.minSeverity, minConfidence: flags.minConfidence, onProgress: (e) => progress.onProgress(e) });
  } finally {
    progress.stop();
  }

  if (!flags.quiet) {
    // Paths and messages quote the inputs: control and bidi characters are shown, never sent to the terminal.
    for (const warning of report.warnings) io.stderr.write(`claimdiff: ${oneLine(warning.path)}: ${oneLine(warning.message)}\n`);
  }
  if (report.documents.length < 2) {
    io.stderr.write(
      `claimdiff: nothing to compare: ${report.documents.length === 0 ? 'no document' : 'only one document'} could be read in ${languages.join(', ')} (at least two are needed)\n`,
    );
    return EXIT_USAGE;
  }

  const colorWanted = flags.color && !output && io.env.NO_COLOR === undefined && (io.stdout.isTTY === true || (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0'));
  const rendered = REPORTERS[flags.format](report, { color: colorWanted, width });
  if (output) {
    await writeReportFile(output, rendered);
  } else {
    io.stdout.write(rendered);
  }
  if (flags.failOn && report.discrepancies.some((d) => atLeast(d.severity, flags.failOn!))) return EXIT_FAIL_ON;
  return EXIT_OK;
}

function buildProgram(io: CliIo, setResult: (promise: Promise<number>) => void): Command {
  const program = new Command();
  program
    .name('claimdiff')
    .description('Compare news coverage of one story across French, Italian and English articles, claim by claim.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run claimdiff --help for usage)');

  program
    .command('compare', { isDefault: true })
    .description('compare articles (files, directories, or - for standard input)')
    .argument('<paths...>', 'article files (.txt, .md, .html), directories, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-l, --languages <codes>', 'languages to compare, comma-separated', SUPPORTED_LANGUAGES.join(','))
    .option('--no-color', 'no colours in the text report (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no warnings or progress on standard error')
    .option('--width <columns>', 'wrap the text report to this width (default: the terminal width, or 100)')
    .addOption(new Option('-b, --bridge <bridge>', 'cross-lingual bridge: Apertium when installed, or lexical only').choices(BRIDGE_NAMES).default('auto'))
    .option('--cache-dir <dir>', 'where machine translations are cached (default: the user cache directory)')
    .option('--no-cache', 'do not read or write the translation cache')
    .option('-r, --rules <ids>', `run only these rules, comma-separated (${RULE_IDS.join(', ')})`)
    .addOption(new Option('--min-severity <severity>', 'leave out findings below this severity').choices(SEVERITIES).default('low'))
    .addOption(
      new Option('--min-confidence <n>', 'leave out findings below this confidence, 0 to 1 (default 0.5; 0 shows all)').argParser((value) => {
        const n = Number(value);
        if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('a number from 0 to 1');
        return n;
      }),
    )
    .addOption(new Option('--fail-on <severity>', 'exit with code 1 when a finding of this severity or higher is reported').choices(SEVERITIES))
    .action((paths: string[], flags: CompareFlags) => {
      setResult(runCompare(paths, flags, io));
    });

  program
    .command('doctor')
    .description('say which bridges, language pairs and dictionaries this machine has, and how to install the rest')
    .option('--json', 'print the findings as JSON')
    .action((flags: { json?: boolean }) => {
      const found = doctor(io.env);
      io.stdout.write(flags.json ? `${JSON.stringify(found, null, 2)}\n` : formatDoctor(found));
      setResult(Promise.resolve(EXIT_OK));
    });

  return program;
}

export function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Runs the command line on `argv` (without the node and script paths) and returns the exit code. */
export async function run(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let result: Promise<number> | undefined;
  const program = buildProgram(io, (promise) => {
    result = promise;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result ? await result : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof UsageError || error instanceof WriteError) {
      io.stderr.write(`claimdiff: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`claimdiff: error: ${oneLine(message)}\n`);
    return EXIT_USAGE;
  }
}
