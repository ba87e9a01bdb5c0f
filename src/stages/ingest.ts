/**
 * Stage 1 — ingest: turn the paths and contents given to `compare` into decoded texts.
 *
 * Directories are walked recursively in sorted order; inside a directory only article files
 * (.txt, .md, .markdown, .html, .htm) are taken, while a file named explicitly is read whatever its
 * extension. Anything that cannot be read becomes a warning and the other inputs go on.
 */
import { constants as fsConstants, promises as fs, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import type { CompareInput, ReportWarning, SourceFormat } from '../types.js';
import { extractHtmlArticle } from './html.js';
import { describeRepair, repairMojibake } from './mojibake.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/**
 * The largest inputs read, in bytes: a news article's text is tens of kilobytes, its page a few
 * megabytes. A larger file is a book, a dump or a mistake, and would take minutes and gigabytes.
 */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
export const MAX_HTML_BYTES = 16 * 1024 * 1024;
/**
 * The most read in one run, all inputs together: what is read is held in memory until it is decoded,
 * so this bounds memory before anything else does. Inputs past it, in path order, are left out.
 */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function isHtmlName(name: string): boolean {
  return /\.html?$/i.test(name);
}

/** The size limit of one input, by its name. */
export function sizeLimitOf(name: string): number {
  return isHtmlName(name) ? MAX_HTML_BYTES : MAX_TEXT_BYTES;
}

/** Why an input of this size is not read, or undefined. `exact` false: reading stopped past the limit. */
function sizeProblem(size: number, name: string, exact = true): string | undefined {
  const limit = sizeLimitOf(name);
  if (size <= limit) return undefined;
  const kind = isHtmlName(name) ? 'HTML' : 'text';
  return `too large for a news article (${exact ? megabytes(size) : `over ${megabytes(limit)}`}; the limit is ${limit / 1024 / 1024} MB for ${kind}), skipped`;
}

export interface RawInput {
  /** Path as reported: relative to cwd for files, `-` for stdin, or as given for in-memory input. */
  path: string;
  /** Device and inode of a file on disk: the same file given twice, by any path or link, is read once. */
  identity?: string;
  bytes: Uint8Array;
}

export interface IngestedText {
  path: string;
  format: SourceFormat;
  source: string;
  title?: string;
  byline?: string;
  published?: string;
}

export interface IngestResult {
  texts: IngestedText[];
  warnings: ReportWarning[];
}

/** A path on disk: a string, or the raw bytes of a name that is not valid UTF-8 (which a string cannot hold). */
type DiskPath = string | Buffer;

function displayPath(abs: DiskPath, cwd: string): string {
  // A name that is not UTF-8 is shown with U+FFFD where its bytes do not decode; it is still read by its bytes.
  const text = typeof abs === 'string' ? abs : abs.toString('utf8');
  const rel = path.relative(cwd, text);
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? text : rel;
  return shown.split(path.sep).join('/');
}

function joinPath(dir: DiskPath, name: Buffer): DiskPath {
  if (typeof dir === 'string' && isUtf8(name)) return path.join(dir, name.toString('utf8'));
  const base = typeof dir === 'string' ? Buffer.from(dir) : dir;
  return Buffer.concat([base, Buffer.from(path.sep), name]);
}

function describeFsError(error: unknown): { code: ReportWarning['code']; reason: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { code: 'not-found', reason: 'no such file or directory' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', reason: 'permission denied' };
    case 'ELOOP':
      return { code: 'unreadable', reason: 'too many levels of symbolic links (a symlink loop)' };
    case 'EISDIR':
      return { code: 'unreadable', reason: 'is a directory' };
    case 'ENOTDIR':
      return { code: 'not-found', reason: 'a part of the path is not a directory' };
    default:
      return { code: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** What a path that is neither a regular file nor a directory is, for the warning. */
function specialKind(stat: Stats): string | undefined {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (!stat.isFile() && !stat.isDirectory()) return 'not a regular file';
  return undefined;
}

function notAFile(shown: string, kind: string): ReportWarning {
  // Reading a FIFO or a device can block forever or never end: only regular files and `-` are read.
  return { path: shown, code: 'not-a-file', message: `not a regular file (${kind}; give - to read standard input), skipped` };
}

function identityOf(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}

/** A regular file that an input names or that a directory walk finds, with what its metadata says. */
export interface InputFile {
  abs: DiskPath;
  shown: string;
  size: number;
  identity: string;
}

/**
 * Every file that the inputs name or hold, with the warnings about what is left out, without reading
 * any content. Directories are walked in sorted order; inside them only article files are taken, and
 * an unreadable directory costs only itself. Never throws for a bad path.
 */
export async function listInputFiles(inputs: readonly string[], cwd: string): Promise<{ files: InputFile[]; warnings: ReportWarning[] }> {
  const files: InputFile[] = [];
  const warnings: ReportWarning[] = [];
  const skip = (shown: string, error: unknown) => {
    const { code, reason } = describeFsError(error);
    warnings.push({ path: shown, code, message: `${reason}, skipped` });
  };

  const walk = async (dir: DiskPath, seen: Set<string>): Promise<number> => {
    const shownDir = displayPath(dir, cwd);
    let entries: Dirent<Buffer>[];
    try {
      const stat = await fs.stat(dir);
      if (seen.has(identityOf(stat))) return 0; // a symlink loop or a directory reached twice
      seen.add(identityOf(stat));
      entries = (await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' })) as unknown as Dirent<Buffer>[];
    } catch (error) {
      skip(shownDir, error);
      return 0;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    let found = 0;
    for (const entry of entries) {
      const abs = joinPath(dir, entry.name);
      const shown = displayPath(abs, cwd);
      const name = entry.name.toString('utf8');
      let stat: Stats;
      try {
        stat = await fs.stat(abs);
      } catch (error) {
        skip(shown, error);
        continue;
      }
      const article = ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
      if (name.startsWith('.')) {
        // Hidden entries (.git, editors' back-ups) are not articles; an article-like one is named.
        if (stat.isDirectory()) warnings.push({ path: shown, code: 'hidden-file', message: 'hidden directory (its name starts with a dot), not read' });
        else if (article) warnings.push({ path: shown, code: 'hidden-file', message: 'hidden file (its name starts with a dot), skipped; name it to compare it' });
        continue;
      }
      if (stat.isDirectory()) {
        found += await walk(abs, seen);
        continue;
      }
      const special = specialKind(stat);
      if (special) {
        warnings.push(notAFile(shown, special));
        continue;
      }
      if (!article) continue;
      if (!isUtf8(entry.name)) warnings.push({ path: shown, code: 'encoding', message: 'file name is not valid UTF-8; shown with � where its bytes do not decode' });
      files.push({ abs, shown, size: stat.size, identity: identityOf(stat) });
      found += 1;
    }
    return found;
  };

  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const shown = displayPath(abs, cwd);
    let stat: Stats;
    try {
      stat = await fs.stat(abs);
    } catch (error) {
      skip(shown, error);
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walk(abs, new Set());
      if (found === 0 && !warnings.some((w) => w.path === shown)) {
        warnings.push({ path: shown, code: 'no-text-files', message: `directory holds no article files (${ARTICLE_EXTENSIONS.join(', ')})` });
      }
      continue;
    }
    const special = specialKind(stat);
    if (special) {
      warnings.push(notAFile(shown, special));
      continue;
    }
    files.push({ abs, shown, size: stat.size, identity: identityOf(stat) });
  }
  return { files, warnings };
}

/**
 * Reads a regular file, at most `limit + 1` bytes: a file that grows while it is read, or one that
 * states a size of 0 (as /proc files do), stays bounded. Opened without blocking, and checked again
 * on the open handle, so that a FIFO put in its place after the listing cannot hang the run.
 */
async function readBounded(file: DiskPath, limit: number): Promise<{ bytes: Uint8Array } | { over: true } | { special: string }> {
  const handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    const special = specialKind(stat);
    if (special) return { special };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { over: true };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/**
 * A stream, up to `limit` bytes; undefined past it. Reading stops there, so an endless stream
 * (`/dev/zero` piped in, `yes`) costs a bounded amount of memory and time.
 */
async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > limit) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function byShownPath<T extends { shown: string }>(a: T, b: T): number {
  return a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0;
}

/**
 * Reads every input into bytes, walking directories; never throws for a bad path. Inputs are taken in
 * path order, so that which copy of a duplicate is kept and where the total budget falls do not depend
 * on the order in which they were given.
 */
export async function readInputs(inputs: CompareInput[], cwd: string, totalBytes = MAX_TOTAL_BYTES): Promise<{ raw: RawInput[]; warnings: ReportWarning[] }> {
  const warnings: ReportWarning[] = [];
  const pending: Array<{ shown: string; size: number; identity?: string; read: () => Promise<Uint8Array | undefined> }> = [];

  for (const input of inputs) {
    if (typeof input === 'string') continue;
    const content: unknown = input?.content;
    if (isAsyncIterable(content)) {
      const shown = input.path;
      pending.push({
        shown,
        size: 0,
        read: async () => {
          const read = await readStreamBounded(content, sizeLimitOf(shown));
          if (read) return read;
          warnings.push({ path: shown, code: 'too-large', message: sizeProblem(Infinity, shown, false)! });
          return undefined;
        },
      });
      continue;
    }
    if (typeof content !== 'string' && !(content instanceof Uint8Array)) {
      warnings.push({ path: String(input?.path ?? '(input)'), code: 'unreadable', message: 'content is neither text, bytes nor a stream, skipped' });
      continue;
    }
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    pending.push({ shown: input.path, size: bytes.length, read: async () => bytes });
  }
  const listed = await listInputFiles(inputs.filter((i): i is string => typeof i === 'string'), cwd);
  warnings.push(...listed.warnings);
  for (const file of listed.files) {
    pending.push({
      shown: file.shown,
      size: file.size,
      identity: file.identity,
      read: async () => {
        try {
          const result = await readBounded(file.abs, sizeLimitOf(file.shown));
          if ('special' in result) warnings.push(notAFile(file.shown, result.special));
          else if ('over' in result) warnings.push({ path: file.shown, code: 'too-large', message: sizeProblem(Infinity, file.shown, false)! });
          else return result.bytes;
        } catch (error) {
          const { code, reason } = describeFsError(error);
          warnings.push({ path: file.shown, code, message: `${reason}, skipped` });
        }
        return undefined;
      },
    });
  }

  pending.sort(byShownPath);
  const raw: RawInput[] = [];
  const byIdentity = new Map<string, string>();
  let total = 0;
  for (const item of pending) {
    // The same file given twice (directly, through a directory or a link, hard or symbolic) is compared once.
    const first = item.identity ? byIdentity.get(item.identity) : undefined;
    if (first !== undefined) {
      warnings.push({ path: item.shown, code: 'duplicate-input', message: `same file as ${first}, compared once` });
      continue;
    }
    if (item.identity) byIdentity.set(item.identity, item.shown);
    const tooLarge = sizeProblem(item.size, item.shown);
    if (tooLarge) {
      warnings.push({ path: item.shown, code: 'too-large', message: tooLarge });
      continue;
    }
    if (total + item.size > totalBytes) {
      warnings.push({ path: item.shown, code: 'over-budget', message: `the inputs together pass the budget of one run (${megabytes(totalBytes)} read), skipped` });
      continue;
    }
    const bytes = await item.read();
    if (!bytes) continue;
    total += bytes.length;
    raw.push({ path: item.shown, identity: item.identity, bytes });
  }
  return { raw, warnings };
}

const BINARY_SIGNATURES: Array<[name: string, bytes: number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['OLE (old Word/Excel)', [0xd0, 0xcf, 0x11, 0xe0]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

export type DecodeResult =
  | { ok: true; text: string; note?: string }
  | { ok: false; code: ReportWarning['code']; reason: string };

/**
 * Bytes → text. UTF-8 with or without BOM; UTF-16 with a BOM; anything else that is not valid UTF-8
 * is read as Windows-1252 (a superset of Latin-1), with a note. Binary files are refused.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'decoded as UTF-16LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'decoded as UTF-16BE' };
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, code: 'binary', reason: `binary file (${name}), not text` };
  }
  if (bytes.includes(0)) return { ok: false, code: 'binary', reason: 'binary file (contains NUL bytes), not text' };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(body), note: 'not valid UTF-8; read as Windows-1252 (Latin-1)' };
  }
}

export function formatOf(filePath: string, text: string): SourceFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '' && /^\s*<(!doctype html|html[\s>]|head[\s>]|body[\s>])/i.test(text)) return 'html';
  return 'text';
}

/** Decodes every raw input and extracts the article text of HTML pages. */
export async function decodeInputs(raw: RawInput[]): Promise<IngestResult> {
  const texts: IngestedText[] = [];
  const warnings: ReportWarning[] = [];
  for (const item of raw) {
    const decoded = decodeBytes(item.bytes);
    if (!decoded.ok) {
      warnings.push({ path: item.path, code: decoded.code, message: `${decoded.reason}, skipped` });
      continue;
    }
    if (decoded.note) warnings.push({ path: item.path, code: 'encoding', message: decoded.note });
    const format = formatOf(item.path, decoded.text);
    if (format === 'html') {
      // Never throws: a page that cannot be read comes back as its own warnings (html-no-article,
      // html-too-complex), and the other inputs go on.
      const { article, warnings: pageWarnings } = await extractHtmlArticle(decoded.text);
      for (const warning of pageWarnings) warnings.push({ path: item.path, ...warning });
      if (!article) continue;
      const repair = repairMojibake(article.text);
      const note = describeRepair(repair);
      if (note) warnings.push({ path: item.path, code: 'encoding', message: note });
      texts.push({ path: item.path, format, source: repair.text, title: article.title, byline: article.byline, published: article.published });
      continue;
    }
    if (decoded.text.trim() === '') {
      warnings.push({ path: item.path, code: 'empty', message: decoded.text === '' ? 'empty file, skipped' : 'only white space, skipped' });
      continue;
    }
    // Text garbled by a wrong decoding upstream ("Metaâ€™s") is repaired where it can be: the source
    // compared is the repaired text, and the user is told.
    const repair = repairMojibake(decoded.text);
    const note = describeRepair(repair);
    if (note) warnings.push({ path: item.path, code: 'encoding', message: note });
    texts.push({ path: item.path, format, source: repair.text });
  }
  return { texts, warnings };
}
