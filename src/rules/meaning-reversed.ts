/**
 * meaning-reversed: two sentences state one claim, and a word of one is the opposite of a word of the
 * other ("current" / "former", "a augmenté" / "fell", "vittoria" / "defeat"): a claim reversed without a
 * negation. Opposites are WordNet's antonyms on the English side (a French or Italian word through its
 * glosses) and the English pack's `opposites` for what WordNet lacks. Both words are left unlinked by the
 * word alignment, and neither side holds the other's word too ("the first and the last").
 */
import type { Finding, Rule } from './types.js';
import type { AnalysedCorpus } from '../pipeline.js';
import type { LanguagePack } from '../lang/types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { perPack } from '../lang/patterns.js';
import { antonymsOf } from '../bridge/wordnet.js';
import type { Span } from '../types.js';
import { fold } from '../bridge/features.js';
import { alignedPairs, evidenceOf, finding, languageOf, pairWords, possiblyOneClaim, sourceOf, type ClaimToken } from './common.js';

const oppositesOf = perPack((pack: LanguagePack) => {
  const out = new Map<string, Set<string>>();
  for (const [x, y] of pack.frames.opposites ?? []) {
    out.set(x, (out.get(x) ?? new Set()).add(y));
    out.set(y, (out.get(y) ?? new Set()).add(x));
  }
  return out;
});

/** The lemma of `x` and the lemma of `y` that are opposites, if any. */
export function opposite(x: ClaimToken, y: ClaimToken): [string, string] | undefined {
  const extra = oppositesOf(LANGUAGE_PACKS.en);
  for (const lx of x.lemmas) {
    const opposites = antonymsOf(lx);
    const more = extra.get(lx);
    const ly = y.lemmas.find((l) => opposites.has(l.replace(/ /g, '_')) || more?.has(l));
    if (ly) return [lx, ly];
  }
  return undefined;
}

/** Whether a sentence's tokens hold a lemma: then the opposite word has its counterpart there. */
function holds(tokens: readonly ClaimToken[], lemma: string): boolean {
  return tokens.some((t) => t.lemmas.includes(lemma));
}

/** The reversed word pairs of two sentences: opposite words, both unlinked, each side lacking the other's. */
export function reversals(corpus: AnalysedCorpus, a: number, b: number): Array<{ x: ClaimToken; y: ClaimToken; lemmas: [string, string] }> {
  const words = pairWords(corpus, a, b);
  const out: Array<{ x: ClaimToken; y: ClaimToken; lemmas: [string, string] }> = [];
  const usedB = new Set<number>();
  for (const i of words.alignment.unlinkedA) {
    const x = words.tokensA[i]!;
    if (x.name !== undefined) continue;
    for (const j of words.alignment.unlinkedB) {
      const y = words.tokensB[j]!;
      if (y.name !== undefined || usedB.has(j)) continue;
      const lemmas = opposite(x, y);
      if (!lemmas || holds(words.tokensA, lemmas[1]) || holds(words.tokensB, lemmas[0])) continue;
      usedB.add(j);
      out.push({ x, y, lemmas });
      break;
    }
  }
  return out;
}

/** A name's part beside a verb of asking: who asks, or who is asked. */
interface RequestRole {
  key: string;
  /** The name as written. */
  name: string;
  role: 'asks' | 'asked';
  /** The verb and the name, from the first to the last. */
  span: Span;
}

const requestVerbsOf = perPack((pack: LanguagePack) => (pack.frames.requestVerbs ?? []).map((v) => fold(v).split(/\s+/)));
const linkersOf = perPack((pack: LanguagePack) => new Set(pack.unitLinkers.map(fold)));

/**
 * Who asks whom in a sentence, by the names beside a verb of asking (pack `frames.requestVerbs`): the name
 * right before the verb (an auxiliary between: "Hastings a demandé") asks; the name right after it, past
 * "à", "a" or an article ("demande à Hastings de répondre", "asked Hastings to"), is asked, unless a word
 * of belonging comes first ("les demandes de Hastings" are his).
 */
export function requestRoles(corpus: AnalysedCorpus, i: number): RequestRole[] {
  // (read once per sentence: a sentence sits in many aligned pairs of a long story)
  let read = rolesRead.get(corpus);
  if (!read) rolesRead.set(corpus, (read = new Map()));
  let roles = read.get(i);
  if (!roles) read.set(i, (roles = readRequestRoles(corpus, i)));
  return roles;
}

const rolesRead = new WeakMap<AnalysedCorpus, Map<number, RequestRole[]>>();

function readRequestRoles(corpus: AnalysedCorpus, i: number): RequestRole[] {
  const sentence = corpus.sentences[i]!;
  const pack = LANGUAGE_PACKS[languageOf(sentence, corpus)];
  const verbs = requestVerbsOf(pack);
  if (verbs.length === 0) return [];
  const words = [...sentence.text.matchAll(/[\p{L}\p{N}’'-]+/gu)].map((m) => ({ folded: fold(m[0]), start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
  const names = corpus.facts[i]!.names;
  const linkers = linkersOf(pack);
  const roles: RequestRole[] = [];
  const gap = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  words.forEach((w, k) => {
    const verb = verbs.find((v) => v.every((part, n) => words[k + n]?.folded === part));
    if (!verb) return;
    const end = words[k + verb.length - 1]!.end;
    // (one or two short words between: an auxiliary before, a preposition or an article after; no comma)
    const asker = names.filter((n) => n.end <= w.start && /^\s*(?:[\p{L}’']+\s+){0,2}$/u.test(gap(n.end, w.start))).pop();
    if (asker) roles.push({ key: asker.key, name: asker.text, role: 'asks', span: { start: asker.start, end } });
    const asked = names.find((n) => n.start >= end && /^\s*(?:[\p{L}’']+\s+){0,2}$/u.test(gap(end, n.start)));
    if (asked && !gap(end, asked.start).trim().split(/\s+/).some((x) => linkers.has(fold(x)))) roles.push({ key: asked.key, name: asked.text, role: 'asked', span: { start: w.start, end: asked.end } });
  });
  return roles;
}

export const meaningReversed: Rule = {
  id: 'meaning-reversed',
  compares: 'sentences',
  description: 'One article states a claim with a word opposite in meaning to the other\'s ("rose" / "fell", "former" / "current").',
  run(corpus) {
    const findings: Finding[] = [];
    // An opposite verb is itself why two verbs differ ("won" / "lost"): the pairs compared are those that
    // may be one claim, not only those whose verbs meet.
    for (const { a, b } of alignedPairs(corpus).filter(({ a, b }) => possiblyOneClaim(corpus, a, b))) {
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      const [fa, fb] = [corpus.frames?.[a], corpus.frames?.[b]];
      for (const { x, y, lemmas } of reversals(corpus, a, b)) {
        // A reversed verb reverses the claim itself; a reversed qualifier changes part of it.
        const predicate = [...(fa?.predicates ?? []), ...(fa?.verbSenses ?? []), ...(fb?.predicates ?? [])].some((p) => lemmas.includes(p));
        const evidence = [evidenceOf(sa, x, sourceOf(corpus, sa)), evidenceOf(sb, y, sourceOf(corpus, sb))];
        findings.push(
          finding('meaning-reversed', predicate ? 'high' : 'medium', [sa, sb], evidence, `${sa.document} says "${evidence[0]!.text}" where ${sb.document} says "${evidence[1]!.text}" (${lemmas[0]} / ${lemmas[1]}).`),
        );
      }
    }
    // Who asks whom swapped: one article has a name asking, the other has it asked ("demande à Hastings de
    // répondre" / "with Hastings asking the court"). Aligned sentences only, whatever else their words do.
    for (const { a, b } of alignedPairs(corpus)) {
      const [ra, rb] = [requestRoles(corpus, a), requestRoles(corpus, b)];
      for (const x of ra) {
        const y = rb.find((r) => r.key === x.key && r.role !== x.role);
        // (a name that both asks and is asked on one side is no reversal)
        if (!y || ra.some((r) => r.key === x.key && r.role === y.role) || rb.some((r) => r.key === x.key && r.role === x.role)) continue;
        const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
        const evidence = [evidenceOf(sa, x.span, sourceOf(corpus, sa)), evidenceOf(sb, y.span, sourceOf(corpus, sb))];
        const who = (r: RequestRole, e: { text: string }) => `${r.name} ${r.role === 'asks' ? 'asks' : 'is asked'} ("${e.text}")`;
        findings.push(finding('meaning-reversed', 'high', [sa, sb], evidence, `Who asks whom is reversed: in ${sa.document} ${who(x, evidence[0]!)}; in ${sb.document} ${who(y, evidence[1]!)}.`, 'roles'));
        break;
      }
    }
    return findings;
  },
};
