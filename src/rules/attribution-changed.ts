/**
 * attribution-changed: the same claim or quote credited to a different source: "the complaint states"
 * in one article, "Meta said" in another; a quote given to two different speakers; or the same two
 * parties with their roles reversed ("Meta sued Netflix" / "Netflix a poursuivi Meta").
 */
import type { Rule, Finding } from './types.js';
import type { AnalysedCorpus } from '../pipeline.js';
import type { NameFact } from '../facts/names.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { claimPairs, evidenceOf, finding, languageOf, sameName, sentenceWords, sharedContent, sourceOf } from './common.js';
import { differentParties, partyOf, speakerOf } from './sources.js';

export const attributionChanged: Rule = {
  id: 'attribution-changed',
  compares: 'sentences',
  description: 'The same claim or quote credited to a different speaker or source.',
  run(corpus) {
    const findings: Finding[] = [];
    for (const { a, b } of claimPairs(corpus)) {
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      const [fa, fb] = [corpus.facts[a]!, corpus.facts[b]!];
      const [speakerA, speakerB] = [speakerOf(fa), speakerOf(fb)];
      if (!speakerA || !speakerB) continue;
      const pa = partyOf(speakerA, corpus, a);
      const pb = partyOf(speakerB, corpus, b);
      if (!differentParties(pa, pb)) continue;
      // A source named in the other sentence too ("Albert Muchanga, commissaire…, a annoncé" / "Albert
      // Muchanga, commissario…") is the same source, whatever phrase the extraction took for it.
      const [la, lb] = [languageOf(sa, corpus), languageOf(sb, corpus)];
      const named = (i: number, phrase: string) => corpus.facts[i]!.names.filter((n) => phrase.includes(n.text));
      if (named(a, speakerA).some((x) => fb.names.some((y) => sameName(x, y, la, lb)))) continue;
      if (named(b, speakerB).some((y) => fa.names.some((x) => sameName(x, y, la, lb)))) continue;
      const spanA = fa.source ?? fa.quotes[0]!;
      const spanB = fb.source ?? fb.quotes[0]!;
      const quoted = fa.quotes.length > 0 && fb.quotes.length > 0;
      findings.push(
        finding(
          'attribution-changed',
          quoted && pa.names.size > 0 && pb.names.size > 0 ? 'high' : 'medium',
          [sa, sb],
          [evidenceOf(sa, spanA, sourceOf(corpus, sa)), evidenceOf(sb, spanB, sourceOf(corpus, sb))],
          `${quoted ? 'Quote' : 'Claim'} attributed to “${speakerA}” (${sa.document}) but to “${speakerB}” (${sb.document}).`,
        ),
      );
    }
    findings.push(...reversedRoles(corpus));
    return findings;
  },
};

/** Aligned sentences this close in content are one claim, whoever does what in it. */
const SAME_CLAIM_SHARE = 0.5;

/**
 * Names of a sentence outside its source phrase and not after a preposition, each with whether it is
 * the agent of a passive ("sued by Meta", "poursuivi par Meta", "citato da Meta").
 */
function actorsOf(corpus: AnalysedCorpus, i: number): Array<{ name: NameFact; agent: boolean; oblique: boolean }> {
  const sentence = corpus.sentences[i]!;
  const facts = corpus.facts[i]!;
  const pack = LANGUAGE_PACKS[languageOf(sentence, corpus)];
  const source = facts.source;
  const text = sourceOf(corpus, sentence);
  const determiners = new Set(pack.determiners.map((d) => d.replace(/['’]$/, '')));
  let previousEnd = sentence.start;
  return facts.names
    .filter((n) => !source || n.end <= source.start || n.start >= source.end)
    .sort((a, b) => a.start - b.start)
    .map((name) => {
      // The words before the name, back to the last punctuation or the name before.
      const from = Math.max(previousEnd, name.start - 60);
      previousEnd = name.end;
      const before = text.slice(from, name.start).split(/[,;:()«»“”"]/).pop()!.toLowerCase().split(/[\s'’]+/).filter(Boolean);
      // "par le géant des médias sociaux Meta": the agent marker may open a longer noun phrase.
      const agent = before.slice(-6).some((w) => pack.agentMarkers.includes(w));
      while (before.length > 0 && determiners.has(before[before.length - 1]!)) before.pop();
      const word = before[before.length - 1] ?? '';
      return { name, agent, oblique: !agent && pack.prepositions.includes(word) };
    })
    // After a preposition a name is a place, a time or an indirect object, not who acts or is acted on.
    .filter((a) => !a.oblique);
}

/**
 * Who acts on whom: when exactly two parties are named in both sentences, the first named does the
 * action unless the other is the agent of a passive. Coordinated names ("Meta and Netflix") have no
 * direction.
 */
function direction(corpus: AnalysedCorpus, i: number, x: NameFact, y: NameFact): 1 | -1 | 0 {
  const actors = actorsOf(corpus, i);
  const [ax, ay] = [actors.find((a) => a.name === x)!, actors.find((a) => a.name === y)!];
  const [first, second] = x.start < y.start ? [ax, ay] : [ay, ax];
  const pack = LANGUAGE_PACKS[languageOf(corpus.sentences[i]!, corpus)];
  // Names in apposition, in a list, or in two clauses have no direction between them.
  const between = sourceOf(corpus, corpus.sentences[i]!).slice(first.name.end, second.name.start).toLowerCase();
  if (between.trim() === '' || /[,;:()/&–—-]/.test(between) || between.split(/\s+/).some((w) => pack.conjunctions.includes(w))) return 0;
  const agentFirst = !second.agent;
  const xActs = (first.name === x) === agentFirst;
  return xActs ? 1 : -1;
}

function reversedRoles(corpus: AnalysedCorpus): Finding[] {
  const findings: Finding[] = [];
  for (const { a, b } of claimPairs(corpus)) {
    const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
    const [la, lb] = [languageOf(sa, corpus), languageOf(sb, corpus)];
    // The parties named in both sentences, each once: exactly two of them.
    const [na, nb] = [actorsOf(corpus, a).map((x) => x.name), actorsOf(corpus, b).map((x) => x.name)];
    const common = na
      .map((x) => ({ x, ys: nb.filter((y) => sameName(x, y, la, lb)) }))
      .filter(({ ys }) => ys.length > 0);
    if (common.length !== 2 || common.some(({ ys }) => ys.length !== 1)) continue;
    if (new Set(common.map(({ x }) => x.key)).size !== 2 || common[0]!.ys[0] === common[1]!.ys[0]) continue;
    const [x1, y1] = [common[0]!.x, common[0]!.ys[0]!];
    const [x2, y2] = [common[1]!.x, common[1]!.ys[0]!];
    const [da, db] = [direction(corpus, a, x1, x2), direction(corpus, b, y1, y2)];
    if (da === 0 || db === 0 || da === db) continue;
    if (sharedContent(sentenceWords(corpus, a), sentenceWords(corpus, b)) < SAME_CLAIM_SHARE) continue;
    const [agentA, patientA] = da === 1 ? [x1, x2] : [x2, x1];
    const [agentB, patientB] = db === 1 ? [y1, y2] : [y2, y1];
    findings.push(
      finding(
        'attribution-changed',
        'high',
        [sa, sb],
        [evidenceOf(sa, agentA, sourceOf(corpus, sa)), evidenceOf(sa, patientA, sourceOf(corpus, sa)), evidenceOf(sb, agentB, sourceOf(corpus, sb)), evidenceOf(sb, patientB, sourceOf(corpus, sb))],
        `Roles reversed: “${agentA.text}” acts on “${patientA.text}” (${sa.document}) but “${agentB.text}” on “${patientB.text}” (${sb.document}).`,
      ),
    );
  }
  return findings;
}
