/**
 * name-mismatch: aligned sentences name different people, organisations or places (one name in place
 * of another: each side has a name the other neither shares nor mentions), or one article spells a
 * name the way no other does, one edit from the usual spelling (Mehta for Meta).
 */
import type { Rule } from './types.js';
import type { Finding } from './types.js';
import type { NameFact } from '../facts/names.js';
import type { LanguageCode, SentenceNode } from '../types.js';
import { commonWords } from '../stages/facts.js';
import {
  alignedPairs,
  claimPairs,
  contentWords,
  corpusIndex,
  evidenceOf,
  finding,
  languageOf,
  mentioned,
  relatedPairs,
  sameName,
  sensesFor,
  sentenceWords,
  sourceOf,
  wordsMatch,
  type ContentWord,
} from './common.js';
import { dot } from '../align/vectors.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { alternation, perPack } from '../lang/patterns.js';
import { ownDateSpans } from '../stages/published.js';

/** How far after a time its zone or reference place may be named ("13h30, heure de Paris"). */
const CLOCK_REACH = 24;

/** Similarity above which two aligned sentences are close enough for a different name to be a swap. */
const SWAP_SIMILARITY = 0.15;

/** A recipient cue ending a text, then at most one determiner: "told ", "a déclaré au ", "ha detto al ". */
const recipientCue = perPack((pack) => {
  return new RegExp(`(?<![\\p{L}])(?:${alternation(pack.recipientCues, '\\s+')})\\s+(?:(?:${alternation(pack.determiners)})\\s*)?$`, 'iu');
});

export const nameMismatch: Rule = {
  id: 'name-mismatch',
  compares: 'sentences',
  description: 'Different people, organisations or places named for the same claim, or a misspelt name.',
  run(corpus) {
    const findings: Finding[] = [];
    const misspellingsSeen = new Set<string>();
    // Whether an article writes a name the same or a matching way, by article and name.
    const foundInArticle = new Map<string, boolean>();
    const index = corpusIndex(corpus);
    // A slip of spelling, shown where the other side spells the name the usual way.
    const checkSpelling = (sa: SentenceNode, na: NameFact[], sb: SentenceNode, nb: NameFact[]) => {
      for (const [s, names, other, otherSentence] of [
        [sa, na, nb, sb],
        [sb, nb, na, sa],
      ] as const) {
        for (const name of names) {
          if (!name.possibleMisspellingOf || misspellingsSeen.has(`${s.id}@${name.start}`)) continue;
          const right = other.find((y) => y.text === name.possibleMisspellingOf);
          if (!right) continue;
          misspellingsSeen.add(`${s.id}@${name.start}`);
          findings.push(
            finding('name-mismatch', 'medium', [s, otherSentence], [evidenceOf(s, name, sourceOf(corpus, s)), evidenceOf(otherSentence, right, sourceOf(corpus, otherSentence))], `Possible misspelling: “${name.text}” (${s.document}) where other articles write “${name.possibleMisspellingOf}”.`, 'misspelling'),
          );
        }
      }
    };
    // Two-letter acronyms ("US", "FB", "EU") are too often shorthand to count as a different name.
    // In French and Italian, a single capitalised word that the dictionary lists ("Jeux", "Chambre",
    // "État") is as often the first word of an institution's name as a name of its own. English
    // capitalises names only.
    const common = (n: NameFact, l: LanguageCode) => l !== 'en' && !n.key.includes(' ') && n.type === 'name' && (commonWords(l)?.(n.key, true) ?? false);
    // The outlet a statement was made to ("told FOX Business" / "told The Sun") is each article's own
    // name for itself, not a name in the claim.
    const recipient = (n: NameFact, s: SentenceNode, l: LanguageCode) => recipientCue(LANGUAGE_PACKS[l]).test(sourceOf(corpus, s).slice(Math.max(s.start, n.start - 60), n.start));
    // A zone or place that says which clock a time is on ("1340 GMT", "13h30, heure de Paris", "le 12:31
    // in Italia"), and the wire's dateline ("MILAN, Sept 7 (Harbourline News) -"), are no party to the claim.
    const clock = (n: NameFact, i: number) => corpus.facts[i]!.times.some((t) => n.start >= t.start && n.start - t.end <= CLOCK_REACH);
    const dateline = (n: NameFact, s: SentenceNode) => ownDateSpans(index.documents.get(s.document)!).some((span) => n.start >= span.start && n.end <= span.end);
    const counts = (n: NameFact, l: LanguageCode, s: SentenceNode, i: number) =>
      !recipient(n, s, l) && !clock(n, i) && !dateline(n, s) && (n.type === 'place' || ((n.type !== 'acronym' || n.text.replace(/\W/g, '').length >= 3) && !common(n, l)));
    const inArticle = (x: NameFact, lx: LanguageCode, doc: string, names: NameFact[], ly: LanguageCode) => {
      const key = `${doc}\u0000${ly}\u0000${lx}\u0000${x.type}\u0000${x.text}`;
      let found = foundInArticle.get(key);
      if (found === undefined) {
        found = names.some((y) => sameName(x, y, lx, ly));
        foundInArticle.set(key, found);
      }
      return found;
    };
    // Aligned claims, and claims aligned with their negation: a name swapped in either is a swap.
    // Names differ on purpose here: the claim is one by its predicate and words, whatever the names.
    for (const { a, b } of claimPairs(corpus, { ignoreParticipants: true }, [...alignedPairs(corpus), ...relatedPairs(corpus)])) {
      const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
      const [na, nb] = [corpus.facts[a]!.names, corpus.facts[b]!.names];
      // A name replaced by another: each side has a name that the other article never writes. Names
      // both articles use elsewhere (Facebook / Meta) are a choice of words, not a swap.
      const [docA, docB] = [index.foldedText.get(sa.document)!, index.foldedText.get(sb.document)!];
      const [allA, allB] = [index.names.get(sa.document)!, index.names.get(sb.document)!];
      const [la, lb] = [languageOf(sa, corpus), languageOf(sb, corpus)];
      const same = (x: NameFact, y: NameFact) => sameName(x, y, la, lb);
      // A name the other sentence says in plain words (its translation, a common noun, an adjective of
      // nationality: "Jeux olympiques" / "Olympics", "États-Unis" / "American") is not a different name.
      const [wordsA, wordsB] = [sentenceWords(corpus, a), sentenceWords(corpus, b)];
      const said = (n: NameFact, l: LanguageCode, words: ContentWord[]) =>
        contentWords(n.text, { start: 0, end: n.text.length }, l, sensesFor(l)).every((w) => words.some((v) => wordsMatch(w, v)));
      // Cheap tests first: a name the other sentence itself has is no swap, and a swap needs a name
      // on each side. Only then is the other article searched, once per name and article.
      const unmatchedA = na.filter((x) => counts(x, la, sa, a) && !nb.some((y) => same(x, y)));
      const unmatchedB = nb.filter((y) => counts(y, lb, sb, b) && !na.some((x) => same(x, y)));
      if (unmatchedA.length === 0 || unmatchedB.length === 0) {
        checkSpelling(sa, na, sb, nb);
        continue;
      }
      const onlyA = unmatchedA.filter((x) => !inArticle(x, la, sb.document, allB, lb) && !mentioned(x, docB) && !said(x, la, wordsB));
      const onlyB = unmatchedB.filter((y) => !inArticle(y, lb, sa.document, allA, la) && !mentioned(y, docA) && !said(y, lb, wordsA));
      // A swap shows between sentences that otherwise say the same thing closely.
      const space = corpus.alignment?.space;
      const close = space ? dot(space.vectors[a]!, space.vectors[b]!) >= SWAP_SIMILARITY : true;
      if (close && onlyA.length > 0 && onlyB.length > 0 && onlyA.length <= 2 && onlyB.length <= 2) {
        findings.push(
          finding(
            'name-mismatch',
            'high',
            [sa, sb],
            [...onlyA.map((x) => evidenceOf(sa, x, sourceOf(corpus, sa))), ...onlyB.map((y) => evidenceOf(sb, y, sourceOf(corpus, sb)))],
            `Different names for the same claim: ${onlyA.map((x) => `“${x.text}”`).join(', ')} (${sa.document}) vs ${onlyB.map((y) => `“${y.text}”`).join(', ')} (${sb.document}).`,
            'swap',
          ),
        );
      }
      checkSpelling(sa, na, sb, nb);
    }
    return findings;
  },
};
