/**
 * altered-quote: quotations of the same claim by the same speaker that do not say the same thing.
 *
 * Both quotes are brought to English words (English as written; French and Italian through the
 * Apertium translation when there is one and the quote is most of its sentence, else word by word
 * through cognates and the dictionary), then compared word by word. What changed decides the severity:
 * a negation or an obligation that flips, or content words replaced by others, changes the meaning
 * (high); content only added or only dropped is medium; a few words reworded is low, and only reported
 * between quotes in the same language, where a direct quote should be verbatim.
 */
import type { Rule, Finding } from './types.js';
import type { Evidence, LanguageCode, SentenceNode, Severity } from '../types.js';
import type { AnalysedCorpus } from '../pipeline.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { findModality } from '../facts/modality.js';
import { claimPairs, contentWords, speechOf, evidenceOf, finding, languageOf, sensesFor, sentenceWords, sourceOf, wordingOf, wordsMatch, type ContentWord } from './common.js';
import { differentParties, partyOf } from './sources.js';

/** Share of a quote's content words that must change for the meaning to count as changed. */
const MEANING_SHARE = 0.25;
/**
 * Across languages, where a literal translation alone changes words ("deduces" for "means"): most of
 * the words must differ before the quote counts as changed.
 */
const CROSS_LANGUAGE_SHARE = 0.7;
const PERSON = /\b(we|our|us|ours|you|your|yours|i|my|me)\b/iu;

interface Rendering {
  words: ContentWord[];
  /** Text compared (the quote, or its translation). */
  text: string;
  /** The quote as written, in its own language: what negation and modality are read on. */
  original: string;
  /** Whether the words have offsets in the source (false for a translation). */
  located: boolean;
  language: LanguageCode;
}

function quoteSpan(corpus: AnalysedCorpus, i: number): { start: number; end: number } | undefined {
  const quotes = corpus.facts[i]!.quotes;
  if (quotes.length === 0) return undefined;
  return { start: Math.min(...quotes.map((q) => q.start)), end: Math.max(...quotes.map((q) => q.end)) };
}

/** Words that are not content here: negation cues are compared as polarity, not as words. */
function comparable(words: ContentWord[], language: LanguageCode): ContentWord[] {
  const cues = new Set(LANGUAGE_PACKS[language].negations);
  return words.filter((w) => !cues.has(w.text.toLowerCase()) && !/n['’]t$/iu.test(w.text));
}

function render(corpus: AnalysedCorpus, i: number, asEnglish: boolean): Rendering | undefined {
  const sentence = corpus.sentences[i]!;
  const language = languageOf(sentence, corpus);
  const quotes = corpus.facts[i]!.quotes;
  const source = sourceOf(corpus, sentence);
  const coverage = quotes.reduce((sum, q) => sum + q.end - q.start, 0) / (sentence.end - sentence.start);
  // Across languages only a quote that is most of its sentence is compared: the words around a short
  // quote would pass for changes.
  if (asEnglish && (quotes.length !== 1 || coverage < 0.6)) return undefined;
  const translation = corpus.bridge?.translations[i];
  const original = quotes.map((q) => q.text).join(' ');
  if (asEnglish && language !== 'en' && translation) {
    return { words: comparable(contentWords(translation, { start: 0, end: translation.length }, 'en'), 'en'), text: translation, original, located: false, language };
  }
  const senses = language === 'en' || !asEnglish ? undefined : sensesFor(language);
  const words = quotes.flatMap((q) => contentWords(source, q, language, senses));
  return { words: comparable(words, language), text: original, original, located: true, language };
}

/** Whether a text holds a negation (French and Italian stack cues for one negation: "ne … pas … ni"). */
function negations(text: string, language: LanguageCode): boolean {
  return findModality(text, 0, LANGUAGE_PACKS[language]).some((m) => m.kind === 'negation');
}

function modal(text: string, language: LanguageCode): 'obligation' | 'permission' | undefined {
  const kinds = findModality(text, 0, LANGUAGE_PACKS[language]).map((m) => m.kind);
  return kinds.includes('obligation') ? 'obligation' : kinds.includes('permission') ? 'permission' : undefined;
}

interface Comparison {
  severity?: Severity;
  reasons: string[];
  /** Share of one side's content words the other lacks (the larger of the two). */
  share: number;
  evidence: Evidence[];
  message: string;
}

/** Content words each of two quotations must have for one word in common to say they are two statements. */
const MANY_WORDS = 4;

/** Compares the quotes of two aligned sentences; undefined when they cannot be compared. */
function compareQuotes(corpus: AnalysedCorpus, a: number, b: number): Comparison | undefined {
  const [sa, sb] = [corpus.sentences[a]!, corpus.sentences[b]!];
  const [fa, fb] = [corpus.facts[a]!, corpus.facts[b]!];
  if (fa.quotes.length === 0 || fb.quotes.length === 0) return undefined;
  const speakerA = fa.quotes.find((q) => q.speaker)?.speaker;
  const speakerB = fb.quotes.find((q) => q.speaker)?.speaker;
  // A quote given to someone else is attribution-changed's finding, not a misquote.
  if (speakerA && speakerB && differentParties(partyOf(speakerA, corpus, a, true), partyOf(speakerB, corpus, b, true))) return undefined;
  const sameLanguage = languageOf(sa, corpus) === languageOf(sb, corpus);
  const ra = render(corpus, a, !sameLanguage);
  const rb = render(corpus, b, !sameLanguage);
  // Both sides must be compared in the same words: a translation against a translation or English.
  if (ra && rb && !sameLanguage && (ra.located && ra.language !== 'en') !== (rb.located && rb.language !== 'en') && !(ra.language === 'en' || rb.language === 'en')) return undefined;
  if (!ra || !rb || ra.words.length === 0 || rb.words.length === 0) return undefined;
  // Across languages a translation covers the whole sentence, reporting verb and source included:
  // each side's quote is looked for in the other's whole sentence.
  // A speaker's words in the sentences next to a quote count as said: one article splits a statement
  // with "she said" where another quotes it whole.
  const said = (i: number, own: ContentWord[]) =>
    speechOf(corpus, i).flatMap((j) => (j === i && sameLanguage ? own : sameLanguage ? (render(corpus, j, false)?.words ?? []) : sentenceWords(corpus, j)));
  const [wholeA, wholeB] = [said(a, ra.words), said(b, rb.words)];
  const removed = ra.words.filter((x) => !wholeB.some((y) => wordsMatch(x, y)));
  const added = rb.words.filter((y) => !wholeA.some((x) => wordsMatch(x, y)));
  const share = Math.max(removed.length / ra.words.length, added.length / rb.words.length);
  // Two quotations that share no word at all are two statements of one speaker ("a drop in the ocean",
  // "I will pay for the water I should have had for free"), not one quotation altered.
  if (removed.length === ra.words.length || added.length === rb.words.length) return undefined;
  // …nor are two that share one word in several ("Every year ministers take a little less…" against
  // "Ministers have ignored the science yet again"): one word in common is a topic, not a quotation.
  const shared = Math.min(ra.words.length - removed.length, rb.words.length - added.length);
  if (shared <= 1 && ra.words.length >= MANY_WORDS && rb.words.length >= MANY_WORDS) return undefined;

  const reasons: string[] = [];
  let severity: Severity | undefined;
  // What differs between the two quotes must differ between the two speeches too: "We have waited
  // long enough," she said. "Every year …" against "We have waited long enough: every year …".
  const speechText = (i: number) => speechOf(corpus, i).flatMap((j) => corpus.facts[j]!.quotes.map((q) => q.text)).join(' ');
  const [speechA, speechB] = [speechText(a), speechText(b)];
  const differs = (test: (text: string, language: LanguageCode) => unknown) =>
    test(ra.original, ra.language) !== test(rb.original, rb.language) && test(speechA, ra.language) !== test(speechB, rb.language);
  if (differs(negations)) {
    reasons.push('negation flipped');
    severity = 'high';
  }
  const [ma, mb] = [modal(ra.original, ra.language), modal(rb.original, rb.language)];
  if (ma && mb && ma !== mb && differs(modal)) {
    reasons.push(`${ma} turned into ${mb}`);
    severity = 'high';
  }
  if (ra.language === 'en' && rb.language === 'en' && differs((text) => PERSON.test(text))) {
    reasons.push('person changed');
    severity ??= 'medium';
  }
  // Across languages a word may fail to meet its translation: ask for two changed words a side and
  // most of the words changed.
  const minimum = sameLanguage ? 1 : 2;
  const needed = sameLanguage ? MEANING_SHARE : CROSS_LANGUAGE_SHARE;
  if (removed.length >= minimum && added.length >= minimum && share >= needed) {
    reasons.push('words replaced');
    severity = 'high';
  } else if ((removed.length >= minimum || added.length >= minimum) && share >= needed) {
    reasons.push(removed.length > added.length ? 'content dropped' : 'content added');
    severity ??= 'medium';
  } else if (sameLanguage && (removed.length > 0 || added.length > 0)) {
    reasons.push('worded differently');
    severity ??= 'low';
  }
  const evidence: Evidence[] = [];
  const spanEvidence = (s: SentenceNode, r: Rendering, words: ContentWord[], i: number) => {
    if (r.located && words.length) for (const w of words) evidence.push(evidenceOf(s, w, sourceOf(corpus, s)));
    else evidence.push(evidenceOf(s, quoteSpan(corpus, i)!, sourceOf(corpus, s)));
  };
  spanEvidence(sa, ra, removed, a);
  spanEvidence(sb, rb, added, b);
  const words = (list: ContentWord[], r: Rendering) => `${list.slice(0, 6).map((w) => `“${w.text}”`).join(', ')}${list.length > 6 ? ', …' : ''}${r.located ? '' : ' (in translation)'}`;
  const detail = removed.length || added.length ? ` (${[removed.length ? `${sa.document}: ${words(removed, ra)}` : '', added.length ? `${sb.document}: ${words(added, rb)}` : ''].filter(Boolean).join(' vs ')})` : '';
  return { severity, reasons, share, evidence, message: `Quote ${reasons.join(', ')}${speakerA ?? speakerB ? `, attributed to ${speakerA ?? speakerB}` : ''}${detail}.` };
}

/**
 * How much closer a third article's quote must be to one side than to the other to side with it:
 * across languages no single comparison is sure, but "monnaie courante" is plainly nearer
 * "commonplace" than "the first in the industry".
 */
const SIDING_MARGIN = 0.25;

export const alteredQuote: Rule = {
  id: 'altered-quote',
  compares: 'sentences',
  description: 'Quotes by the same speaker that do not say the same thing: words replaced, added or dropped, negation or obligation flipped.',
  run(corpus) {
    const findings: Finding[] = [];
    const changed: Array<[number, number, Comparison, Finding]> = [];
    for (const { a, b } of claimPairs(corpus)) {
      const c = compareQuotes(corpus, a, b);
      if (!c?.severity) continue;
      // Quotation marks in one language promise the speaker's very words; across languages, a translation.
      const variant = languageOf(corpus.sentences[a]!, corpus) === languageOf(corpus.sentences[b]!, corpus) ? 'same-language' : 'across-languages';
      const pair = finding('altered-quote', c.severity, [corpus.sentences[a]!, corpus.sentences[b]!], c.evidence, c.message, variant);
      findings.push(pair);
      if (c.severity === 'high') changed.push([a, b, c, pair]);
    }
    // A quote whose meaning changed between two articles: the other articles of the claim side with
    // one of them, and the one they do not side with differs from them too ("the first in the
    // industry" against "commonplace", "monnaie courante" and "comuni").
    const groups = corpus.alignment?.groups ?? [];
    const groupOf = new Map<number, number>();
    groups.forEach((g, k) => g.members.forEach((m) => groupOf.set(m, k)));
    const reported = new Set(findings.flatMap((f) => [f.sentences.join('\u0000'), [...f.sentences].reverse().join('\u0000')]));
    for (const [a, b, c, pair] of changed) {
      const group = groupOf.get(a);
      if (group === undefined || groupOf.get(b) !== group) continue;
      const documents = new Set([corpus.sentences[a]!.document, corpus.sentences[b]!.document]);
      // One member per wording: copies are added to the finding afterwards (consolidateFindings).
      const wordings = new Set([wordingOf(corpus, a), wordingOf(corpus, b)]);
      for (const m of groups[group]!.members) {
        if (documents.has(corpus.sentences[m]!.document) || corpus.facts[m]!.quotes.length === 0 || wordings.has(wordingOf(corpus, m))) continue;
        wordings.add(wordingOf(corpus, m));
        const [ma, mb] = [compareQuotes(corpus, a, m), compareQuotes(corpus, b, m)];
        if (!ma || !mb) continue;
        const [outlier, other] = mb.share + SIDING_MARGIN <= ma.share ? [a, b] : ma.share + SIDING_MARGIN <= mb.share ? [b, a] : [undefined, undefined];
        if (outlier === undefined || other === undefined) continue;
        const key = `${corpus.sentences[outlier]!.id}\u0000${corpus.sentences[m]!.id}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const against = outlier === a ? ma : mb;
        // A third article sides with one quote: the change is corroborated, on both findings.
        pair.variant = 'corroborated';
        findings.push(
          finding('altered-quote', 'high', [corpus.sentences[outlier]!, corpus.sentences[m]!], against.evidence, `${c.message} ${corpus.sentences[m]!.document} quotes it as ${corpus.sentences[other]!.document} does.`, 'corroborated'),
        );
      }
    }
    return findings;
  },
};
