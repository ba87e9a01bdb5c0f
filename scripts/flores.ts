/** Reading the FLORES dev set shipped beside the project (../shared/benchmarks/flores-dev). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageCode } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCHMARKS = path.resolve(ROOT, '..', 'shared', 'benchmarks');

const FILES: Record<LanguageCode, string> = { en: 'eng.txt', fr: 'fra.txt', it: 'ita.txt' };

export interface Flores {
  lines: Record<LanguageCode, string[]>;
  /** Article URL of each line: consecutive lines with one URL form one mini-article. */
  urls: string[];
}

export function readFlores(): Flores {
  const dir = path.join(BENCHMARKS, 'flores-dev');
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8').replace(/\n$/, '').split('\n');
  const lines = { en: read(FILES.en), fr: read(FILES.fr), it: read(FILES.it) };
  const urls = read('metadata.tsv').slice(1).map((row) => row.split('\t')[0]!);
  return { lines, urls };
}

/** Line indexes grouped into articles, in order. */
export function floresArticles(flores: Flores): number[][] {
  const articles: number[][] = [];
  flores.urls.forEach((url, i) => {
    const last = articles[articles.length - 1];
    if (last && flores.urls[last[0]!] === url) last.push(i);
    else articles.push([i]);
  });
  return articles;
}
