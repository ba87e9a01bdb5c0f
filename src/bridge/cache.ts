/**
 * The cache directory: machine translations (one JSON-lines file per language, keyed by a hash of the
 * engine version, the language and the text) and the parsed dictionaries (see dictionary.ts), so that a
 * second run over the same articles neither translates nor parses again.
 *
 * The cache only ever costs speed: a directory that cannot be written runs the comparison without a
 * cache; a file of the wrong shape is rebuilt; a file that is not a regular file (a FIFO, a folder) is
 * left alone. Each such problem is said once, as a report warning (`takeCacheWarnings`).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportWarning } from '../types.js';

export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'claimdiff');
}

// --- warnings -------------------------------------------------------------------------------------

export const CACHE_REBUILT_MESSAGE = 'cache file has an unexpected shape; rebuilt';
export const CACHE_DAMAGED_MESSAGE = 'cache file is damaged; rebuilt';
export const CACHE_NOT_A_FILE_MESSAGE = 'cache file is not a regular file; not used';

/** Problems met with the cache, each once, in the order met; the pipeline adds them to the report. */
const pendingWarnings: ReportWarning[] = [];

export function noteCacheProblem(warning: ReportWarning): void {
  if (!pendingWarnings.some((w) => w.code === warning.code && w.path === warning.path)) pendingWarnings.push(warning);
}

/** The cache problems met since the last call (or the start of the run), in the order met. */
export function takeCacheWarnings(): ReportWarning[] {
  return pendingWarnings.splice(0);
}

/** The one warning of a cache directory that cannot be used. */
export function cacheUnusableWarning(directory: string, problem: CacheDirProblem): ReportWarning {
  return { path: directory, code: 'cache-unusable', message: `cache directory cannot be ${problem.access} (${problem.reason}); running without a cache` };
}

/** A cache file that cannot be used: the rest of the cache still is. */
export function cacheFileWarning(file: string, access: 'written' | 'read', reason: string): ReportWarning {
  return { path: file, code: 'cache-unusable', message: access === 'read' ? `cache file cannot be read (${reason}); not used` : `cache file cannot be written (${reason}); not updated` };
}

/** A system error code in words: what a user can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOTDIR':
      return 'part of its path is not a directory';
    case 'EEXIST':
      return 'it is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENAMETOOLONG':
      return 'path too long';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EIO':
      return 'input/output error';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

// --- the directory --------------------------------------------------------------------------------

export interface CacheDirProblem {
  access: 'written' | 'read';
  reason: string;
}

/**
 * Whether the cache directory can be used: it is created if need be, then a probe file is written,
 * read back and removed. A real write, not `access()`: root passes permission checks that a
 * read-only mount or an immutable folder still refuse. With `keep: false` (doctor), folders the check
 * created are removed again. Undefined when usable.
 */
export function checkCacheDir(directory: string, options: { keep?: boolean } = {}): CacheDirProblem | undefined {
  let created: string | undefined;
  try {
    created = fs.mkdirSync(directory, { recursive: true });
    if (!fs.statSync(directory).isDirectory()) return { access: 'written', reason: 'it is not a directory' };
  } catch (error) {
    return { access: 'written', reason: describeFsError(error) };
  }
  const probe = path.join(directory, `.probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    try {
      fs.writeFileSync(probe, 'claimdiff', { flag: 'wx' });
    } catch (error) {
      return { access: 'written', reason: describeFsError(error) };
    }
    try {
      if (fs.readFileSync(probe, 'utf8') !== 'claimdiff') return { access: 'read', reason: 'what was written reads back differently' };
    } catch (error) {
      return { access: 'read', reason: describeFsError(error) };
    }
    return undefined;
  } finally {
    try {
      fs.rmSync(probe, { force: true });
    } catch {
      // a folder that lets a file be made but not removed: the probe stays, harmless
    }
    if (created && options.keep === false) removeEmptyFolders(directory, created);
  }
}

/** Removes `directory` and its parents up to `top`, as long as they are empty. */
function removeEmptyFolders(directory: string, top: string): void {
  for (let dir = directory; ; dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === top || path.dirname(dir) === dir) return;
  }
}

// --- files ----------------------------------------------------------------------------------------

export type CacheFileRead = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'not-a-file' } | { kind: 'unreadable'; reason: string };

/**
 * Reads one cache file, never blocking: opened without waiting (a FIFO opens at once instead of
 * waiting for a writer), then read only if it is a regular file.
 */
export function readCacheFile(file: string): CacheFileRead {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: describeFsError(error) };
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return { kind: 'not-a-file' };
    return { kind: 'text', text: fs.readFileSync(fd, 'utf8') };
  } catch (error) {
    return { kind: 'unreadable', reason: describeFsError(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces a cache file whole: written beside it under a fresh name, then renamed over it, so that a
 * reader never sees half of it and an interrupted write leaves the old one. Throws what the disk says.
 */
export function writeCacheFileAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // 'wx': never writes through whatever (a FIFO, a link) might sit at that name.
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // the error that matters is the first one
    }
    throw error;
  }
}

// --- translations ---------------------------------------------------------------------------------

/** What a process knows of one translations file: read once, shared by every cache over it. */
interface TranslationFile {
  entries: Map<string, string>;
  /** False once the file turned out not to be a regular file, or unreadable, or the disk refused. */
  writable: boolean;
  /** The file does not end with a line break (a valid last line without one): the next append adds it. */
  needsLineBreak: boolean;
}

/** Files already read: a long-lived process (a server, the benchmarks) reads each file once. */
const loadedFiles = new Map<string, TranslationFile>();

/** For tests: read every translations file afresh, as a new process would. */
export function forgetLoadedCacheFiles(): void {
  loadedFiles.clear();
}

function isEntry(value: unknown): value is { k: string; t: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { k, t } = value as { k?: unknown; t?: unknown };
  return typeof k === 'string' && typeof t === 'string';
}

export class TranslationCache {
  private state: TranslationFile = { entries: new Map(), writable: true, needsLineBreak: false };
  private readonly file: string | undefined;
  private loaded = false;

  /** `directory` undefined: memory only. */
  constructor(
    readonly directory: string | undefined,
    namespace: string,
  ) {
    this.file = directory ? path.join(directory, `${namespace}.jsonl`) : undefined;
  }

  static key(parts: string[]): string {
    return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    if (!this.file) return;
    const known = loadedFiles.get(this.file);
    if (known) {
      this.state = known;
      return;
    }
    loadedFiles.set(this.file, this.state);
    const read = readCacheFile(this.file);
    if (read.kind === 'missing') return;
    if (read.kind === 'not-a-file') {
      this.state.writable = false;
      noteCacheProblem({ path: this.file, code: 'cache-unusable', message: CACHE_NOT_A_FILE_MESSAGE });
      return;
    }
    if (read.kind === 'unreadable') {
      this.state.writable = false;
      noteCacheProblem(cacheFileWarning(this.file, 'read', read.reason));
      return;
    }
    let wrongShape = 0;
    let damaged = 0;
    for (const line of read.text.split('\n')) {
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        damaged++; // a line cut short by an interrupted run
        continue;
      }
      if (isEntry(value)) this.state.entries.set(value.k, value.t);
      else wrongShape++;
    }
    if (wrongShape + damaged === 0) {
      this.state.needsLineBreak = read.text.length > 0 && !read.text.endsWith('\n');
      return;
    }
    // Kept as is, the bad lines would be met again on every run: the good entries are written back alone.
    try {
      writeCacheFileAtomically(this.file, [...this.state.entries].map(([k, t]) => `${JSON.stringify({ k, t })}\n`).join(''));
      noteCacheProblem({ path: this.file, code: 'cache-rebuilt', message: wrongShape > 0 ? CACHE_REBUILT_MESSAGE : CACHE_DAMAGED_MESSAGE });
    } catch (error) {
      this.state.writable = false;
      noteCacheProblem(cacheFileWarning(this.file, 'written', describeFsError(error)));
    }
  }

  get(key: string): string | undefined {
    this.load();
    return this.state.entries.get(key);
  }

  /** Stores new entries, in memory and on disk; a disk that refuses is said once and then skipped. */
  setMany(pairs: Array<[key: string, value: string]>): void {
    this.load();
    for (const [k, t] of pairs) this.state.entries.set(k, t);
    if (!this.file || !this.state.writable || pairs.length === 0) return;
    const lines = pairs.map(([k, t]) => `${JSON.stringify({ k, t })}\n`).join('');
    let fd: number | undefined;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      // Without waiting: a FIFO put there since the file was read fails at once instead of hanging.
      fd = fs.openSync(this.file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | (fs.constants.O_NONBLOCK ?? 0));
      if (!fs.fstatSync(fd).isFile()) {
        this.state.writable = false;
        noteCacheProblem({ path: this.file, code: 'cache-unusable', message: CACHE_NOT_A_FILE_MESSAGE });
        return;
      }
      fs.writeSync(fd, this.state.needsLineBreak ? `\n${lines}` : lines);
      this.state.needsLineBreak = false;
    } catch (error) {
      this.state.writable = false;
      noteCacheProblem(cacheFileWarning(this.file, 'written', describeFsError(error)));
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  get size(): number {
    this.load();
    return this.state.entries.size;
  }
}
