/**
 * A disk cache of translations, keyed by a hash of the engine version, the language and the text, so
 * that a second run over the same articles does not translate again. One JSON-lines file per language;
 * new entries are appended. A damaged line is ignored, never fatal.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'claimdiff');
}

/** Entries already read, by file: a long-lived process (a server, the benchmarks) reads each file once. */
const loadedFiles = new Map<string, Map<string, string>>();

export class TranslationCache {
  private entries = new Map<string, string>();
  private readonly file: string | undefined;
  private loaded = false;
  private writable = true;

  /** `dir` undefined: memory only. */
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
      this.entries = known;
      return;
    }
    loadedFiles.set(this.file, this.entries);
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return;
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const { k, t } = JSON.parse(line) as { k: unknown; t: unknown };
        if (typeof k === 'string' && typeof t === 'string') this.entries.set(k, t);
      } catch {
        // a line cut short by an interrupted run
      }
    }
  }

  get(key: string): string | undefined {
    this.load();
    return this.entries.get(key);
  }

  /** Stores new entries, in memory and on disk; a disk that refuses is remembered and skipped. */
  setMany(pairs: Array<[key: string, value: string]>): void {
    this.load();
    for (const [k, t] of pairs) this.entries.set(k, t);
    if (!this.file || !this.writable || pairs.length === 0) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      appendFileSync(this.file, pairs.map(([k, t]) => `${JSON.stringify({ k, t })}\n`).join(''));
    } catch {
      this.writable = false;
    }
  }

  get size(): number {
    this.load();
    return this.entries.size;
  }
}
