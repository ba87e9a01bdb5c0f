/**
 * Stage 1 — ingest: turn the paths and contents given to `compare` into decoded texts.
 *
 * Directories are walked recursively in sorted order; inside a directory only article files
 * (.txt, .md, .markdown, .html, .htm) are taken, while a file named explicitly is read whatever its
 * extension. Anything that cannot be read becomes a warning and the other inputs go on.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CompareInput, ReportWarning, SourceFormat } from '../types.js';
import { extractHtmlArticle } from './html.js';
import { describeRepair, repairMojibake } from './mojibake.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Larger inputs are refused: no news article comes near it and it keeps memory bounded. */
/**
 * The largest inputs read, in bytes: a news article's text is tens of kilobytes, its page a few
 * megabytes. A larger file is a book, a dump or a mistake, and would take minutes and gigabytes.
 */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
export const MAX_HTML_BYTES = 16 * 1024 * 1024;

/** Why an input of this size is not read, or undefined. */
function sizeProblem(size: number, name: string): string | undefined {
  const html = /\.html?$/i.test(name);
  const limit = html ? MAX_HTML_BYTES : MAX_TEXT_BYTES;
  if (size <= limit) return undefined;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `too large for a news article (${mb(size)} MB; the limit is ${limit / 1024 / 1024} MB for ${html ? 'HTML' : 'text'}), skipped`;
}

export interface RawInput {
  /** Path as reported: relative to cwd for files, `-` for stdin, or as given for in-memory input. */
  path: string;
  /** Real path on disk, used to spot the same file given twice. */
  realPath?: string;
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

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join('/');
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
    default:
      return { code: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads every input into bytes, walking directories; never throws for a bad path. */
export async function readInputs(inputs: CompareInput[], cwd: string): Promise<{ raw: RawInput[]; warnings: ReportWarning[] }> {
  const raw: RawInput[] = [];
  const warnings: ReportWarning[] = [];

  const readFile = async (abs: string, shown: string): Promise<void> => {
    try {
      const stat = await fs.stat(abs);
      const tooLarge = sizeProblem(stat.size, abs);
      if (tooLarge) {
        warnings.push({ path: shown, code: 'too-large', message: tooLarge });
        return;
      }
      const bytes = await fs.readFile(abs);
      raw.push({ path: shown, realPath: await fs.realpath(abs), bytes });
    } catch (error) {
      const { code, reason } = describeFsError(error);
      warnings.push({ path: shown, code, message: `${reason}, skipped` });
    }
  };

  const walk = async (dir: string, seen: Set<string>): Promise<number> => {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return 0; // a symlink loop or a directory reached twice
    seen.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(dir, entry.name);
      let stat;
      try {
        stat = await fs.stat(abs);
      } catch (error) {
        const { code, reason } = describeFsError(error);
        warnings.push({ path: displayPath(abs, cwd), code, message: `${reason}, skipped` });
        continue;
      }
      if (stat.isDirectory()) {
        found += await walk(abs, seen);
      } else if (stat.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        await readFile(abs, displayPath(abs, cwd));
        found += 1;
      }
    }
    return found;
  };

  for (const input of inputs) {
    if (typeof input !== 'string') {
      const content: unknown = input?.content;
      if (typeof content !== 'string' && !(content instanceof Uint8Array)) {
        warnings.push({ path: String(input?.path ?? '(input)'), code: 'unreadable', message: 'content is neither text nor bytes, skipped' });
        continue;
      }
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const tooLarge = sizeProblem(bytes.length, input.path);
      if (tooLarge) {
        warnings.push({ path: input.path, code: 'too-large', message: tooLarge });
        continue;
      }
      raw.push({ path: input.path, bytes });
      continue;
    }
    const abs = path.resolve(cwd, input);
    const shown = displayPath(abs, cwd);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (error) {
      const { code, reason } = describeFsError(error);
      warnings.push({ path: shown, code, message: `${reason}, skipped` });
      continue;
    }
    if (stat.isDirectory()) {
      let found = 0;
      try {
        found = await walk(abs, new Set());
      } catch (error) {
        const { code, reason } = describeFsError(error);
        warnings.push({ path: shown, code, message: `${reason}, skipped` });
        continue;
      }
      if (found === 0) {
        warnings.push({ path: shown, code: 'no-text-files', message: `directory holds no article files (${ARTICLE_EXTENSIONS.join(', ')})` });
      }
    } else {
      await readFile(abs, shown);
    }
  }

  // The same file given twice (directly, through a directory or a link) is compared once.
  const byReal = new Map<string, RawInput>();
  const unique: RawInput[] = [];
  for (const item of raw) {
    const first = item.realPath ? byReal.get(item.realPath) : undefined;
    if (first) {
      warnings.push({ path: item.path, code: 'duplicate-input', message: `same file as ${first.path}, compared once` });
      continue;
    }
    if (item.realPath) byReal.set(item.realPath, item);
    unique.push(item);
  }
  return { raw: unique, warnings };
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
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, code: 'binary', reason: 'binary file (contains NUL bytes), not text' };
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
      const article = await extractHtmlArticle(decoded.text);
      if (!article || article.text.trim() === '') {
        warnings.push({ path: item.path, code: 'html-no-article', message: 'HTML page has no readable article text, skipped' });
        continue;
      }
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
