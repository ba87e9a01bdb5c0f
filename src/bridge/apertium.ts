/**
 * Apertium, a rule-based offline machine-translation engine, used to bring French and Italian
 * sentences to an English pivot through Spanish (fr→es→en, it→es→en).
 *
 * Names and acronyms are protected before translation (the Spanish route turns "Meta" into "Dip" and
 * "API" into "BEES") by replacing them with placeholders Apertium passes through untouched, and restored
 * after. One pipeline of two Apertium processes per language per run, one sentence per line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LanguageCode } from '../types.js';

/** The two Apertium modes that take each language to English. */
export const APERTIUM_ROUTES: Partial<Record<LanguageCode, [string, string]>> = {
  fr: ['fr-es', 'spa-eng'],
  it: ['ita-spa', 'spa-eng'],
};

/** Debian packages that provide each route. */
export const APERTIUM_PACKAGES: Partial<Record<LanguageCode, string[]>> = {
  fr: ['apertium', 'apertium-fr-es', 'apertium-eng-spa'],
  it: ['apertium', 'apertium-spa-ita', 'apertium-eng-spa', 'cg3'],
};

const MODE_DIRS = ['/usr/share/apertium/modes', '/usr/local/share/apertium/modes'];

/** Where a program is on the PATH, if it is. */
export function onPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, binary);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface ApertiumStatus {
  binary?: string;
  version?: string;
  /** Languages whose whole route to English is installed. */
  languages: LanguageCode[];
  missing: Partial<Record<LanguageCode, string[]>>;
}

let cachedStatus: ApertiumStatus | undefined;

/** What of Apertium is installed here. Looked up once per process. */
export function apertiumStatus(): ApertiumStatus {
  if (cachedStatus) return cachedStatus;
  const binary = onPath('apertium');
  const modes = new Set<string>();
  for (const dir of MODE_DIRS) {
    try {
      for (const name of readdirSync(dir)) if (name.endsWith('.mode')) modes.add(name.slice(0, -5));
    } catch {
      // no such directory
    }
  }
  const languages: LanguageCode[] = [];
  const missing: ApertiumStatus['missing'] = {};
  for (const [language, route] of Object.entries(APERTIUM_ROUTES) as Array<[LanguageCode, [string, string]]>) {
    const lacking = route.filter((mode) => !modes.has(mode));
    // The Italian pair runs Constraint Grammar (cg3) in its pipeline.
    if (language === 'it' && !onPath('vislcg3') && !onPath('cg-proc')) lacking.push('cg3');
    if (!binary) lacking.unshift('apertium');
    if (lacking.length === 0) languages.push(language);
    else missing[language] = lacking;
  }
  let version: string | undefined;
  if (binary) {
    // `apertium` has no --version; the package's data version is what changes translations.
    const dpkg = spawnSync('dpkg-query', ['-W', '-f=${Package}=${Version} ', 'apertium', 'apertium-fr-es', 'apertium-eng-spa', 'apertium-spa-ita'], { encoding: 'utf8' });
    version = dpkg.status === 0 ? dpkg.stdout.trim() : 'unknown';
  }
  cachedStatus = { binary, version, languages, missing };
  return cachedStatus;
}

/** For tests: forget what was looked up. */
export function resetApertiumStatus(): void {
  cachedStatus = undefined;
}

// --- protecting names ----------------------------------------------------------------------------

const PLACEHOLDER_PREFIX = 'Zqx';
const PLACEHOLDER = new RegExp(`${PLACEHOLDER_PREFIX}[a-z]+`, 'gi');

function placeholder(index: number): string {
  // Letters only: Apertium passes unknown alphabetic words through; digits could be split off.
  let code = '';
  let n = index;
  do {
    code = String.fromCharCode(97 + (n % 26)) + code;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${PLACEHOLDER_PREFIX}${code}`;
}

export interface ProtectedText {
  text: string;
  restore: Map<string, string>;
}

/**
 * Replaces the given names (and every all-capital acronym) by placeholders. Words are matched whole.
 */
export function protectNames(text: string, names: ReadonlySet<string>): ProtectedText {
  const restore = new Map<string, string>();
  let index = 0;
  // Words without apostrophes: "l'API" is an article and a name.
  const out = text.replace(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu, (word) => {
    if (!/^\p{Lu}{2,}$/u.test(word) && !names.has(word)) return word;
    const key = placeholder(index++);
    restore.set(key, word);
    return key;
  });
  return { text: out, restore };
}

export function restoreNames(text: string, restore: ReadonlyMap<string, string>): string {
  if (restore.size === 0) return text;
  return text.replace(PLACEHOLDER, (key) => restore.get(key.charAt(0).toUpperCase() + key.slice(1).toLowerCase()) ?? restore.get(key) ?? key);
}

// --- running Apertium ----------------------------------------------------------------------------

export class ApertiumError extends Error {}

/**
 * The temporary folders of the translations under way, with the Apertium pipeline writing in each:
 * an interrupted run (Ctrl-C, SIGTERM, `process.exit`) still removes them.
 */
const runsUnderWay = new Map<string, ChildProcess | undefined>();
const INTERRUPTS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Stops the Apertium pipelines under way (the whole process group: bash and both Apertium runs) and removes their folders. */
function cleanUpRunsUnderWay(): void {
  for (const [folder, child] of runsUnderWay) {
    stopPipeline(child);
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // exiting anyway: a folder left in the system's temporary directory is cleared with it
    }
  }
  runsUnderWay.clear();
}

function stopPipeline(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The child leads its own process group (spawned detached): a negative pid reaches all of it.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function onExit(): void {
  cleanUpRunsUnderWay();
}

function onInterrupt(signal: NodeJS.Signals): void {
  cleanUpRunsUnderWay();
  detachInterruptHooks();
  // Listening to a signal turns off its default action. When no one else listens, the signal is sent
  // again so that it does what it would have done (end the process, with the signal as its status);
  // when someone else does, what happens next is theirs to decide.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Hooks in only while a translation is under way: outside, signals keep their usual behaviour. */
function attachInterruptHooks(): void {
  process.on('exit', onExit);
  for (const signal of INTERRUPTS) process.on(signal, onInterrupt);
}

function detachInterruptHooks(): void {
  process.off('exit', onExit);
  for (const signal of INTERRUPTS) process.off(signal, onInterrupt);
}

async function openRunFolder(): Promise<string> {
  const base = os.tmpdir();
  let folder: string;
  try {
    folder = await fs.mkdtemp(path.join(base, 'claimdiff-apertium-'));
  } catch (error) {
    throw new ApertiumError(`cannot make a temporary folder in ${base} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (runsUnderWay.size === 0) attachInterruptHooks();
  runsUnderWay.set(folder, undefined);
  return folder;
}

async function closeRunFolder(folder: string): Promise<void> {
  runsUnderWay.delete(folder);
  if (runsUnderWay.size === 0) detachInterruptHooks();
  await fs.rm(folder, { recursive: true, force: true });
}

/**
 * Translates lines to English through the language's route, in one pipeline of two Apertium processes.
 * Resolves with exactly one output line per input line, or rejects (missing pair, crash, timeout, lost
 * lines). The input goes through a file in a temporary folder of the system's temporary directory
 * (never the cache directory, which may be read-only): the `apertium` script reads `/dev/stdin`,
 * which cannot be opened when stdin is the socket Node gives a child. The folder is removed after,
 * and on an interrupt.
 */
export async function translateLines(language: LanguageCode, lines: string[], options: { timeoutMs?: number } = {}): Promise<string[]> {
  const route = APERTIUM_ROUTES[language];
  const status = apertiumStatus();
  if (!route || !status.binary || !status.languages.includes(language)) {
    throw new ApertiumError(`Apertium route for ${language} is not installed`);
  }
  if (lines.length === 0) return [];
  const timeoutMs = options.timeoutMs ?? 20_000 + lines.length * 20;
  const workDir = await openRunFolder();
  const input = path.join(workDir, 'input.txt');
  try {
    // One sentence per line: line breaks inside a sentence become spaces.
    await fs.writeFile(input, `${lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n')}\n`);
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('bash', ['-c', 'set -o pipefail; "$0" -u "$1" "$3" | "$0" -u "$2"', status.binary!, route[0], route[1], input], {
        stdio: ['ignore', 'pipe', 'pipe'],
        // Apertium's own temporary files go to our work folder too.
        env: { ...process.env, TMPDIR: workDir },
        // Its own process group, so that a timeout or an interrupt stops the whole pipeline, not bash alone.
        detached: process.platform !== 'win32',
      });
      runsUnderWay.set(workDir, child);
      let out = '';
      let errors = '';
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        stopPipeline(child);
        reject(new ApertiumError(`Apertium timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => (out += d));
      child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
      child.on('error', (e) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(new ApertiumError(`cannot run Apertium: ${e.message}`));
      });
      child.on('close', (code) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (code !== 0) reject(new ApertiumError(`Apertium ${route.join(' | ')} exited with ${code}: ${errors.trim().slice(0, 200)}`));
        else resolve(out);
      });
    });
    const result = output.replace(/\n$/, '').split('\n');
    if (result.length !== lines.length) throw new ApertiumError(`Apertium returned ${result.length} lines for ${lines.length}`);
    return result.map((line) => line.trim());
  } finally {
    await closeRunFolder(workDir);
  }
}
