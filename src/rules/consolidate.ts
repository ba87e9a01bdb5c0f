/**
 * Fewer, fuller findings on big stories. Rules judge pairs of sentences; on a story of hundreds of
 * articles the same disagreement would come back once for every pair of articles. Two steps make one
 * finding of each:
 *
 * 1. Same wording: findings of one rule between the same two wordings (wire copy run word for word
 *    by several outlets) are one finding, with every sentence that carries either wording.
 * 2. One outlier: a wording that disagrees, by the same rule, with this many other wordings of the
 *    same claim is one finding — an altered figure against every article that has it right.
 *
 * A merged finding keeps the first pairwise finding's message and evidence (plus the evidence of a few
 * more sentences), names the other articles, lists every sentence with the outlier's first, and takes
 * the highest severity. Findings of more than two sentences (omitted-claim) pass through.
 */
import type { AnalysedCorpus } from '../pipeline.js';
import type { Finding } from './types.js';
import { SEVERITY_ORDER, wordingOf } from './common.js';

/** A wording in this many findings of one rule within one claim is an outlier worth one finding. */
export const CONSOLIDATE_AT = 3;
/** Other articles named in a merged message; the rest are counted. */
const NAMED = 4;
/** Evidence kept from sentences beyond the first pair. */
const EXTRA_EVIDENCE = 3;

/** A finding between two wordings, each carried by one or more sentences. */
interface Edge {
  finding: Finding;
  sides: [Side, Side];
  /** Findings merged into this one, the first included. */
  merged: Finding[];
}

interface Side {
  wording: string;
  sentences: string[];
}

export function consolidateFindings(findings: readonly Finding[], corpus: AnalysedCorpus): Finding[] {
  const byId = new Map(corpus.sentences.map((s, i) => [s.id, i]));
  const wording = (id: string) => (byId.has(id) ? wordingOf(corpus, byId.get(id)!) : id);
  const groupOf = new Map<string, number>();
  // The sentences of each wording in each claim: a finding on one copy holds for every copy.
  const copies = new Map<string, string[]>();
  (corpus.alignment?.groups ?? []).forEach((group, g) => {
    for (const i of group.members) {
      const id = corpus.sentences[i]!.id;
      groupOf.set(id, g);
      const key = `${g}\u0000${wordingOf(corpus, i)}`;
      (copies.get(key) ?? copies.set(key, []).get(key)!).push(id);
    }
  });

  const out: Finding[] = [];
  // 1. Same wording.
  const edges = new Map<string, Edge>();
  for (const f of findings) {
    if (f.sentences.length !== 2) {
      out.push(f);
      continue;
    }
    const [a, b] = f.sentences as [string, string];
    const [wa, wb] = [wording(a), wording(b)];
    const key = `${f.rule}\u0001${wa < wb ? wa : wb}\u0001${wa < wb ? wb : wa}`;
    const edge = edges.get(key);
    if (!edge) {
      edges.set(key, { finding: f, sides: [{ wording: wa, sentences: [a] }, { wording: wb, sentences: [b] }], merged: [f] });
      continue;
    }
    for (const [id, wording] of [
      [a, wa],
      [b, wb],
    ] as const) {
      const side = edge.sides.find((s) => s.wording === wording)!;
      if (!side.sentences.includes(id)) side.sentences.push(id);
    }
    edge.merged.push(f);
  }

  // Every copy of each side's wording in the claim, after the sentences the findings name.
  for (const edge of edges.values()) {
    for (const side of edge.sides) {
      const group = groupOf.get(side.sentences[0]!);
      for (const id of group === undefined ? [] : (copies.get(`${group}\u0000${side.wording}`) ?? [])) if (!side.sentences.includes(id)) side.sentences.push(id);
    }
  }

  // 2. One outlier per claim and rule.
  const buckets = new Map<string, Edge[]>();
  for (const edge of edges.values()) {
    const groups = new Set(edge.sides.flatMap((s) => s.sentences.map((id) => groupOf.get(id))));
    const group = groups.size === 1 ? [...groups][0] : undefined;
    if (group === undefined) {
      out.push(render(edge.sides[0], [edge]));
      continue;
    }
    const key = `${edge.finding.rule}\u0000${group}`;
    (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(edge);
  }
  for (const bucket of buckets.values()) {
    let left = bucket;
    for (;;) {
      const degree = new Map<string, number>();
      for (const e of left) for (const s of e.sides) degree.set(s.wording, (degree.get(s.wording) ?? 0) + 1);
      const [outlier, count] = [...degree.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0] ?? ['', 0];
      if (count < CONSOLIDATE_AT) break;
      const mine = left.filter((e) => e.sides.some((s) => s.wording === outlier));
      left = left.filter((e) => !e.sides.some((s) => s.wording === outlier));
      out.push(render(mine[0]!.sides.find((s) => s.wording === outlier)!, mine));
    }
    for (const edge of left) out.push(render(edge.sides[0], [edge]));
  }
  return out;
}

/** One finding from edges that share the side `outlier`. */
function render(outlier: Side, edges: Edge[]): Finding {
  const first = edges[0]!.merged[0]!;
  const all = edges.flatMap((e) => e.merged);
  const mine = new Set(outlier.sentences);
  const others = [...new Set(edges.flatMap((e) => e.sides.filter((s) => s.wording !== outlier.wording).flatMap((s) => s.sentences)))];
  // The first finding's pair leads, in its own order; then the rest of each side.
  const sentences = [...new Set([...first.sentences, ...outlier.sentences, ...others])];
  if (sentences.length === first.sentences.length) return first;
  const shown = new Set(first.sentences);
  const documentOf = (id: string) => id.slice(0, id.lastIndexOf(':'));
  const otherDocuments = [...new Set(sentences.filter((id) => !shown.has(id)).map(documentOf))];
  const named = otherDocuments.slice(0, NAMED).join(', ');
  const rest = otherDocuments.length > NAMED ? ` and ${otherDocuments.length - NAMED} more` : '';
  const note = otherDocuments.length === 0 ? '' : ` The same holds for ${otherDocuments.length} other ${otherDocuments.length === 1 ? 'article' : 'articles'}: ${named}${rest}.`;
  const extra = all
    .slice(1)
    .flatMap((f) => f.evidence.filter((e) => !first.sentences.includes(e.sentence) && !mine.has(e.sentence)))
    .slice(0, EXTRA_EVIDENCE);
  return {
    rule: first.rule,
    severity: SEVERITY_ORDER[Math.max(...all.map((f) => SEVERITY_ORDER.indexOf(f.severity)))]!,
    sentences,
    evidence: [...first.evidence, ...extra],
    message: `${first.message}${note}`,
    ...(first.variant ? { variant: first.variant } : {}),
  };
}
