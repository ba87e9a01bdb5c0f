import { describe, expect, it } from 'vitest';
import { alignGroups, DEFAULT_ALIGNER_OPTIONS, neighboursFromMatrix } from '../src/align/group.js';
import { findCopies } from '../src/align/copies.js';
import { NeighbourIndex } from '../src/align/search.js';
import { dot, vectorize } from '../src/align/vectors.js';

/** Runs the aligner on a symmetric similarity matrix, returning groups as sorted member lists. */
function align(documents: string[], matrix: number[][], negated?: boolean[]) {
  const result = alignGroups(
    { documents, neighbours: neighboursFromMatrix(documents, matrix), negated, similarity: (a, b) => matrix[a]![b]! },
    DEFAULT_ALIGNER_OPTIONS,
  );
  return { groups: result.groups.map((g) => [...g.members].sort((a, b) => a - b)), relations: result.relations.map((r) => r.members) };
}

describe('the aligner on hand-made similarity matrices', () => {
  it('asks more of two sentences in one language than of a sentence and its translation', () => {
    // A: 0, B: 1, C: 2. 0↔1 (one language) and 0↔2 (two) are equally and weakly similar.
    const m = [
      [1, 0.18, 0],
      [0.18, 1, 0],
      [0, 0, 1],
    ];
    const run = (languages: string[]) =>
      alignGroups({ documents: ['A', 'B', 'C'], neighbours: neighboursFromMatrix(['A', 'B', 'C'], m), languages, similarity: (a, b) => m[a]![b]! }).groups.map((g) => g.members);
    expect(run(['fr', 'en', 'en'])).toEqual([[0, 1]]);
    expect(run(['en', 'en', 'en'])).toEqual([]);
  });

  it('pairs mutual best matches in any order and leaves a sentence without a partner alone', () => {
    // A: 0 1 2   B: 3 4   — 0↔4 and 1↔3 are the same claims; 2 has no partner.
    const m = [
      [1, 0, 0, 0.05, 0.6],
      [0, 1, 0, 0.5, 0.05],
      [0, 0, 1, 0.04, 0.05],
      [0.05, 0.5, 0.04, 1, 0],
      [0.6, 0.05, 0.05, 0, 1],
    ];
    expect(align(['A', 'A', 'A', 'B', 'B'], m).groups).toEqual([
      [0, 4],
      [1, 3],
    ]);
  });

  it('groups one claim across three documents, at most one sentence per document', () => {
    // A: 0 1, B: 2, C: 3. 0, 2 and 3 state the same claim; 1 is a close paraphrase inside A.
    const m = [
      [1, 0.9, 0.5, 0.45],
      [0.9, 1, 0.2, 0.15],
      [0.5, 0.2, 1, 0.55],
      [0.45, 0.15, 0.55, 1],
    ];
    expect(align(['A', 'A', 'B', 'C'], m).groups).toEqual([[0, 2, 3]]);
  });

  it('does not pair a hub: a mutual best match barely better than the runners-up', () => {
    // A: 0, 3; B: 1, 2. 0 and 1 are each other's best, but 0 is almost as close to 2, and 1 almost as
    // close to 3: the margin is too thin to call them the same claim. 4 (A) and 5 (B) are a clear pair.
    const m = [
      [1, 0.31, 0.3, 0, 0, 0],
      [0.31, 1, 0, 0.28, 0, 0],
      [0.3, 0, 1, 0, 0, 0],
      [0, 0.28, 0, 1, 0, 0],
      [0, 0, 0, 0, 1, 0.5],
      [0, 0, 0, 0, 0.5, 1],
    ];
    expect(align(['A', 'B', 'B', 'A', 'A', 'B'], m).groups).toEqual([[4, 5]]);
    // The same pair with the runners-up gone is kept.
    const clear = m.map((row) => [...row]);
    clear[0]![2] = clear[2]![0] = 0.02;
    clear[1]![3] = clear[3]![1] = 0.02;
    expect(align(['A', 'B', 'B', 'A', 'A', 'B'], clear).groups).toEqual([
      [0, 1],
      [4, 5],
    ]);
  });

  it('needs a minimum similarity even for a mutual best pair', () => {
    const m = [
      [1, 0.05],
      [0.05, 1],
    ];
    expect(align(['A', 'B'], m).groups).toEqual([]);
  });

  it('keeps a claim and its negation apart, as a relation', () => {
    // 0 "Meta shared messages" (A), 1 "Meta did not share messages" (B).
    const m = [
      [1, 0.6],
      [0.6, 1],
    ];
    expect(align(['A', 'B'], m, [false, true])).toEqual({ groups: [], relations: [[0, 1]] });
    expect(align(['A', 'B'], m, [true, true])).toEqual({ groups: [[0, 1]], relations: [] });
  });

  it('does not chain two different claims through one weak link', () => {
    // {0 (A), 2 (B)} is one claim, {1 (C), 3 (D)} another; 0–3 is a weak mutual link.
    const m = [
      [1, 0.02, 0.6, 0.2],
      [0.02, 1, 0.03, 0.6],
      [0.6, 0.03, 1, 0.02],
      [0.2, 0.6, 0.02, 1],
    ];
    expect(align(['A', 'C', 'B', 'D'], m).groups).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });
});

describe('vectors and candidate search', () => {
  it('scores only candidates that share a rare feature, and ranks them by cosine', () => {
    const bags = [
      new Map([['w:meta', 1], ['w:share', 1], ['e:netflix', 1]]),
      new Map([['w:meta', 1], ['w:share', 1], ['e:netflix', 1], ['w:messag', 1]]),
      new Map([['w:weather', 1], ['w:rain', 1]]),
    ];
    const space = vectorize(bags);
    expect(dot(space.vectors[0]!, space.vectors[0]!)).toBeCloseTo(1, 5);
    const index = new NeighbourIndex(space, [0, 1, 2]);
    const stats = { candidatePairs: 0 };
    const found = index.search(0, () => true, stats);
    expect(found.map((n) => n.index)).toEqual([1]);
    expect(stats.candidatePairs).toBe(1);
  });
});

describe('copies', () => {
  it('reports two articles that are mostly the same text, once', () => {
    const wire = ['Heavy rain flooded the valley on Sunday.', 'Officials said 3,000 people left their homes.', 'The river rose by four metres.', 'Schools will stay closed on Monday.'];
    const sentences = [
      ...wire.map((text) => ({ document: 'a', text })),
      ...wire.map((text) => ({ document: 'b', text: text.toUpperCase() })),
      { document: 'c', text: 'Heavy rain flooded the valley on Sunday.' },
      { document: 'c', text: 'A different story entirely about elections.' },
      { document: 'c', text: 'Voters went to the polls in large numbers.' },
      { document: 'c', text: 'Results are expected late on Monday night.' },
    ];
    expect(findCopies(sentences)).toEqual([{ documents: ['a', 'b'], shared: 4, ratio: 1 }]);
  });
});
