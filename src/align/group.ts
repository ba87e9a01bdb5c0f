/**
 * The aligner proper: a pure function from candidate similarities to groups of sentences that state
 * the same claim.
 *
 * News articles are comparable texts, not translations: most sentences have no partner, and some
 * sentences ("Meta said", "the lawsuit alleges") resemble everything. So a pair is kept only when
 * - its similarity is above a floor,
 * - its margin is above a threshold: the similarity over the mean of each side's runner-up in the
 *   other's document (a ratio margin in the spirit of Artetxe & Schwenk, taken per pair of documents
 *   because a claim carried by many articles has many true neighbours). It discounts "hub" sentences
 *   that resemble several sentences of the other article equally;
 * - and it is mutual: neither side has a better-scoring partner in the other's document.
 * Kept pairs are joined into groups, best first, never putting two sentences of one document together.
 * A pair whose two sides differ in polarity (a claim and its negation, an allegation and its denial)
 * is not grouped: it is returned as a relation, for the rules to judge.
 */
import type { Neighbour } from './search.js';

export interface AlignerOptions {
  minSimilarity: number;
  /**
   * Two sentences in one language share their function-free everyday words far more than a sentence
   * and its translation do: unrelated sentences of one language reach the cross-language floor.
   */
  minSameLanguageSimilarity: number;
  minMargin: number;
  /** A claim and its negation must be at least this similar to be reported as related. */
  minRelationSimilarity: number;
  /** Two groups merge only when their members are this similar on average. */
  minLinkage: number;
  /** The runner-up similarity assumed when a side has no other candidate in that document. */
  floor: number;
}

/** Calibrated on FLORES dev articles (recall) and the bundled corpus (precision): docs/benchmarks.md. */
export const DEFAULT_ALIGNER_OPTIONS: AlignerOptions = { minSimilarity: 0.12, minSameLanguageSimilarity: 0.25, minMargin: 1.3, minRelationSimilarity: 0.2, minLinkage: 0.15, floor: 0.1 };

export interface AlignerInput {
  /** Document of each sentence. */
  documents: readonly string[];
  /** Candidate partners of each sentence, in other documents, with their similarity. */
  neighbours: ReadonlyArray<readonly Neighbour[]>;
  /** Language of each sentence: pairs in one language need `minSameLanguageSimilarity`. */
  languages?: readonly string[];
  /** Whether each sentence is negated; pairs that differ become relations. */
  negated?: readonly boolean[];
  /**
   * Exact similarity of any two sentences, for the linkage test when two groups merge. Without it,
   * only the similarities in `neighbours` are known.
   */
  similarity?: (a: number, b: number) => number;
}

/** At most this many members of each side are compared when two groups merge. */
const LINKAGE_SAMPLE = 16;

export interface Group {
  members: number[];
  /** Mean similarity of the pairs that joined the group. */
  score: number;
  /** The pairs that joined it, with similarity. */
  pairs: Array<[number, number, number]>;
}

export interface Relation {
  type: 'negation';
  members: [number, number];
  score: number;
}

export interface AlignerOutput {
  groups: Group[];
  relations: Relation[];
  /** The margin-scored pairs that passed every test, for evaluation. */
  pairs: Array<{ a: number; b: number; similarity: number; margin: number }>;
}

export function alignGroups(input: AlignerInput, options: AlignerOptions = DEFAULT_ALIGNER_OPTIONS): AlignerOutput {
  const { documents, neighbours } = input;
  const n = documents.length;
  // For each sentence and each other document: its best and runner-up candidates there.
  const byDocument = neighbours.map((list) => {
    const best = new Map<string, { index: number; similarity: number; runnerUp: number }>();
    for (const { index, similarity } of list) {
      const doc = documents[index]!;
      const current = best.get(doc);
      if (!current) best.set(doc, { index, similarity, runnerUp: options.floor });
      else if (similarity > current.similarity || (similarity === current.similarity && index < current.index)) {
        best.set(doc, { index, similarity, runnerUp: Math.max(current.similarity, options.floor) });
      } else current.runnerUp = Math.max(current.runnerUp, similarity, options.floor);
    }
    return best;
  });
  const margin = (i: number, j: number, similarity: number) =>
    similarity / Math.max(options.floor, (byDocument[i]!.get(documents[j]!)!.runnerUp + (byDocument[j]!.get(documents[i]!)?.runnerUp ?? options.floor)) / 2);

  const pairs: AlignerOutput['pairs'] = [];
  const relations: Relation[] = [];
  for (let i = 0; i < n; i += 1) {
    for (const { index: j, similarity } of neighbours[i]!) {
      if (documents[i] === documents[j]) continue;
      if (similarity < options.minSimilarity) continue;
      if (input.languages && input.languages[i] === input.languages[j] && similarity < options.minSameLanguageSimilarity) continue;
      const mine = byDocument[i]!.get(documents[j]!);
      const theirs = byDocument[j]!.get(documents[i]!);
      if (mine && mine.index !== j) continue;
      if (theirs && theirs.index !== i) continue;
      const m = margin(i, j, similarity);
      if (m < options.minMargin) continue;
      // Each pair once, from its lower index, whichever side proposed it.
      const [a, b] = i < j ? [i, j] : [j, i];
      if (i > j && neighbours[j]!.some((x) => x.index === i)) continue;
      if (input.negated && input.negated[a] !== input.negated[b]) {
        if (similarity >= options.minRelationSimilarity) relations.push({ type: 'negation', members: [a, b], score: similarity });
      } else pairs.push({ a, b, similarity, margin: m });
    }
  }

  pairs.sort((p, q) => q.margin - p.margin || q.similarity - p.similarity || p.a - q.a || p.b - q.b);
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  // Known similarities, both ways, for the linkage test below.
  const known = new Map<number, number>();
  neighbours.forEach((list, i) => {
    for (const { index, similarity } of list) {
      known.set(i * n + index, similarity);
      known.set(index * n + i, similarity);
    }
  });
  const docsOf = new Map<number, Set<string>>();
  const edgesOf = new Map<number, Array<[number, number, number]>>();
  const membersOfRoot = new Map<number, number[]>();
  for (const { a, b, similarity } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const da = docsOf.get(ra) ?? new Set([documents[a]!]);
    const db = docsOf.get(rb) ?? new Set([documents[b]!]);
    if ([...db].some((d) => da.has(d))) continue;
    // Average linkage: one good link must not chain two different claims together through a
    // sentence that touches both.
    const ma = membersOfRoot.get(ra) ?? [a];
    const mb = membersOfRoot.get(rb) ?? [b];
    if (ma.length > 1 || mb.length > 1) {
      let sum = 0;
      let count = 0;
      for (const x of ma.slice(0, LINKAGE_SAMPLE)) for (const y of mb.slice(0, LINKAGE_SAMPLE)) {
        const s = input.similarity ? input.similarity(x, y) : known.get(x * n + y);
        if (s !== undefined) {
          sum += s;
          count += 1;
        }
      }
      if (count > 0 && sum / count < options.minLinkage) continue;
    }
    membersOfRoot.set(ra, [...ma, ...mb]);
    membersOfRoot.delete(rb);
    parent[rb] = ra;
    for (const d of db) da.add(d);
    docsOf.set(ra, da);
    docsOf.delete(rb);
    edgesOf.set(ra, [...(edgesOf.get(ra) ?? []), ...(edgesOf.get(rb) ?? []), [a, b, similarity]]);
    edgesOf.delete(rb);
  }
  const membersOf = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const root = find(i);
    if (!edgesOf.has(root)) continue;
    let list = membersOf.get(root);
    if (!list) membersOf.set(root, (list = []));
    list.push(i);
  }
  const groups: Group[] = [...membersOf.entries()]
    .map(([root, members]) => {
      const edges = edgesOf.get(root)!;
      return { members, score: edges.reduce((s, e) => s + e[2], 0) / edges.length, pairs: edges };
    })
    .sort((x, y) => x.members[0]! - y.members[0]!);
  relations.sort((x, y) => x.members[0] - y.members[0] || x.members[1] - y.members[1]);
  return { groups, relations, pairs };
}

/** Neighbour lists from a full similarity matrix: for tests and small inputs. */
export function neighboursFromMatrix(documents: readonly string[], similarity: ReadonlyArray<readonly number[]>, k = 10): Neighbour[][] {
  return similarity.map((row, i) =>
    row
      .map((s, j) => ({ index: j, similarity: s }))
      .filter(({ index }) => documents[index] !== documents[i])
      .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
      .slice(0, k),
  );
}
