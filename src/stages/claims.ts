/**
 * confirm-claims: the aligner groups sentences by how alike their words are; a claim group should hold
 * sentences that state one claim. Each pair that joined a group is read through the claim frames
 * (`readClaim`). A pair the aligner kept with no rival (neither sentence had another candidate in the
 * other's article) that is not one claim by its frames, whose words are not even fairly close both ways
 * and whose similarity is under 0.5 (two sentences on one topic: the same names, another claim) is cut,
 * and the group splits into the parts its confirmed pairs still join. A relation (a claim and its
 * negation) is kept on the same test. Pairs the bridge cannot read in English terms (the lexical bridge
 * across languages) stand. Only the joining pairs are read, so a story of a thousand articles costs one
 * reading per grouped sentence. Then sentences that restate a group's claim in an article it already
 * holds join it.
 */
import type { AnalysedCorpus } from '../pipeline.js';
import type { Group, Relation } from '../align/group.js';
import { closeEnough, possiblyOneClaim, readClaim, sharedAnchors } from '../rules/common.js';

/**
 * Whether a sentence is read in English terms well enough to cut a pair on its reading: it is English, or
 * it has its Apertium translation. The lexical bridge's word senses are too thin to say two French and
 * English sentences are not one claim (they would cut "toutes les deux semaines" from "fortnightly").
 */
function readable(corpus: AnalysedCorpus, i: number): boolean {
  return corpus.sentences[i]!.language === 'en' || corpus.bridge?.translations[i] !== undefined;
}

/**
 * The aligner's similarity at or above which a pair stands whatever its frames say: half its weighted
 * features shared is itself evidence of one claim (a faithful translation whose verbs the frames miss).
 */
export const SURE_SIMILARITY = 0.5;

/**
 * Whether two aligned sentences may be one claim: their frames say so, their words are fairly close, or
 * the aligner found them very alike (`similarity`, when known).
 */
export function mayBeOneClaim(corpus: AnalysedCorpus, a: number, b: number, similarity = 0): boolean {
  return !corpus.frames || !readable(corpus, a) || !readable(corpus, b) || similarity >= SURE_SIMILARITY || possiblyOneClaim(corpus, a, b);
}

/**
 * Whether the aligner chose a pair over rivals: either sentence had another candidate in the other's
 * article. A pair kept by its margin over real rivals is evidence the frames cannot outweigh (on
 * faithful FLORES translations such pairs are right, frames or not); a pair with no rival was kept by its
 * margin over nothing, and two articles of one sentence each are aligned whatever they say.
 */
function chosenOverRivals(corpus: AnalysedCorpus, a: number, b: number): boolean {
  const neighbours = corpus.alignment?.neighbours ?? [];
  const { sentences } = corpus;
  const rival = (x: number, y: number) => (neighbours[x] ?? []).some((n) => n.index !== y && sentences[n.index]!.document === sentences[y]!.document);
  return rival(a, b) || rival(b, a);
}

/** Whether a pair the aligner joined stands: chosen over rivals, or possibly one claim. */
function stands(corpus: AnalysedCorpus, a: number, b: number, similarity = 0): boolean {
  return chosenOverRivals(corpus, a, b) || mayBeOneClaim(corpus, a, b, similarity);
}

/** At most this many members of each part are read when two parts of a cut group may rejoin. */
const REJOIN_SAMPLE = 8;

/** A group's parts once its unconfirmed joining pairs are cut; parts of one sentence are dropped. */
function split<G extends Group>(group: G, keep: (a: number, b: number, similarity?: number) => boolean): G[] {
  const kept = group.pairs.filter(([a, b, similarity]) => keep(a, b, similarity));
  if (kept.length === group.pairs.length) return [group];
  const parent = new Map(group.members.map((m) => [m, m]));
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const [a, b] of kept) parent.set(find(a), find(b));
  const partsOf = () => {
    const parts = new Map<number, number[]>();
    for (const m of group.members) {
      const root = find(m);
      const part = parts.get(root);
      if (part) part.push(m);
      else parts.set(root, [m]);
    }
    return [...parts.values()];
  };
  // A cut pair may leave a sentence that is one claim with another member ("provide a report every two
  // weeks" joined through "send fortnightly reports", and quoting what a third article quotes): parts
  // rejoin when a few of their members, read pair by pair, are one claim.
  const before = partsOf();
  for (let x = 0; x < before.length; x += 1) {
    for (let y = x + 1; y < before.length; y += 1) {
      if (find(before[x]![0]!) === find(before[y]![0]!)) continue;
      const link = before[x]!.slice(0, REJOIN_SAMPLE).flatMap((a) => before[y]!.slice(0, REJOIN_SAMPLE).map((b) => [a, b] as const)).find(([a, b]) => keep(a, b));
      if (link) {
        parent.set(find(link[0]), find(link[1]));
        kept.push([link[0], link[1], 0]);
      }
    }
  }
  return partsOf()
    .filter((members) => members.length > 1)
    .map((members) => {
      const inside = new Set(members);
      const pairs = kept.filter(([a]) => inside.has(a));
      const scored = pairs.filter(([, , x]) => x > 0);
      return { ...group, members, pairs, score: scored.reduce((s, [, , x]) => s + x, 0) / Math.max(1, scored.length) };
    });
}

/**
 * Sentences that restate a group's claim in an article the group already holds (a headline, a lede and
 * a paragraph of the body): the aligner puts one sentence per article in a group, so the others stay
 * out. One joins when its best partner in another article is in the group and is, by their frames, the
 * same claim in close words both ways (or fairly close and anchored on two shared numbers or names: a
 * headline and a lede rarely share more), and the group's sentence of its own article is the same claim
 * too and shares a number, a date or a name with it. The rules compare across articles only.
 */
function gatherRestatements(corpus: AnalysedCorpus, groups: Group[], relations: readonly Relation[]): void {
  const { sentences } = corpus;
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.members.forEach((m) => groupOf.set(m, k)));
  const related = new Set(relations.flatMap((r) => r.members));
  for (let s = 0; s < sentences.length; s += 1) {
    if (groupOf.has(s) || related.has(s)) continue;
    const best = corpus.alignment?.neighbours[s]?.[0];
    const k = best === undefined ? undefined : groupOf.get(best.index);
    if (best === undefined || k === undefined) continue;
    const group = groups[k]!;
    const own = group.members.find((m) => sentences[m]!.document === sentences[s]!.document);
    if (own === undefined) continue;
    const reading = readClaim(corpus, s, best.index);
    // A restatement repeats something specific of its article's sentence: a number, a date, a name.
    if (reading.match === undefined || !closeEnough(corpus, s, best.index, reading.closeness) || readClaim(corpus, s, own).match === undefined || sharedAnchors(corpus, s, own) === 0) continue;
    group.members = [...group.members, s].sort((x, y) => x - y);
    group.pairs.push([best.index, s, best.similarity]);
    groupOf.set(s, k);
  }
}

export function confirmClaims(corpus: AnalysedCorpus): void {
  const alignment = corpus.alignment;
  if (!alignment || !corpus.frames) return;
  const keep = (a: number, b: number, similarity = 0) => stands(corpus, a, b, similarity);
  alignment.cut = alignment.groups.flatMap((group) => group.pairs.filter(([a, b, similarity]) => !keep(a, b, similarity)));
  alignment.groups = alignment.groups.flatMap((group) => split(group, keep));
  alignment.relations = alignment.relations.filter((r: Relation) => keep(r.members[0], r.members[1], r.score));
  gatherRestatements(corpus, alignment.groups, alignment.relations);
}
