/**
 * Stage 6 — align sentences that state the same claim across documents.
 *
 * PLACEHOLDER ALIGNER (foundation issue): pairs sentences of different documents that share
 * numbers and names (and, within one language, stems), keeps each sentence's best partner per
 * document when the choice is mutual, and joins the pairs into groups with at most one sentence per
 * document. The real cross-lingual aligner replaces it in the alignment issue.
 */
export interface AlignableSentence {
  id: string;
  document: string;
  /** Language-neutral anchors: numbers and names. */
  anchors: string[];
  /** Language-bound terms (stems). */
  terms: string[];
}

export interface AlignmentGroup {
  members: number[];
  score: number;
  basis: string[];
}

function overlap(a: readonly string[], b: ReadonlySet<string>): string[] {
  return a.filter((x) => b.has(x));
}

const MIN_SCORE = 0.34;

export function alignPlaceholder(sentences: readonly AlignableSentence[]): AlignmentGroup[] {
  // Inverted index on anchors and terms so that only sentences sharing something are scored.
  const index = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const key of [...s.anchors.map((a) => `a:${a}`), ...s.terms.map((t) => `t:${t}`)]) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(i);
    }
  });
  const sets = sentences.map((s) => ({ anchors: new Set(s.anchors), terms: new Set(s.terms) }));
  // best[i] maps a document to the best partner of sentence i in it.
  const best: Array<Map<string, { j: number; score: number; basis: string[] }>> = sentences.map(() => new Map());
  sentences.forEach((s, i) => {
    const candidates = new Set<number>();
    for (const key of [...s.anchors.map((a) => `a:${a}`), ...s.terms.map((t) => `t:${t}`)]) {
      for (const j of index.get(key) ?? []) if (j !== i && sentences[j]!.document !== s.document) candidates.add(j);
    }
    for (const j of candidates) {
      const other = sentences[j]!;
      const sharedAnchors = overlap(s.anchors, sets[j]!.anchors);
      const sharedTerms = overlap(s.terms, sets[j]!.terms);
      const anchorScore = sharedAnchors.length / Math.max(1, Math.min(s.anchors.length, other.anchors.length));
      const termScore = sharedTerms.length / Math.max(1, Math.min(s.terms.length, other.terms.length));
      const score = sharedAnchors.length >= 2 || sharedTerms.length >= 3 ? 0.5 * anchorScore + 0.5 * termScore : 0;
      const current = best[i]!.get(other.document);
      if (score >= MIN_SCORE && (!current || score > current.score || (score === current.score && j < current.j))) {
        best[i]!.set(other.document, { j, score, basis: [...sharedAnchors, ...sharedTerms.map((t) => t.slice(3))].slice(0, 6) });
      }
    }
  });

  // Union of mutual best pairs, refusing a union that would put two sentences of one document together.
  const parent = sentences.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const docsOf = new Map<number, Set<string>>(sentences.map((s, i) => [i, new Set([s.document])]));
  const scores = new Map<number, number[]>();
  const bases = new Map<number, Set<string>>();
  const pairs: Array<{ i: number; j: number; score: number; basis: string[] }> = [];
  best.forEach((byDoc, i) => {
    for (const [doc, choice] of byDoc) {
      const back = best[choice.j]!.get(sentences[i]!.document);
      if (back?.j === i && i < choice.j) pairs.push({ i, j: choice.j, score: choice.score, basis: choice.basis });
      void doc;
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const { i, j, score, basis } of pairs) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const di = docsOf.get(ri)!;
    const dj = docsOf.get(rj)!;
    if ([...dj].some((d) => di.has(d))) continue;
    parent[rj] = ri;
    for (const d of dj) di.add(d);
    scores.set(ri, [...(scores.get(ri) ?? []), ...(scores.get(rj) ?? []), score]);
    bases.set(ri, new Set([...(bases.get(ri) ?? []), ...(bases.get(rj) ?? []), ...basis]));
  }
  const groups = new Map<number, number[]>();
  sentences.forEach((_, i) => {
    const root = find(i);
    let members = groups.get(root);
    if (!members) groups.set(root, (members = []));
    members.push(i);
  });
  const result: AlignmentGroup[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const list = scores.get(root) ?? [];
    const score = list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
    result.push({ members, score: Math.round(score * 1000) / 1000, basis: [...(bases.get(root) ?? [])].sort().slice(0, 8) });
  }
  return result;
}
