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
  /** How many candidates, by partial score, are scored exactly. */
  shortlist?: number;
  /** How many neighbours are returned. */
  k?: number;
}

export interface SearchStats {
  candidatePairs: number;
}

export class NeighbourIndex {
  private readonly postings = new Map<number, Array<[number, number]>>();
  private readonly cap: number;

  constructor(
    private readonly space: VectorSpace,
    private readonly members: readonly number[],
    private readonly options: SearchOptions = {},
  ) {
    this.cap = Math.max(options.minDfCap ?? 60, Math.floor((options.maxDfShare ?? 0.05) * space.vectors.length));
    for (const index of members) {
      const v = space.vectors[index]!;
      for (let f = 0; f < v.ids.length; f += 1) {
        const id = v.ids[f]!;
        if (space.df[id]! > this.cap) continue;
        let list = this.postings.get(id);
        if (!list) this.postings.set(id, (list = []));
        list.push([index, v.values[f]!]);
      }
    }
  }

  /** The `k` most similar members to `query`, among those `accept` lets through. */
  search(query: number, accept: (candidate: number) => boolean, stats?: SearchStats): Neighbour[] {
    const v: SparseVector = this.space.vectors[query]!;
    const partial = new Map<number, number>();
    for (let f = 0; f < v.ids.length; f += 1) {
      const list = this.postings.get(v.ids[f]!);
      if (!list) continue;
      const weight = v.values[f]!;
      for (const [candidate, value] of list) {
        if (candidate === query) continue;
        partial.set(candidate, (partial.get(candidate) ?? 0) + weight * value);
      }
    }
    const shortlist = [...partial.entries()]
      .filter(([candidate]) => accept(candidate))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.options.shortlist ?? 40);
    if (stats) stats.candidatePairs += shortlist.length;
    return shortlist
      .map(([index]) => ({ index, similarity: dot(v, this.space.vectors[index]!) }))
      .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
      .slice(0, this.options.k ?? 10);
  }
}
