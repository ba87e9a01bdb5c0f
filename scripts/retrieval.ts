/**
 * Cross-lingual retrieval on FLORES dev: for every line of one language, is the most similar line of
 * the other language its translation? Precision@1 over all 997 lines, through the real bridge and
 * vectors the aligner uses.
 */
import { bridgeSentences, type BridgeName } from '../src/bridge/index.js';
import { NeighbourIndex } from '../src/align/search.js';
import { vectorize, weightsFor, type GroupWeights } from '../src/align/vectors.js';
import { tokenize } from '../src/stages/segment.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import type { LanguageCode } from '../src/types.js';
import type { Flores } from './flores.js';

export interface RetrievalResult {
  from: LanguageCode;
  to: LanguageCode;
  lines: number;
  precisionAt1: number;
  backends: string;
  seconds: number;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export async function retrieval(
  flores: Flores,
  from: LanguageCode,
  to: LanguageCode,
  bridge: BridgeName,
  cacheDir?: string,
  dictionaryDirs?: string[],
  margin = true,
  weights?: GroupWeights,
): Promise<RetrievalResult> {
  const started = performance.now();
  const source = flores.lines[from];
  const target = flores.lines[to];
  const items = [...source.map((text) => ({ text, language: from })), ...target.map((text) => ({ text, language: to }))].map((item) => ({
    ...item,
    tokens: tokenize(item.text, { start: 0, end: item.text.length }, LANGUAGE_PACKS[item.language]),
  }));
  const bridged = await bridgeSentences(items, { bridge, cacheDir, dictionaryDirs });
  const space = vectorize(bridged.features, weights ?? weightsFor(bridged.backends));
  const n = source.length;
  const targets = target.map((_, i) => n + i);
  const queries = source.map((_, i) => i);
  // Hubness correction, as the aligner does: each side's mean similarity to its k nearest neighbours
  // on the other side discounts sentences that resemble everything (ratio margin).
  const k = 4;
  const toTargets = new NeighbourIndex(space, targets, { k: 10, shortlist: 60 });
  const toQueries = new NeighbourIndex(space, queries, { k, shortlist: 60 });
  const radius = new Map<number, number>();
  const forward = queries.map((q) => toTargets.search(q, () => true));
  forward.forEach((list, q) => radius.set(q, mean(list.slice(0, k).map((x) => x.similarity))));
  for (const t of targets) radius.set(t, mean(toQueries.search(t, () => true).map((x) => x.similarity)));
  let correct = 0;
  forward.forEach((list, q) => {
    let best = -1;
    let bestScore = -Infinity;
    for (const { index, similarity } of list) {
      const score = margin ? similarity / ((radius.get(q)! + radius.get(index)!) / 2 || 1) : similarity;
      if (score > bestScore) {
        bestScore = score;
        best = index;
      }
    }
    if (best - n === q) correct += 1;
  });
  return {
    from,
    to,
    lines: n,
    precisionAt1: correct / n,
    backends: Object.entries(bridged.backends).map(([l, b]) => `${l}:${b}`).join(' '),
    seconds: (performance.now() - started) / 1000,
  };
}
