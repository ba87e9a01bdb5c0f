/**
 * Article-level alignment on FLORES dev: each mini-article in one language against the same article in
 * another with its sentence order shuffled, through the real `compare` pipeline. A predicted pair is
 * right when both sentences come from the same FLORES line (a line may hold two sentences).
 */
import { runPipeline, type PipelineContext } from '../src/pipeline.js';
import type { BridgeName } from '../src/bridge/index.js';
import type { LanguageCode } from '../src/types.js';
import { floresArticles, type Flores } from './flores.js';

/** A seeded shuffle, so that every run measures the same thing. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface ArticlePair {
  /** FLORES line of each paragraph of each side. */
  lines: [number[], number[]];
  context: PipelineContext;
}

/** Runs the pipeline on every article pair (one line a paragraph, the second side shuffled). */
export async function alignArticles(flores: Flores, from: LanguageCode, to: LanguageCode, bridge: BridgeName, cacheDir?: string): Promise<ArticlePair[]> {
  const out: ArticlePair[] = [];
  for (const [n, article] of floresArticles(flores).entries()) {
    const left = article;
    const right = shuffled(article, n + 1);
    const context = await runPipeline(
      [
        { path: `a-${from}.txt`, content: left.map((i) => flores.lines[from][i]).join('\n') },
        { path: `b-${to}.txt`, content: right.map((i) => flores.lines[to][i]).join('\n') },
      ],
      { bridge, cacheDir, languages: [from, to] },
    );
    out.push({ lines: [left, right], context });
  }
  return out;
}

export interface AlignmentScore {
  articles: number;
  lines: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores predicted pairs (as sentence indexes into each context's sentences) against the lines. */
export function scorePairs(articles: ArticlePair[], pairsOf: (a: ArticlePair) => Array<[number, number]>): AlignmentScore {
  let predicted = 0;
  let correct = 0;
  let lines = 0;
  let found = 0;
  for (const article of articles) {
    const sentences = article.context.corpus.sentences;
    const lineOf = (i: number) => {
      const s = sentences[i]!;
      const side = s.document.startsWith('a-') ? 0 : 1;
      return article.lines[side][s.paragraph]!;
    };
    const covered = new Set<number>();
    for (const [a, b] of pairsOf(article)) {
      if (sentences[a]!.document === sentences[b]!.document) continue;
      predicted += 1;
      if (lineOf(a) === lineOf(b)) {
        correct += 1;
        covered.add(lineOf(a));
      }
    }
    lines += article.lines[0].length;
    found += covered.size;
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = lines ? found / lines : 0;
  return { articles: articles.length, lines, predicted, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The pairs the report's alignment groups imply: every two members from different documents. */
export function groupPairs(article: ArticlePair): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const group of article.context.corpus.alignment?.groups ?? []) {
    for (let x = 0; x < group.members.length; x += 1) for (let y = x + 1; y < group.members.length; y += 1) pairs.push([group.members[x]!, group.members[y]!]);
  }
  return pairs;
}
