/**
 * Nearest neighbours without comparing every pair: an inverted index over the rarer features proposes
 * candidates (sentences sharing at least one of them), the partial dot product over those features
 * ranks them, and only the best few are scored exactly.
 */
import { dot, type SparseVector, type VectorSpace } from './vectors.js';

export interface Neighbour {
  index: number;
  similarity: number;
}

export interface SearchOptions {
  /** Features in more than this share of the vectors are too common to propose candidates. */
  maxDfShare?: number;
  /** …but a feature in this many vectors or fewer always proposes. */
  minDfCap?: number;
  /**
   * …and one in more than this many never does, however large the story: a word that hundreds of
   * sentences share says little about which of them state the same claim, and reading its postings
   * for every sentence made the search grow with the square of the story.
   */
  maxDfCap?: number;
  /** How many candidates, by partial score, are scored exactly. */
  shortlist?: number;
  /** How many neighbours are returned. */
  k?: number;
  /** With buckets, how many of each bucket's best are returned besides the `k` best overall. */
  perBucket?: number;
}

export interface SearchStats {
  candidatePairs: number;
}

const bySimilarity = (a: Neighbour, b: Neighbour) => b.similarity - a.similarity || a.index - b.index;

export class NeighbourIndex {
  /** For each proposing feature: the members that have it and its weight in each, as flat arrays. */
  private readonly postings = new Map<number, { ids: Int32Array; values: Float64Array }>();
  private readonly cap: number;

  constructor(
    private readonly space: VectorSpace,
    private readonly members: readonly number[],
    private readonly options: SearchOptions = {},
  ) {
    this.cap = Math.max(options.minDfCap ?? 60, Math.min(options.maxDfCap ?? 250, Math.floor((options.maxDfShare ?? 0.05) * space.vectors.length)));
    const lists = new Map<number, { ids: number[]; values: number[] }>();
    for (const index of members) {
      const v = space.vectors[index]!;
      for (let f = 0; f < v.ids.length; f += 1) {
        const id = v.ids[f]!;
        if (space.df[id]! > this.cap) continue;
        let list = lists.get(id);
        if (!list) lists.set(id, (list = { ids: [], values: [] }));
        list.ids.push(index);
        list.values.push(v.values[f]!);
      }
    }
    for (const [id, list] of lists) this.postings.set(id, { ids: Int32Array.from(list.ids), values: Float64Array.from(list.values) });
  }

  /** Partial scores by candidate, reused across searches (cleared through `touched`). */
  private scratch = new Float64Array(0);
  private seen = new Uint8Array(0);
  private touched: number[] = [];

  /**
   * The `k` most similar members to `query`, among those `accept` lets through. With `bucketOf`, also
   * the best few of each bucket (each language): in a big story the copies of a sentence in its own
   * language would otherwise fill every place and hide its translations.
   */
  search(query: number, accept: (candidate: number) => boolean, stats?: SearchStats, bucketOf?: (candidate: number) => number): Neighbour[] {
    const v: SparseVector = this.space.vectors[query]!;
    if (this.scratch.length < this.space.vectors.length) {
      this.scratch = new Float64Array(this.space.vectors.length);
      this.seen = new Uint8Array(this.space.vectors.length);
    }
    const partial = this.scratch;
    const seen = this.seen;
    const touched = this.touched;
    for (let f = 0; f < v.ids.length; f += 1) {
      const list = this.postings.get(v.ids[f]!);
      if (!list) continue;
      const weight = v.values[f]!;
      const { ids, values } = list;
      for (let p = 0; p < ids.length; p += 1) {
        const candidate = ids[p]!;
        if (candidate === query) continue;
        if (seen[candidate] === 0) {
          seen[candidate] = 1;
          touched.push(candidate);
        }
        partial[candidate]! += weight * values[p]!;
      }
    }
    // The best few by partial score, kept in order as they come: no sort of every candidate.
    const size = this.options.shortlist ?? 40;
    const buckets = new Map<number, Array<[number, number]>>();
    for (const candidate of touched) {
      const score = partial[candidate]!;
      partial[candidate] = 0;
      seen[candidate] = 0;
      const bucket = bucketOf ? bucketOf(candidate) : 0;
      let best = buckets.get(bucket);
      if (!best) buckets.set(bucket, (best = []));
      if (best.length === size) {
        const worst = best[size - 1]!;
        if (score < worst[1] || (score === worst[1] && candidate > worst[0])) continue;
      }
      if (!accept(candidate)) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![0] > candidate))) at -= 1;
      best.splice(at, 0, [candidate, score]);
      if (best.length > size) best.pop();
    }
    touched.length = 0;
    // The k best overall, and the few best of each bucket that are not among them.
    const k = this.options.k ?? 10;
    const all: Neighbour[] = [];
    const kept = new Set<number>();
    const perBucket: Neighbour[][] = [];
    for (const bucket of [...buckets.keys()].sort((a, b) => a - b)) {
      const best = buckets.get(bucket)!;
      if (stats) stats.candidatePairs += best.length;
      const scored = best.map(([index]) => ({ index, similarity: dot(v, this.space.vectors[index]!) })).sort(bySimilarity);
      all.push(...scored);
      perBucket.push(scored);
    }
    const out = all.sort(bySimilarity).slice(0, k);
    for (const n of out) kept.add(n.index);
    if (bucketOf) for (const scored of perBucket) for (const n of scored.slice(0, this.options.perBucket ?? 3)) if (!kept.has(n.index)) out.push(n);
    return out.sort(bySimilarity);
  }
}
