/**
 * Who a claim or quote is attributed to, as something comparable across languages: the names in the
 * source phrase and the kind of party its nouns name (court filing, plaintiffs, spokesperson…).
 */
import type { AnalysedCorpus } from '../pipeline.js';
import type { SentenceFacts } from '../stages/facts.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { fold } from '../bridge/features.js';
import { languageOf } from './common.js';
import { nameWithin } from '../facts/names.js';

export interface Party {
  names: Set<string>;
  roles: Set<string>;
  /** A role followed by a name, "sports director Dario Menkes": the name is the speaker's own, not whom a spokesperson speaks for. */
  titled?: boolean;
}

/** How many sentences on either side a carried speaker's name is looked for in. */
const NEARBY = 3;

/** `nearby`: for a quote's speaker, which may be carried from a sentence before or after its own. */
export function partyOf(text: string, corpus: AnalysedCorpus, sentenceIndex: number, nearby = false): Party {
  const sentence = corpus.sentences[sentenceIndex]!;
  const pack = LANGUAGE_PACKS[languageOf(sentence, corpus)];
  const names = new Set<string>();
  const roles = new Set<string>();
  // Names: the capitalised words of the phrase that the facts know as names, in its sentence or, for a
  // speaker carried from a sentence nearby ('said Ivo Sarren. "I don't know how I got out."'), in those.
  const reach = nearby ? NEARBY : 0;
  for (let i = Math.max(0, sentenceIndex - reach); i <= Math.min(corpus.sentences.length - 1, sentenceIndex + reach); i += 1) {
    if (i !== sentenceIndex && corpus.sentences[i]!.document !== sentence.document) continue;
    for (const n of corpus.facts[i]!.names) if (text.includes(n.text)) names.add(n.key);
  }
  let firstRole = Infinity;
  for (const m of text.toLowerCase().matchAll(/[\p{L}-]+/gu)) {
    const word = m[0];
    // (own keys only: a word such as "constructor" is no role, whatever Object.prototype holds)
    const role = Object.hasOwn(pack.sourceRoles, word) ? pack.sourceRoles[word] : Object.hasOwn(pack.sourceRoles, fold(word)) ? pack.sourceRoles[fold(word)] : undefined;
    if (role) {
      roles.add(role);
      firstRole = Math.min(firstRole, m.index);
    }
  }
  // (a name after the role in the phrase itself, not only one found nearby)
  const lastName = Math.max(-1, ...[...names].map((key) => fold(text).lastIndexOf(key)));
  return { names, roles, ...(lastName > firstRole ? { titled: true } : {}) };
}

/** Who a sentence's claim is attributed to: its source, or else the speaker of its quotes. */
export function speakerOf(facts: SentenceFacts): string | undefined {
  return facts.source?.text ?? facts.quotes.find((q) => q.speaker)?.speaker;
}

/** Whether two parties are clearly different: each is identified, and they share nothing. */
export function differentParties(x: Party, y: Party): boolean {
  const identified = (p: Party) => p.names.size + p.roles.size > 0;
  if (!identified(x) || !identified(y)) return false;
  // "Holm" is "Petra Holm": a name whose words are all in the other's is the same one.
  for (const n of x.names) for (const m of y.names) if (nameWithin(n, m)) return false;
  // The plaintiffs and their filings are one side.
  const family = (r: string) => (r === 'plaintiffs' ? 'court-filing' : r);
  for (const r of x.roles) for (const q of y.roles) if (family(r) === family(q)) return false;
  // A spokesperson or a company statement speaks for a name the other side may give ("Meta" / "a
  // spokesperson"): not a clear difference.
  // (not one whose own name follows the role: "sports director Dario Menkes" is Menkes speaking)
  const speaksFor = (p: Party) => (p.roles.has('spokesperson') || p.roles.has('company')) && !p.titled;
  if ((x.names.size === 0 && speaksFor(x) && y.names.size > 0) || (y.names.size === 0 && speaksFor(y) && x.names.size > 0)) return false;
  // …nor is a person named with no role ("Andy Stone") against a spokesperson of a name ("a Meta
  // spokesperson"): the spokesperson may be that person.
  const personOnly = (p: Party) => p.names.size > 0 && p.roles.size === 0;
  if ((speaksFor(x) && personOnly(y)) || (speaksFor(y) && personOnly(x))) return false;
  return true;
}
