/**
 * Stage 6 — align: find, across all documents, the sentences that state the same claim.
 *
 * Vectors from the bridge's features; candidates from an inverted index over rare features (no
 * all-pairs comparison); groups from the margin-scored, mutual-best aligner in `src/align/group.ts`.
 * Groups made only of identical sentences of syndicated copies are dropped: the copy is reported once.
 */
import type { FeatureBag } from '../bridge/features.js';
import { alignGroups, DEFAULT_ALIGNER_OPTIONS, type Group, type Relation } from '../align/group.js';
import { NeighbourIndex, type Neighbour, type SearchStats } from '../align/search.js';
import { dot, sharedFeatures, vectorize, type GroupWeights, type VectorSpace } from '../align/vectors.js';
import { copyKey, findCopies, type CopyPair } from '../align/copies.js';

export interface AlignmentResult {
  space: VectorSpace;
  neighbours: Neighbour[][];
  groups: Array<Group & { basis: string[] }>;
  relations: Relation[];
  /** The pairs `confirm-claims` cut from the groups as not one claim, with their similarity. */
  cut?: Array<[number, number, number]>;
  copies: CopyPair[];
  stats: SearchStats;
}

/** How many neighbours each sentence keeps. */
const K = 10;

export function alignSentences(
  sentences: ReadonlyArray<{ document: string; text: string; kind: string; language: string }>,
  features: readonly FeatureBag[],
  negated: readonly boolean[],
  weights: GroupWeights,
  onProgress?: (done: number, total: number) => void,
): AlignmentResult {
  const space = vectorize(features, weights);
  const all = sentences.map((_, i) => i);
  const index = new NeighbourIndex(space, all, { k: K });
  const stats: SearchStats = { candidatePairs: 0 };
  const documents = sentences.map((s) => s.document);
  // The k best in each language: a claim's copies in one language must not crowd out its translations.
  const languages = [...new Set(sentences.map((s) => s.language))].sort();
  const bucket = sentences.map((s) => languages.indexOf(s.language));
  const neighbours = all.map((i) => {
    if (i % 500 === 0) onProgress?.(i, sentences.length);
    return index.search(i, (j) => documents[j] !== documents[i], stats, (j) => bucket[j]!);
  });
  onProgress?.(sentences.length, sentences.length);
  const similarity = (a: number, b: number) => dot(space.vectors[a]!, space.vectors[b]!);
  const { groups, relations } = alignGroups({ documents, neighbours, negated, similarity, languages: sentences.map((s) => s.language) }, DEFAULT_ALIGNER_OPTIONS);

  const copies = findCopies(sentences);
  const copyPairs = new Set(copies.map((c) => c.documents.join('\u0000')));
  const areCopies = (a: string, b: string) => copyPairs.has(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const kept = groups.filter((group) => {
    const keys = new Set(group.members.map((i) => copyKey(sentences[i]!.text)));
    if (keys.size > 1) return true;
    const docs = group.members.map((i) => documents[i]!);
    return !docs.every((a, x) => docs.every((b, y) => x === y || areCopies(a, b)));
  });
  return {
    space,
    neighbours,
    groups: kept.map((group) => {
      const basis = new Set<string>();
      for (const [a, b] of group.pairs) for (const f of sharedFeatures(space, space.vectors[a]!, space.vectors[b]!, 4)) basis.add(f);
      return { ...group, basis: [...basis].sort().slice(0, 8) };
    }),
    relations,
    copies,
    stats,
  };
}
