/**
 * read-frames: each sentence read as a claim (`ClaimFrame`): what kind of sentence it is, the English
 * lemmas of its content verbs, its named participants, whether a negation bears on a verb, and whether
 * the claim is reported as someone's here or in the sentence before. Read once; every sentence rule
 * asks `sameClaim` (src/rules/common.ts) of these before it compares two sentences.
 *
 * Predicates come from the English side: English sentences themselves, French and Italian ones through
 * their Apertium translation, tagged by Apertium's English tagger (`src/bridge/tagger.ts`). Without
 * Apertium, English words are read with WordNet (a word is a verb when its detached form is a WordNet
 * verb and no article or preposition comes before it); French and Italian sentences without a
 * translation get no predicate, and are matched by their content words.
 */
import type { ClaimFrame, LanguageCode, SentenceNode, SentenceType } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import type { SentenceFacts } from './facts.js';
import type { TaggedWord } from '../bridge/tagger.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { verbBase } from '../bridge/wordnet.js';
import { loadDictionary } from '../bridge/dictionary.js';
import { perPack } from '../lang/patterns.js';

export interface FrameInput {
  sentence: SentenceNode;
  language: LanguageCode;
  facts: SentenceFacts;
  /** The sentence in English: itself, or its Apertium translation. */
  english?: string;
  /** `english` tagged by Apertium's English tagger, when it ran. */
  tagged?: TaggedWord[];
  /** A French or Italian sentence itself, tagged by its language's Apertium tagger, when it ran. */
  ownTagged?: TaggedWord[];
  /** English glosses of `ownTagged`'s words through Apertium's bilingual dictionaries (`src/bridge/glosses.ts`). */
  glosses?: Record<string, string[]>;
}

/** Apertium's tags of verbs, auxiliaries and modals. */
const VERB_TAGS = new Set(['vblex', 'vbser', 'vbhaver', 'vbmod', 'vaux', 'vbdo']);

/**
 * What the frames ask of a pack, built once: English lemmas of the verbs that report a claim (the
 * pack's one-word reporting cues, "said" → "say", and its further reporting verbs), the words before a
 * noun ("the", "of"), and the determiners.
 */
const frameWords = perPack((pack) => ({
  reporting: new Set([
    ...pack.reportingCues.filter((cue) => !/\s/.test(cue)).map((cue) => verbBase(cue, pack.frames.irregularVerbs) ?? cue),
    ...(pack.frames.reportingVerbs ?? []),
  ]),
  nominal: new Set([...pack.determiners, ...pack.prepositions]),
  determiners: new Set(pack.determiners),
  light: new Set(pack.frames.lightVerbs ?? []),
  negations: new Set(pack.negations),
}));

/** English lemmas of the verbs that report a claim ("say", "state", "tell"…): no predicate and no content of it. */
export function reportingLemmas(): ReadonlySet<string> {
  return frameWords(LANGUAGE_PACKS.en).reporting;
}

const isVerb = (w: TaggedWord | undefined) => w !== undefined && w.tags.some((t) => VERB_TAGS.has(t));
const isDeterminer = (w: TaggedWord | undefined) => w !== undefined && (w.tags[0] === 'det' || w.tags[0] === 'predet');
const isPunctuation = (w: TaggedWord | undefined) => w !== undefined && (w.tags[0] === 'cm' || w.tags[0] === 'lpar' || w.tags[0] === 'sent' || w.tags[0] === 'rpar');

function sentenceType(input: FrameInput): SentenceType {
  const { sentence, language } = input;
  if (sentence.kind === 'heading') return 'heading';
  // A question, but for the closing quotation marks or brackets after its mark.
  if (/\?[\s"'”’»)\]]*$/u.test(sentence.text)) return 'question';
  return isDefinition(input, LANGUAGE_PACKS[language]) ? 'definition' : 'assertion';
}

/**
 * "An API is software that…", "Une API est un logiciel qui…": a generic subject (an indefinite article
 * first) and a copula in the present as the first verb, followed by what it is (no participle: "A man
 * is accused…" asserts something).
 */
function isDefinition(input: FrameInput, pack: LanguagePack): boolean {
  // Someone's words are a statement of theirs, whatever their form.
  if (input.facts.quotes.length > 0 || /^\P{L}*["“«‘]/u.test(input.sentence.text)) return false;
  if (input.tagged) {
    const words = input.tagged;
    // "a" and "an" themselves: "Such an agreement is…" is said of the story's agreement.
    if (!(isDeterminer(words[0]) && LANGUAGE_PACKS.en.frames.genericArticles.includes(words[0]!.lemma))) return false;
    const verb = words.findIndex(isVerb);
    if (verb < 0 || verb > 8 || words[verb]!.tags[0] !== 'vbser' || !words[verb]!.tags.some((t) => t === 'pri' || t === 'pres')) return false;
    const next = words[verb + 1];
    return next !== undefined && (isDeterminer(next) || next.tags[0] === 'n' || next.tags[0] === 'adj');
  }
  const words = input.sentence.text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const first = words[0] ?? '';
  if (!pack.frames.genericArticles.some((a) => first === a || (a.endsWith("'") && first.startsWith(a)))) return false;
  // A copula among the next eight words, and an indefinite article right after it ("est un logiciel").
  const copula = words.findIndex((w, i) => i >= 1 && i <= 8 && pack.frames.copulas.includes(w));
  return copula >= 0 && pack.frames.genericArticles.includes(words[copula + 1] ?? '');
}

/** Content verbs of tagged English, as lemmas. */
function taggedPredicates(words: readonly TaggedWord[], en: LanguagePack): string[] {
  const { reporting, light } = frameWords(en);
  return words.filter((w) => w.tags[0] === 'vblex' && !reporting.has(w.lemma) && !light.has(w.lemma) && /^\p{L}+$/u.test(w.lemma)).map((w) => w.lemma);
}

/** Content verbs of English read with WordNet: detached to a WordNet verb, with no article or preposition before. */
function lexicalEnglishPredicates(text: string, en: LanguagePack): string[] {
  const out: string[] = [];
  const { nominal, reporting, light } = frameWords(en);
  let previous = '';
  for (const m of text.matchAll(/[\p{L}]+(?:['’][\p{L}]+)?/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(word) && m.index > 0;
    if (!capitalised && !nominal.has(previous) && !en.stopwords.has(lower)) {
      const base = verbBase(lower, en.frames.irregularVerbs);
      if (base && !reporting.has(base) && !light.has(base)) out.push(base);
    }
    previous = lower;
  }
  return out;
}

/**
 * How many verb groups of tagged English a negation bears on: "did not share", "is not", "never came"
 * are negated; "a rocket, not a programme", "the data, not the calendar" (a phrase set against another)
 * are not. Negations in one run of verbs and adverbs count once: a French or Italian double negation
 * translated word for word ("non sono mai state ritrovate" → "have not been never found") is one, and so
 * is a negative pronoun beside a negated verb.
 */
function taggedNegations(words: readonly TaggedWord[], en: LanguagePack): number {
  const { negations } = frameWords(en);
  const groups = new Set<number>();
  const pronouns = new Set<number>();
  words.forEach((w, i) => {
    if (!negations.has(w.lemma)) return;
    // "no", "nothing", "nobody": a negative determiner or pronoun negates its clause, unless it opens a
    // phrase after a comma ("…, no more").
    if (w.tags[0] === 'det' || w.tags[0] === 'prn') {
      if (!isPunctuation(words[i - 1]) || !isDeterminer(words[i + 1])) pronouns.add(i);
      return;
    }
    if (w.tags[0] !== 'adv') return;
    let next = i + 1;
    while (words[next]?.tags[0] === 'adv') next += 1;
    let before = i - 1;
    while (words[before]?.tags[0] === 'adv') before -= 1;
    if (!isVerb(words[next]) && !isVerb(words[before])) return;
    // The group's first word: back over the run of verbs and adverbs.
    let first = i;
    while (first > 0 && (isVerb(words[first - 1]) || words[first - 1]!.tags[0] === 'adv')) first -= 1;
    groups.add(first);
  });
  // "non ha visto nessuno" → "has not seen nobody": a negative pronoun with a negated verb is one
  // negation (negative concord), counted apart only when no verb is negated ("nobody came").
  return groups.size > 0 ? groups.size : pronouns.size;
}

/**
 * Without a tagger, the negation cues that bear on the claim: one between punctuation and an article
 * negates a phrase, not the claim.
 */
function lexicalNegations(input: FrameInput, pack: LanguagePack): number {
  const cues = input.facts.modality.filter((m) => m.kind === 'negation');
  if (cues.length === 0) return 0;
  const { determiners } = frameWords(pack);
  return cues.filter((cue) => {
    const before = input.sentence.text.slice(0, cue.start - input.sentence.start).trimEnd();
    const after = input.sentence.text.slice(cue.end - input.sentence.start).trimStart().toLowerCase();
    const nextWord = after.match(/^[\p{L}]+['’]?/u)?.[0] ?? '';
    return !(/[,;:–—]$/u.test(before) && (determiners.has(nextWord) || pack.elisions.some((e) => nextWord === e)));
  }).length;
}

/** Apertium's tag of a full verb: auxiliaries, copulas and modals ("avoir", "essere", "pouvoir") are not. */
const FULL_VERB = 'vblex';

/**
 * English glosses of a sentence's own words, by the word as written: Apertium's dictionaries' and the
 * FreeDict senses of its lemma, one-word senses only ("to lose" → "lose"; "break oneself of a habit" is
 * left).
 */
function ownGlosses(input: FrameInput): Record<string, string[]> {
  const dictionary = loadDictionary(input.language);
  const out: Record<string, string[]> = {};
  for (const [surface, glosses] of Object.entries(input.glosses ?? {})) out[surface] = [...glosses];
  for (const w of input.ownTagged ?? []) {
    const surface = w.surface?.toLowerCase();
    if (!surface || w.tags[0] === 'unknown' || surface.includes(' ')) continue;
    const senses = (dictionary?.get(w.lemma) ?? []).map((sense) => sense.replace(/^to\s+/u, '').toLowerCase()).filter((sense) => /^\p{L}+$/u.test(sense));
    if (senses.length > 0) out[surface] = [...new Set([...(out[surface] ?? []), ...senses])];
  }
  return out;
}

/** The glosses of a sentence's full verbs (not auxiliaries, copulas or modals), reporting and light verbs aside. */
function ownVerbSenses(input: FrameInput, glosses: Record<string, string[]>): string[] {
  const { reporting, light } = frameWords(LANGUAGE_PACKS.en);
  const out = (input.ownTagged ?? [])
    .filter((w) => w.tags[0] === FULL_VERB && w.surface !== undefined)
    .flatMap((w) => glosses[w.surface!.toLowerCase()] ?? [])
    .filter((verb) => /^\p{L}+$/u.test(verb) && !reporting.has(verb) && !light.has(verb));
  return [...new Set(out)].sort();
}

/** Whether the sentence reports its claim as someone's: a hedge or a source. */
function attributedHere(facts: SentenceFacts): boolean {
  return facts.source !== undefined || facts.modality.some((m) => m.kind === 'hedge');
}

export function readFrame(input: FrameInput, previous?: FrameInput): ClaimFrame {
  const pack = LANGUAGE_PACKS[input.language];
  const en = LANGUAGE_PACKS.en;
  let predicates: string[];
  if (input.tagged) predicates = taggedPredicates(input.tagged, en);
  else if (input.english) predicates = lexicalEnglishPredicates(input.english, en);
  // French and Italian without a translation: the dictionaries list nouns' senses as verbs too ("données"
  // → "present", "pas" → "step"); no predicate is read, and claims are matched by their words.
  else predicates = [];
  const negations = !input.facts.negated ? 0 : input.tagged ? taggedNegations(input.tagged, en) : lexicalNegations(input, pack);
  const glosses = input.ownTagged && input.language !== 'en' ? ownGlosses(input) : {};
  const carried =
    previous !== undefined && previous.sentence.document === input.sentence.document && previous.sentence.paragraph === input.sentence.paragraph && attributedHere(previous.facts);
  return {
    type: sentenceType(input),
    predicates: [...new Set(predicates)].sort(),
    verbSenses: ownVerbSenses(input, glosses),
    glosses,
    participants: [...new Set(input.facts.names.map((n) => n.key))].sort(),
    negated: negations > 0,
    negations,
    attributed: attributedHere(input.facts) ? 'here' : carried ? 'carried' : null,
  };
}

/** Frames of every sentence, in corpus order; `inputs` in document then sentence order. */
export function readFrames(inputs: readonly FrameInput[]): ClaimFrame[] {
  return inputs.map((input, i) => readFrame(input, i > 0 ? inputs[i - 1] : undefined));
}
