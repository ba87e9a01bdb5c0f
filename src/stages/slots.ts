/**
 * Measure slots: what each figure, date and time of a sentence measures (docs/fact-sheet.md). Read from
 * the words around the fact in its own clause, through the language pack's concept words, so that the
 * same code serves a flood, an election, a company's results or a trial:
 *
 * - `measure`: the fact's unit when it says it all ("45 morts" → deaths), else the concept word nearest
 *   to the number in its clause ("45 personnes ont été tuées" → deaths; "a depth of 10 km" → depth), else
 *   the counted noun after a bare number (`count-of:<English stem>`);
 * - `subject`: the place or group it is about, a name or a noun after a place preposition ("in Valencia",
 *   "dans la capitale"); for what someone holds (votes, seats, shares, a prison sentence), the name
 *   nearest to it; `part` for a part of a larger figure ("dont 5", "two of them");
 * - `event`: `main`, or the secondary event a cue names ("a second blast", "la réplique");
 * - `period`: a year or a period word in the clause ("in 2019", "par an").
 *
 * A date or a time measures when an event happened: its event is the event word nearest to it. Without
 * one, a figure, date or time is only compared inside its claim group (`group:<n>`), as before.
 */
import type { LanguageCode, MeasureSlot, SentenceNode } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { MONEY_CONCEPTS } from '../lang/shared.js';
import { alternation, cognateSpellings, NOTHING_AFTER, perPack, pronounBeforeVerb, ratioAfterOf, singularsOf, splitElision } from '../lang/patterns.js';
import { englishStem, fold } from '../bridge/features.js';
import { loadDictionary } from '../bridge/dictionary.js';
import { mostlyAdjective, nounSenseName } from '../bridge/wordnet.js';
import type { QuantityFact } from '../facts/quantities.js';
import { restatementsOf, type DateFact, type TimeFact } from '../facts/dates.js';
import type { SentenceFacts } from './facts.js';
import { tallyRoles, TALLY_MEASURES } from './tally.js';

export type SlotFact = QuantityFact | DateFact | TimeFact;

export interface FactSlot {
  /** Index of the sentence in the corpus, and the fact. */
  sentence: number;
  fact: SlotFact;
  kind: 'quantity' | 'date' | 'time';
  slot: MeasureSlot;
  /** For a figure read within its two-sentence claim: the measure its own words give, when they name one. */
  named?: string;
  /**
   * For a date: whether it is of the story's own time or years before or after it ("in October 1998",
   * "by 2030"), by its article's publication year. Dates of two eras are not one event's.
   */
  era?: 'past' | 'current' | 'future';
  /** Read across the story only if no article gives two values for its slot (see `buildFactSheet`). */
  tentative?: boolean;
  /**
   * For a toll or an outcome: who it counts, when its own noun names a group ("injuring two firefighters",
   * "blessant deux pompiers"), as an English lemma, or as the concept a noun that is a measure names
   * ("pompiers": rescuers). A part of the toll where the article gives a larger one without the group
   * (`subjectsOfGroups`).
   */
  counted?: string;
  /** For a count of things: its noun has no English word (`count-of:` keyed by its own spelling). */
  unglossed?: boolean;
  /**
   * For a count of things in French or Italian: every English word the dictionary and the bridge give its
   * noun ("billets": ticket, bill, note), for the story to key it as its other articles do
   * (`keyCountsAlike`, which reads them as keys only where it needs to).
   */
  senses?: string[];
  /** A word of growth or of "by now" in the figure's clause (`LanguagePack.growthWords`). */
  growing?: boolean;
  /**
   * A figure whose words say only its kind, offered for pairing across the story by the words around it
   * (`src/stages/figure-context.ts`); left out of the fact sheet unless paired.
   */
  loose?: boolean;
  /** For a time: the instants it may stand for, read with its article's date and the story's local time. */
  instants?: Array<{ minutes: number; zone: string }>;
  /** For a time: the one day its sentence gives (`2026-11-19`), when it gives one. */
  day?: string;
  /**
   * For a figure: the span of time, in days, its clause counts it over ("312 mm of rain in 72 hours": 3;
   * "en trois jours"). Figures counted over two different spans are two facts.
   */
  over?: number;
  /** In a claim row, a value its sentence gives as an earlier one ("up from 14"): it may meet, never contradict. */
  earlier?: boolean;
  /** In a claim row, a value its sentence gives as a part of another ("dont 640 millions"): it may meet, never contradict. */
  part?: boolean;
  /**
   * For a figure: the one clock time of its clause ("stood at 6.2 metres at 0600 GMT"), and the instants
   * it may stand for (`placeInTime`). Two readings at times that do not meet are of two moments.
   */
  clock?: TimeFact;
  clockInstants?: Array<{ minutes: number; zone: string }>;
  /**
   * For a figure: the one moment of the day its sentence names ("at the close", "a metà pomeriggio";
   * `LanguagePack.momentWords`), and else the one clock time of its sentence, which dates a reading when
   * set against a named moment ("down 3.2% at 12:30 local time, wiping …").
   */
  moment?: string;
  momentClock?: TimeFact;
}

/** A word of the sentence with offsets relative to the sentence text. */
interface Word {
  folded: string;
  start: number;
  end: number;
  /** Index of the clause it belongs to. */
  clause: number;
}

/** How many words may lie between a figure and the place it is about ("12 people died in the capital"). */
const PLACE_REACH = 5;
/** How far from the number a concept word is looked for, in words. */
const WINDOW = 6;
const EARLIER: ReadonlySet<string> = new Set(['earlier']);
/** Periods that say how often, not when. */
const FREQUENCIES: ReadonlySet<string> = new Set(['yearly', 'monthly', 'weekly', 'daily', 'hourly', 'fortnightly']);
/** How far back a cue of a secondary event reaches over words with no other figure, in words. */
const STRETCH = 24;
/** How far before an until word and its date a closure's word may be, in characters ("will remain shut until"). */
const CLOSURE_REACH = 60;
/** How far from a date or time its event word may be, in words. */
const EVENT_WINDOW = 8;
/** Events that make a thing (a ship built, a company founded, a line opened): their year is the thing's, not its figures'. */
const MAKING_EVENTS: ReadonlySet<string> = new Set(['construction', 'founding', 'opening', 'completion']);

/**
 * Which concepts can refine a fact of each category: a concept word near a distance makes it a depth
 * or a height, never a death toll. Concept ids are shared by every language pack.
 */
const REFINABLE: Record<string, ReadonlySet<string>> = {
  distance: new Set(['depth', 'distance', 'length', 'width', 'height', 'altitude', 'rainfall']),
  money: new Set(MONEY_CONCEPTS),
  // A share near "revenue" is its growth or a margin, not the revenue: only what a share can be.
  percent: new Set(['turnout', 'votes', 'in favour', 'growth', 'premium', 'deficit', 'level', 'unemployment', 'inflation', 'jobs cut', 'cases', 'deaths', 'injured', 'evacuated', 'displaced', 'missing']),
  // (a median wait and an average one are two measures of one list: never one figure misstated)
  duration: new Set(['sentence', 'age', 'ban', 'contract', 'median', 'average']),
  people: new Set(['deaths', 'injured', 'seriously injured', 'missing', 'trapped', 'without power', 'evacuated', 'displaced', 'rescued', 'rescuers', 'hospitalised', 'arrested', 'passengers', 'aboard', 'votes', 'seats', 'users', 'subscribers', 'customers', 'employees', 'jobs', 'jobs cut', 'population', 'residents', 'cases']),
};
REFINABLE.count = REFINABLE.people!;
// Hectares of what: burnt, flooded, crops lost. An area with none of them is compared within its claim.
REFINABLE.area = new Set(['burnt', 'crops', 'flooded']);
// An amount per month or per year is of what money is ("€240 a month" of a pay rise, "€180m a day" of a cost).
REFINABLE.rate = new Set([...REFINABLE.money!, 'growth']);
/** What a growth rate can be of. */
const GROWN: ReadonlySet<string> = new Set(['revenue', 'profit', 'loss', 'price', 'users', 'subscribers', 'customers', 'spending', 'employees', 'jobs', 'cases', 'population', 'votes']);
const SERIOUS: ReadonlySet<string> = new Set(['seriously injured']);
/** What a speed can be of, story-wide: a vehicle's travel, or a limit. */
const SPEEDS: ReadonlySet<string> = new Set(['travel speed', 'speed limit']);
/** Concepts that say what happened to the people counted. */
const OUTCOMES: ReadonlySet<string> = new Set(['deaths', 'injured', 'seriously injured', 'missing', 'trapped', 'without power', 'evacuated', 'displaced', 'rescued', 'hospitalised', 'arrested', 'jobs cut']);
/** Outcomes, and who was aboard: the nearer of them says what a count of people is. */
const OUTCOMES_OR_ABOARD: ReadonlySet<string> = new Set([...OUTCOMES, 'aboard']);
/** The outcomes that may befall jobs. */
const JOB_OUTCOMES: ReadonlySet<string> = new Set(['jobs cut']);
/** Units that name the measure themselves. */
const UNIT_MEASURES: Record<string, string> = { killed: 'deaths', injured: 'injured' };

interface ConceptTable {
  exact: Map<string, string>;
  prefixes: Array<[string, string]>;
  /** Entries of several words, matched on the folded clause text. */
  phrases: Array<[string, string]>;
}

function conceptTable(entries: Record<string, string>): ConceptTable {
  const table: ConceptTable = { exact: new Map(), prefixes: [], phrases: [] };
  for (const [word, concept] of Object.entries(entries)) {
    const key = fold(word);
    if (/[\s']/.test(key.replace(/\*$/, ''))) table.phrases.push([key.replace(/\*$/, ''), concept]);
    else if (key.endsWith('*')) table.prefixes.push([key.slice(0, -1), concept]);
    else table.exact.set(key, concept);
  }
  table.prefixes.sort((a, b) => b[0].length - a[0].length);
  return table;
}

const ofTotalOf = perPack((pack: LanguagePack) => new Set(pack.ofTotalWords.map(fold)));

/** Words of time ("in the night", "nel pomeriggio", "en mars"): no place. */
export const timeWordsOf = perPack((pack: LanguagePack) => new Set([...pack.dayParts, ...pack.weekdays, ...Object.keys(pack.months), ...Object.keys(pack.timeUnits), ...Object.keys(pack.relativeDates)].map(fold)));

const determinersOf = perPack((pack: LanguagePack) => new Set(pack.determiners.map(fold)));
/** "one" and up to two words, then a ratio word, ending the words before a number ("un habitant sur"). */
const ratioBeforeOf = perPack((pack: LanguagePack) => {
  const ones = [...Object.entries(pack.numberWords).filter(([, v]) => v === 1).map(([k]) => fold(k)), '1'];
  return new RegExp(`(?:^|[\\s'’])(?:${alternation(ones)})(?:\\s+[\\p{L}'’-]+){0,2}\\s+(?:${alternation(pack.ratioWords.map(fold))})\\s*$`, 'u');
});
const ratingWordsOf = perPack((pack: LanguagePack) => new Set(pack.ratingWords.map(fold)));
/** An until word ending the words before a date, or before one weekday ("jusqu'au jeudi", "until Wednesday"). */
const untilBeforeOf = perPack((pack: LanguagePack) => new RegExp(`(?:^|[\\s'’])(?:${alternation(pack.untilWords.map(fold))})(?:\\s+\\p{L}+)?$`, 'u'));
/** A bound word ending the words before a date: "built before 1990", "construits avant 1990" (`boundWords`). */
const boundBeforeOf = perPack((pack: LanguagePack) => new RegExp(`(?:^|[\\s'’])(?:${alternation(pack.boundWords.map(fold))})$`, 'u'));
/** The singular indefinite articles: a pack's determiners that are also its indefinite articles ("a", "une", "uno"). */
const indefinitesOf = perPack((pack: LanguagePack) => new Set(pack.indefiniteArticles.map(fold).filter((w) => determinersOf(pack).has(w))));

const partCuesOf = perPack((pack: LanguagePack) => pack.partCues.map(fold).sort((a, b) => b.length - a.length));

/** The words that join a place's apposition to its figure: "a town of", "une ville de", "cittadina di" (elided "d'" too). */
const apposedOf = perPack((pack: LanguagePack) => new Set(pack.fractions.of.map((w) => fold(w).replace(/['’]$/u, ''))));

const placePrepositionsOf = perPack((pack: LanguagePack) => new Set(pack.placePrepositions.map(fold)));
const namePrepositionsOf = perPack((pack: LanguagePack) => new Set(pack.placeNamePrepositions.map(fold)));
/** Ordinal cues, which need an event word beside them, and of those the cues of one more occurrence. */
const ordinalsOf = perPack((pack: LanguagePack) => ({ again: new Set(pack.againWords.map(fold)), ordinals: new Set([...pack.ordinalWords, ...pack.againWords].map(fold)) }));

/** A threshold before a figure: a quantifier, up to three words (its noun), a comparative, the figure. */
const thresholdOf = perPack((pack: LanguagePack) => {
  const { quantifiers, comparatives } = pack.thresholds;
  return new RegExp(`(?:^|[\\s'’])(?:${alternation(quantifiers.map(fold))})\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${alternation(comparatives.map(fold))})(?:\\s+[\\p{L}'’]+)?\\s*$`, 'u');
});

/** A pack's moment words, folded, longest first: phrases are matched before the words inside them. */
const momentsOf = perPack((pack: LanguagePack) => Object.entries(pack.momentWords).map(([w, m]) => [fold(w), m] as const).sort((a, b) => b[0].length - a[0].length));
/** Moments of a trading session: what a price or a share moved by, not a toll or a count. */
const SESSION_MOMENTS: ReadonlySet<string> = new Set(['open', 'close']);

/** The first place `phrase` stands in `folded` at or after `from` as whole words, or -1. */
function phraseIndex(folded: string, phrase: string, from: number): number {
  for (let at = folded.indexOf(phrase, from); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const edgeBefore = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!);
    const edgeAfter = at + phrase.length >= folded.length || !/[\p{L}\p{N}]/u.test(folded[at + phrase.length]!);
    if (edgeBefore && edgeAfter) return at;
  }
  return -1;
}

/** The one moment of the day a sentence names, if it names exactly one. */
function momentOf(folded: string, pack: LanguagePack): string | undefined {
  const found = new Set<string>();
  const taken: Array<[number, number]> = [];
  for (const [phrase, moment] of momentsOf(pack)) {
    for (let from = phraseIndex(folded, phrase, 0); from >= 0; from = phraseIndex(folded, phrase, from + 1)) {
      const to = from + phrase.length;
      if (taken.some(([x, y]) => from < y && to > x)) continue;
      taken.push([from, to]);
      found.add(moment);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const tablesOf = perPack((pack: LanguagePack) => ({
  measures: conceptTable(pack.measureWords),
  events: conceptTable(pack.eventWords),
  secondary: conceptTable(pack.secondaryEventWords),
  periods: conceptTable(pack.periodWords),
  growth: conceptTable(Object.fromEntries(pack.growthWords.map((w) => [w, 'growth']))),
}));

function lookUp(table: ConceptTable, word: string): string | undefined {
  const exact = table.exact.get(word);
  if (exact) return exact;
  for (const [prefix, concept] of table.prefixes) if (word.startsWith(prefix) && word.length > prefix.length - 1) return concept;
  // An elided article stays on its word ("l'affluenza", "d'utilisateurs"): the word is what follows it.
  const apostrophe = Math.max(word.lastIndexOf("'"), word.lastIndexOf('’'));
  return apostrophe > 0 && apostrophe < 4 ? lookUp(table, word.slice(apostrophe + 1)) : undefined;
}

const cleftPatternsOf = perPack((pack: LanguagePack) => ({
  before: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(pack.cleftTimes.before.map(fold))})\\s*$`, 'u'),
  // (past the time's zone and the commas around it: "Il était 14h42, heure locale, lorsque")
  after: new RegExp(`^[^.;!?]{0,30}?(?<![\\p{L}])(?:${alternation(pack.cleftTimes.after.map(fold))})(?![\\p{L}])`, 'u'),
}));
/** Words after a cleft's "when" its event word is looked for in, across an apposition. */
const CLEFT_WINDOW = 24;

/**
 * The event of a time told as a cleft, "Erano le 4.40 ora italiana quando la Calyra Star, una delle
 * portacontainer più grandi al mondo, si è incagliata": the first event word or phrase of the stretch its
 * "when" opens, however far past an apposition; undefined for a time not so told.
 */
function cleftEvent(at: { start: number; end: number }, folded: string, words: readonly Word[], events: ConceptTable, pack: LanguagePack): string | undefined {
  const patterns = cleftPatternsOf(pack);
  if (!patterns.before.test(folded.slice(Math.max(0, at.start - 40), at.start))) return undefined;
  const when = patterns.after.exec(folded.slice(at.end));
  if (!when) return undefined;
  const from = at.end + when[0].length;
  const opening = words.find((w) => w.start >= from);
  if (!opening) return undefined;
  // (the nearest from the "when" onwards is the first: every word looked at comes after it)
  return nearest(events, words.filter((w) => w.start >= from), folded, { start: from, end: from, clause: opening.clause }, CLEFT_WINDOW);
}

/** The nearest word (or phrase) of `table` to [start, end) in the same clause, within `window` words. */
function nearest(table: ConceptTable, words: readonly Word[], folded: string, at: { start: number; end: number; clause: number }, window: number, allowed?: ReadonlySet<string>): string | undefined {
  let best: { concept: string; distance: number } | undefined;
  const before = words.filter((w) => w.end <= at.start);
  const after = words.filter((w) => w.start >= at.end);
  const consider = (concept: string | undefined, distance: number, clause: number) => {
    if (!concept || clause !== at.clause || distance > window) return;
    if (allowed && !allowed.has(concept)) return;
    // The word after the number ("45 morts") wins a tie with the one before.
    if (!best || distance < best.distance) best = { concept, distance };
  };
  after.forEach((w, i) => consider(lookUp(table, w.folded), i + 0.5, w.clause));
  before.reverse().forEach((w, i) => consider(lookUp(table, w.folded), i + 1, w.clause));
  for (const [phrase, concept] of table.phrases) {
    for (let from = phraseIndex(folded, phrase, 0); from >= 0; from = phraseIndex(folded, phrase, from + 1)) {
      const inside = words.filter((w) => w.start >= from && w.end <= from + phrase.length);
      if (inside.length === 0) continue;
      // (a phrase that ends inside a hyphened word is not that phrase: "a year-long trial" is no "a year")
      if (/^-\p{L}/u.test(folded.slice(from + phrase.length)) || /\p{L}-$/u.test(folded.slice(0, from))) continue;
      const distance = from >= at.end ? words.filter((w) => w.start >= at.end && w.start < from).length + 0.5 : words.filter((w) => w.end <= at.start && w.start >= from + phrase.length).length + 1;
      consider(concept, distance, inside[0]!.clause);
    }
  }
  return best?.concept;
}

/** Clause breaks: punctuation that closes a clause. Commas too: "killed 12, injured 40". */
// A comma between digits is part of a number ("977,560", "7,8"), and a colon of a time ("16:40").
const CLAUSE_BREAK = /[;()[\]—–]|(?<!\d)[,:]|[,:](?!\d)|\s-\s/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Wider parts of a sentence, for what holds for a whole stretch of it (an event, a year): no commas. */
const PART_BREAK = /[;()[\]—–]|(?<!\d):|:(?!\d)|\s-\s/gu;

/** The stretch a secondary-event cue reaches over: a colon opens what the cue's clause announces. */
const CUE_BREAK = /[;()[\]—–]|\s-\s/gu;

/** The stretch of its sentence a fact sits in (semicolons, brackets and dashes close one): how many breaks come before it. */
export function stretchAt(sentenceText: string, position: number): number {
  return clauseIndex(breaksOf(sentenceText, CUE_BREAK), position);
}

/** Whether `text` ends with the words `cue` (not inside a longer word). */
function endsWithWord(text: string, cue: string): boolean {
  return text.endsWith(cue) && !/\p{L}/u.test(text.charAt(text.length - cue.length - 1) || ' ');
}

/** Positions of the breaks of `text`, in order. */
function breaksOf(text: string, breaks: RegExp): number[] {
  return [...text.matchAll(breaks)].map((m) => m.index);
}

/** The index of the clause `position` falls in: how many breaks come before it. */
function clauseIndex(breaks: readonly number[], position: number): number {
  let n = 0;
  while (n < breaks.length && breaks[n]! < position) n += 1;
  return n;
}

function wordsOf(text: string, breaks: readonly number[]): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) words.push({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length, clause: clauseIndex(breaks, m.index) });
  return words;
}

const englishOf = new Map<LanguageCode, (word: string, exact: boolean) => string | undefined>();

/**
 * The English words a counted noun is, most likely first: in English itself and its singulars, in French or
 * Italian the dictionary's first sense or `glossed`, Apertium's gloss in its sentence (see `englishWordOf`);
 * none when neither has the word.
 */
function englishWordsOf(word: string, language: LanguageCode, raw?: string, glossed?: string): string[] {
  if (language === 'en') return [word, ...singularsOf(word, LANGUAGE_PACKS.en)];
  const sense = englishWordOf(word, language, raw, glossed);
  return sense ? [sense] : [];
}

/**
 * An English stem for a counted noun: itself in English, its first dictionary sense in French or Italian,
 * else its singular (a cognate stems as its English twin does: "satelliti", "satellites" → "satellit").
 */
function englishNoun(word: string, language: LanguageCode, raw?: string, english = englishWordsOf(word, language, raw)): string {
  // (an English plural WordNet does not list stems as the singular it lists does: "wolves" as "wolf")
  const listed = language === 'en' && nounSenseName(word) === undefined ? english.find((w) => w !== word && nounSenseName(w) !== undefined) : undefined;
  return englishStem(listed ?? english[0] ?? singularsOf(word, LANGUAGE_PACKS[language])[0] ?? word);
}

/**
 * What a count counts, as one key for synonyms: its English noun by the word that names the noun's most
 * frequent WordNet sense ("famiglie" → family, "households" → family), stemmed; else `englishNoun`'s stem.
 */
function countedKey(word: string, language: LanguageCode, raw?: string, english = englishWordsOf(word, language, raw)): string {
  const stem = englishNoun(word, language, raw, english);
  // (a singular that is another word is not this one: only the forms that stem as the noun does)
  for (const candidate of english) {
    if (englishStem(candidate) !== stem) continue;
    const named = nounSenseName(candidate);
    if (named) return englishStem(named);
  }
  return stem;
}

/** Whether the bilingual dictionary lists a French or Italian word, or a singular of it, as it is written. */
function inDictionary(word: string, language: LanguageCode): boolean {
  if (language === 'en') return false;
  const dictionary = loadDictionary(language);
  return !!dictionary && [word, ...singularsOf(word, LANGUAGE_PACKS[language])].some((w) => dictionary.has(w));
}

/**
 * The English word the dictionary gives a French or Italian noun, folded; else `glossed` (Apertium's gloss
 * of the word in its sentence), which goes before a dictionary word found only by its stem ("branchi" is a
 * pack, not the "branchia" of the gills); undefined when there is none.
 */
function englishWordOf(word: string, language: LanguageCode, raw?: string, glossed?: string): string | undefined {
  let find = englishOf.get(language);
  if (!find) {
    const dictionary = loadDictionary(language);
    const stem = LANGUAGE_PACKS[language].stem;
    const byStem = new Map<string, string>();
    if (dictionary) for (const [head, senses] of dictionary) if (senses[0] && !byStem.has(stem(head))) byStem.set(stem(head), senses[0]);
    find = (w, exact) => {
      const sense = dictionary?.get(w)?.[0] ?? (exact ? undefined : byStem.get(stem(w)));
      return sense?.split(/\s+/).pop();
    };
    englishOf.set(language, find);
  }
  // The dictionary keeps accents ("véhicule"): the word as written first, then folded, then as a
  // singular ("satelliti" → "satellite").
  const singulars = singularsOf(word, LANGUAGE_PACKS[language]);
  const look = (exact: boolean) => (raw ? find(raw.toLowerCase(), exact) : undefined) ?? find(word, exact) ?? singulars.map((w) => find(w, exact)).find((s) => s !== undefined);
  const sense = look(true) ?? (glossed ? undefined : look(false));
  if (sense) return fold(sense);
  // (a cognate the dictionary lacks, by its regular spelling in English: "pazienti" → "patient")
  return glossed ?? [word, ...singulars].flatMap((w) => cognateSpellings(w, LANGUAGE_PACKS[language])).find((w) => nounSenseName(w) !== undefined);
}

interface SentenceView {
  text: string;
  words: Word[];
  folded: string;
  pack: LanguagePack;
  language: LanguageCode;
  /** The words with their wider parts (no commas) as clauses, and the part of a position. */
  wide: Word[];
  partAt: (position: number) => number;
  /** English glosses of a French or Italian sentence's words through Apertium, by the word as written, lower-cased. */
  glosses?: Readonly<Record<string, readonly string[]>>;
  /** The sentence's quantities, in its own positions. */
  figures: ReadonlyArray<{ start: number; end: number }>;
}

/** The English words of a sentence's word, Apertium's gloss of it in its sentence at hand. */
function englishWordsIn(view: SentenceView, word: Word): string[] {
  const raw = view.text.slice(word.start, word.end);
  const glossed = view.language === 'en' ? undefined : view.glosses?.[raw.toLowerCase()]?.[0];
  return englishWordsOf(word.folded, view.language, raw, glossed === undefined ? undefined : fold(glossed));
}

/**
 * Every English word a French or Italian noun may be: Apertium's glosses of it in its sentence, then each
 * sense the dictionary lists for it as written or as a singular ("billets": ticket, bill, note).
 */
function sensesOf(view: SentenceView, word: Word): string[] {
  const raw = view.text.slice(word.start, word.end);
  const dictionary = loadDictionary(view.language);
  const written = [raw.toLowerCase(), word.folded, ...singularsOf(word.folded, view.pack)];
  const english = [
    ...(view.glosses?.[raw.toLowerCase()] ?? []),
    ...written.flatMap((w) => dictionary?.get(w) ?? []),
  ].map((sense) => fold(sense.split(/\s+/).pop() ?? '')).filter((w) => /^\p{L}{3,}$/u.test(w));
  return [...new Set(english)];
}

/**
 * Counts of one thing keyed alike across the story: a French or Italian count whose key no English article
 * uses takes the first of its senses' keys that one does ("31,2 millions de billets", keyed by the
 * dictionary's first sense, "bill", is the "31.2 million tickets" of an English article); failing that, where
 * no article of another language uses its key either, the first that one does.
 */
export function keyCountsAlike(slots: readonly FactSlot[], languageOf: (slot: FactSlot) => LanguageCode): void {
  const languagesOf = new Map<string, Set<LanguageCode>>();
  for (const slot of slots) {
    if (slot.kind !== 'quantity' || !slot.slot.measure.startsWith('count-of:')) continue;
    const key = slot.slot.measure.slice('count-of:'.length);
    languagesOf.set(key, (languagesOf.get(key) ?? new Set()).add(languageOf(slot)));
  }
  const usedElsewhere = (key: string, language: LanguageCode) => [...(languagesOf.get(key) ?? [])].some((l) => l !== language);
  const usedInEnglish = (key: string) => languagesOf.get(key)?.has('en') === true;
  // (each English word's key, read once and only for a count whose own key needs another)
  const keys = new Map<string, string>();
  const keyOf = (word: string) => keys.get(word) ?? (keys.set(word, countedKey(word, 'en')), keys.get(word)!);
  for (const slot of slots) {
    if (!slot.senses || !slot.slot.measure.startsWith('count-of:')) continue;
    const language = languageOf(slot);
    const key = slot.slot.measure.slice('count-of:'.length);
    // (English words first: "billets" and "biglietti" both keyed "bill" still meet the English "tickets")
    if (usedInEnglish(key)) continue;
    const senses = [...new Set(slot.senses.map(keyOf))];
    const other = senses.find(usedInEnglish) ?? (usedElsewhere(key, language) ? undefined : senses.find((k) => usedElsewhere(k, language)));
    if (other) slot.slot = { ...slot.slot, measure: `count-of:${other}` };
  }
}

/** Concept words inside the fact's own words ("500 million users", "45 morts"). */
function ownConcept(table: ConceptTable, view: SentenceView, at: { start: number; end: number }, allowed?: ReadonlySet<string>): string | undefined {
  for (const w of view.words) {
    if (w.start < at.start || w.end > at.end) continue;
    const concept = lookUp(table, w.folded);
    if (concept && (!allowed || allowed.has(concept))) return concept;
  }
  return undefined;
}

/**
 * The concept a sentence opens with, when its first figure is what it states: "Turnout in the ballot, which
 * closed on January 14, was 64%" (turnout, not the votes of the ballot nearer to it); "La participation au
 * scrutin a atteint 62 %". Only the first noun (after its determiners) of the sentence, or of the part after a
 * semicolon the figure is in, and only for the first figure after it.
 */
function headConcept(table: ConceptTable, view: SentenceView, at: { start: number; end: number }, allowed: ReadonlySet<string>): string | undefined {
  const determiners = determinersOf(view.pack);
  // (the figure's part is a sentence of its own after a semicolon: "…; l'attesa media … sale a 27,4 settimane")
  const part = view.partAt(at.start);
  // (an elided article, "L'attesa", is read as its word "l")
  const headAt = view.words.findIndex((w) => view.partAt(w.start) === part && !determiners.has(w.folded) && !determiners.has(`${w.folded}'`));
  const head = view.words[headAt];
  if (!head || head.end > at.start) return undefined;
  // (or the word right after it, an adjective after its noun: "Le délai médian … est de 19 semaines")
  const next = view.words[headAt + 1];
  const concept = [lookUp(table, head.folded), next && next.clause === head.clause && next.end <= at.start ? lookUp(table, next.folded) : undefined].find((c) => c && allowed.has(c));
  if (!concept) return undefined;
  // (a date between is no figure: "which closed on January 14")
  return view.figures.some((f) => f.start >= head.end && f.end <= at.start) ? undefined : concept;
}

/** What kind of duration: one that recurs ("every two weeks"), a delay ("within a month"), or a span. */
function durationKind(view: SentenceView, at: { start: number; end: number }): string | undefined {
  const cues = cueTableOf(view.pack);
  const own = fold(view.text.slice(at.start, at.end));
  const tables = tablesOf(view.pack);
  if (tables.periods.exact.has(own)) return 'frequency';
  const before = view.folded.slice(Math.max(0, at.start - 24), at.start).trim();
  const after = view.folded.slice(at.end, at.end + 16).trim();
  for (const [cue, kind] of cues) {
    if (endsWithWord(before, cue)) return kind;
    if (own.startsWith(`${cue} `)) return kind;
    if (after.startsWith(cue) && !/[\p{L}]/u.test(after.charAt(cue.length) || ' ')) return kind;
  }
  return undefined;
}

const cueTableOf = perPack((pack: LanguagePack) => Object.entries(pack.durationCues).map(([cue, kind]) => [fold(cue), kind] as [string, string]).sort((a, b) => b[0].length - a[0].length));

/** A measure's kind, without what refines it: `percent` of `percent:unemployment`. */
function measureKind(measure: string | undefined): string | undefined {
  return measure?.split(':')[0];
}

/** Measures that a party or a person holds: their subject is whose they are (any name), not a place. */
const HELD_MEASURES = new Set(['votes', 'votes against', 'seats', 'percent', 'percent:votes', 'users', 'subscribers', 'customers', 'employees', 'age', 'sentence', 'ban']);

/** Held measures that a story states of its own subject without naming it: "the platform claims 184m users". */
const ORGANISATION_MEASURES = new Set(['users', 'subscribers', 'customers', 'employees']);

/** Whether a measure ("votes", "duration:sentence", "percent:votes") is held by someone. */
function isHeld(measure: string): boolean {
  return HELD_MEASURES.has(measure) || HELD_MEASURES.has(measure.slice(measure.indexOf(':') + 1));
}

/**
 * Measures that name only a kind of quantity, not what is counted: an area until a word says of what
 * (burnt, flooded, crops); a price or a value, for a deal has an offer price, a closing price, a market
 * value and a deal value.
 */
/** The odds of a thing: a ratio that is a fact of the story, compared across it. */
const ODDS: ReadonlySet<string> = new Set(['odds']);

const GENERIC_MEASURES = new Set(['ratio', 'level', 'percent', 'duration', 'duration:frequency', 'duration:delay', 'duration:ago', 'rate', 'people', 'count', 'money', 'weight', 'temperature', 'distance', 'speed', 'area', 'residents', 'money:price', 'concentration', 'occurrences']);

const weekdaysOf = perPack((pack: LanguagePack) => pack.weekdays.map(fold));

/** The pack's word sets a sentence's reading asks of every figure, built once per pack. */
const sentenceWordsOf = perPack((pack: LanguagePack) => ({
  placeRelatives: new Set(pack.placeRelatives.map(fold)),
  changeOpeners: new Set(pack.changeOpeners.map(fold)),
  ambiguousOpeners: new Set(pack.ambiguousChangeOpeners.map(fold)),
  changeTargets: new Set(pack.changeTargets.map(fold)),
  weekdays: new Set(weekdaysOf(pack)),
  changeVerbs: pack.changeVerbs.map(fold),
  // (as words: "par rapport à" is three; "vs." is the word "vs")
  comparisonOpeners: pack.comparisonOpeners.map((o) => fold(o).split(/\s+/u).map((w) => w.replace(/\.$/u, ''))),
  /** Words of a period of a week or longer ("year", "mois", "anno"). */
  periodUnits: new Set(Object.entries(pack.timeUnits).filter(([, days]) => days >= 7).map(([word]) => fold(word))),
  /** Words that open another event after a date or time ("after", "après", "dopo"). */
  sequenceWords: pack.sequenceWords.map(fold),
  declaringVerbs: new Set(pack.declaringVerbs.map(fold)),
  prepositions: new Set(pack.prepositions.map(fold)),
  yearForWords: new Set(pack.yearForWords.map(fold)),
  /** The pack's age groups, global, matched on folded text. */
  ageGroups: (['under', 'over'] as const).flatMap((bound) => pack.ageGroups[bound].map((pattern) => ({ bound, pattern: new RegExp(pattern.source, 'gu') }))),
}));

/** Measures that change from one day to the next: a value of theirs says nothing of which day it is. */
const CHANGING = /^(deaths|injured|missing|trapped|hospitalised|evacuated|displaced|rescued|arrested|cases|people|population|votes|area|consecutive |duration|count-of:|claim:|without power)/;

/**
 * The one exact reading of a sentence that can tell its date: a figure written to a decimal, an amount
 * of money or a temperature ("47.3 °C", "€54m", "magnitude 6.8"), not hedged, not a part, and of a
 * measure that does not change by the day. `temperature 47.3 °C`, or undefined when there are none or
 * several.
 */
function readingOf(slots: readonly FactSlot[]): string | undefined {
  const readings = new Set<string>();
  for (const e of slots) {
    if (e.kind !== 'quantity' || e.slot.subject === 'part' || CHANGING.test(e.slot.measure)) continue;
    const q = e.fact as QuantityFact;
    // A span ("three-quarters of an hour") measures time between things, no reading of one day.
    if (q.category === 'duration' || q.category === 'streak') continue;
    // (a temperature may be under zero: "-24 °C")
    if (q.approximation || q.vague || !(Number.isFinite(q.value) && (q.value > 0 || (q.category === 'temperature' && q.value < 0)))) continue;
    if (!(q.category === 'money' || q.category === 'temperature' || !Number.isInteger(q.value))) continue;
    readings.add(`${q.category} ${Number(q.value.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 3 })}${q.unit ? ` ${q.unit}` : ''}`);
  }
  return readings.size === 1 ? [...readings][0] : undefined;
}

/** Words around a figure a growth word is looked for in. */
const GROWTH_WINDOW = 6;
/** Kinds of figure read across the story tentatively, as counts of one named thing are (see `buildRow`). */
const TENTATIVE_KINDS: ReadonlySet<string> = new Set(['weight', 'speed']);
/** Kinds of quantity a figure that names its measure is offered to the context pairing as. */
const LOOSE_CATEGORIES = new Set(['money', 'rate', 'distance', 'people', 'percent', 'area', 'weight', 'concentration']);
/** Kinds of figure offered to the context pairing: what one value of names one fact of a story. */
const LOOSE_MEASURES = new Set(['level', 'percent', 'money', 'money:price', 'weight', 'temperature', 'distance', 'speed', 'area', 'people', 'residents', 'rate', 'concentration', 'occurrences']);

function isSpecific(measure: string): boolean {
  return !GENERIC_MEASURES.has(measure) && !measure.startsWith('count-of:');
}

/** Unit words that count people in general: the figure says nothing more than "people". */
// (as written and as English stems: an English sentence's noun comes stemmed, "people" as "peopl")
const GENERIC_PEOPLE = new Set(['people', 'person', 'persons'].flatMap((w) => [w, englishStem(w)]));

/**
 * The words of the figure's own coordinate: a conjunction outside the figure's words ends it. "17
 * personnes ont perdu la vie et une trentaine sont portées disparues": the thirty are missing, not dead;
 * "killed 12 and injured 40": the 40 are injured.
 */
function coordinate(view: SentenceView, at: { start: number; end: number }): Word[] {
  const conjunctions = view.pack.conjunctions;
  // Read unfolded: Italian "è" (is) folds to the conjunction "e".
  const joins = view.words.filter((w) => (w.end <= at.start || w.start >= at.end) && conjunctions.includes(view.text.slice(w.start, w.end).toLowerCase()));
  const from = joins.filter((w) => w.end <= at.start).pop()?.end ?? 0;
  const to = joins.find((w) => w.start >= at.end)?.start ?? view.text.length;
  return view.words.filter((w) => w.start >= from && w.end <= to);
}

/** The measure of a quantity. */
function measureOf(q: QuantityFact, view: SentenceView, at: { start: number; end: number; clause: number }): string | undefined {
  const tables = tablesOf(view.pack);
  const scope = coordinate(view, at);
  // "9 seriously injured", "5 feriti gravi": a kind of the injured, not all of them.
  if (q.unit === 'injured' || (q.category === 'people' && !UNIT_MEASURES[q.unit])) {
    const grave = ownConcept(tables.measures, view, { start: at.start, end: Math.min(view.text.length, at.end + 30) }, SERIOUS) ?? nearest(tables.measures, scope, view.folded, at, 3, SERIOUS);
    if (grave) return grave;
  }
  if (UNIT_MEASURES[q.unit]) return UNIT_MEASURES[q.unit];
  if (q.category === 'streak') return `consecutive ${q.unit}s`;
  if (q.category === 'duration') {
    // "Tomas Verel, 41 ans," / "Verel, 41, ": a number of years set after a name is an age; so is "64-year-old".
    // (years: "Mirela Dunca, 148 minuti di saga familiare" states no age)
    if ((NAME_BEFORE.test(view.text.slice(Math.max(0, at.start - 40), at.start)) && q.value >= 365) || /-old$/i.test(q.text)) return 'age';
    if (view.pack.ageWordSuffixes?.some((x) => fold(q.text).endsWith(x))) return 'age';
    const kind = durationKind(view, at);
    // (or the noun its sentence opens with: "L'attesa mediana, cioè il valore che divide a metà i pazienti, è di 19 settimane")
    const refined = ownConcept(tables.measures, view, at, REFINABLE.duration) ?? nearest(tables.measures, scope, view.folded, at, WINDOW, REFINABLE.duration) ?? headConcept(tables.measures, view, at, REFINABLE.duration!);
    // "jailed for seven and a half years" is a prison sentence before it is a span.
    if (refined) return `duration:${refined}`;
    // "un cittadino italiano di 41 anni", "un homme de 41 ans", "aged 41": a whole number of years right
    // after an age cue, with nothing to say what else the span is, is an age.
    const before = view.folded.slice(Math.max(0, at.start - 24), at.start).trim();
    // (not a hedged span: "pene detentive di oltre 10 anni" is a sentence, not an age)
    // (nor a span a figure is counted over: "nell'arco di tre anni")
    if (!kind && !q.approximation && q.value >= 365 && q.value % 365 === 0 && ageCuesOf(view.pack).some((c) => endsWithWord(before, c)) && !spanBeforeOf(view.pack).test(before)) return 'age';
    return kind ? `duration:${kind}` : 'duration';
  }
  // "Radko Imrek, 58, a shift foreman": a whole number between commas right after a name is the age of
  // who it names, news style in all three languages.
  if (q.category === 'count' && isApposedAge(q, view, at)) return 'age';
  if (q.category === 'count' || q.category === 'people') {
    const before = view.folded.slice(Math.max(0, at.start - 30), at.start).replace(/\s+/g, ' ').trim();
    const after = ` ${view.folded.slice(at.end, at.end + 20).split(/[\s,;.:!?)]+/).filter(Boolean).slice(0, 3).join(' ')} `;
    // "208 votes to 171", "208 voix contre 171", "174 contrari": the votes against; a cue followed by
    // another number names that number's opposite ("208 voix contre 171").
    const { before: cuesBefore, after: cuesAfter } = againstOf(view.pack);
    // (people counted by their own noun and a word after the cue are for or against something else:
    // "vaccinated 386,000 people against measles", "2,000 people against the reform")
    const followed = (cue: string) => after.startsWith(` ${cue} `) && !/^\s*[\p{N}]/u.test(after.slice(cue.length + 2)) && !view.pack.numberWords[after.slice(cue.length + 2).trim().split(' ')[0] ?? ''] && !(q.category === 'people' && /\p{L}/u.test(after.slice(cue.length + 2)));
    if (cuesBefore.some((c) => endsWithWord(before, c)) || cuesAfter.some(followed)) return 'votes against';
    // "a city of about 480,000 people": a place's population, whatever happened near it.
    if (populationCuesOf(view.pack).test(before)) return 'population';
    // "licensed to carry 450 passengers", "omologato per 450 passeggeri": what a ship, a hall or a plane
    // can hold, not how many it held.
    if (capacityCuesOf(view.pack).test(before)) return 'capacity';
  }
  // "some 70 km north of Mireval": a distance from a named place, whatever else the sentence measures.
  if (q.category === 'distance') {
    const from = distanceFrom(view, at, true);
    if (from) return `distance-from:${from}`;
  }
  // "nearly two metres above the alarm threshold": a margin over another figure, not a reading.
  if (isMargin(view, at)) return 'margin';
  // "the line climbs 850 metres", "plunged 27 metres": a length right after a verb of change is how far a
  // thing moved, not where it stands ("climbs to 1,840 metres"): a distance, whatever word is near.
  if (q.category === 'distance') {
    const previous = view.words.filter((w) => w.end <= at.start).pop();
    // (unless its own noun says what it measures: "Il est tombé 69 millimètres de pluie" is rainfall)
    if (previous && previous.clause === at.clause && /^\s*$/.test(view.text.slice(previous.end, at.start)) && view.pack.changeVerbs.some((v) => previous.folded.startsWith(fold(v)))) {
      // (its noun after a linker, "de pluie", "of rain"; not a word of where it went, "into deep snow")
      const noun = nounAfter(view, at, true);
      const linked = noun ? lookUp(tables.measures, noun.folded) : undefined;
      const own = ownConcept(tables.measures, view, at, REFINABLE.distance) ?? (linked && REFINABLE.distance!.has(linked) ? linked : undefined);
      return own ? `distance:${own}` : 'distance';
    }
  }
  // "un habitant sur sept", "one resident in seven": a ratio's, not a count of anything.
  // "Level 1 on the INES scale", "au niveau 1", "al livello 2", "a category 4 storm": a rating on a scale, read
  // in its claim and paired across the story by the words around it (a story may rate several things).
  if (q.category === 'count' && Number.isInteger(q.value) && q.value < 100) {
    const previous = view.words.filter((w) => w.end <= at.start).pop();
    if (previous && /^\s+$/u.test(view.text.slice(previous.end, at.start)) && ratingWordsOf(view.pack).has(previous.folded)) return 'level';
  }
  // (the odds of a thing, "the odds of winning the jackpot are 1 in 140 million", are one fact of the story)
  if ((q.category === 'count' || q.category === 'people') && (ratioBeforeOf(view.pack).test(view.folded.slice(Math.max(0, at.start - 40), at.start)) || ratioAfterOf(view.pack).test(view.folded.slice(at.end, at.end + 16)))) return nearest(tables.measures, view.wide, view.folded, { ...at, clause: view.partAt(at.start) }, STRETCH, ODDS) ?? 'ratio';
  // "tested 25 times during the season", "contrôlé 23 fois au cours de": how many times something
  // happened; not a multiple of something after it ("4.5 times the threshold", "quattro volte il limite").
  if (q.category === 'count' && isOccurrences(view, at)) return 'occurrences';
  const category = q.category === 'buildings' ? 'count' : q.category;
  const allowed = REFINABLE[category];
  // A bare number counts the noun right after it ("two helicopters", "38 millions de vidéos"), unless
  // that noun is itself a measure ("12 morts", "300 passagers").
  const counted = q.category === 'count' ? countedNoun(view, at) : undefined;
  if (counted) {
    // (a measure of several words opening at the noun: "260 posti di lavoro" are jobs, not posts)
    const phrase = tables.measures.phrases.find(([words]) => view.folded.startsWith(words, counted.start) && !/\p{L}/u.test(view.folded.charAt(counted.start + words.length)));
    const concept = lookUp(tables.measures, counted.folded) ?? phrase?.[1];
    // "killed 12 workers": who they are gives way to what happened to them; "two helicopters" stays.
    // (jobs are cut, not rescued or evacuated: "sauver 48 000 emplois" counts jobs)
    const outcome = !concept || !OUTCOMES.has(concept) ? nearest(tables.measures, scope, view.folded, at, concept ? WINDOW : 2, concept === 'jobs' ? JOB_OUTCOMES : OUTCOMES) : undefined;
    if (outcome) return outcome;
    if (concept && allowed?.has(concept)) return concept;
    // A name counted ("quatre Canadair") is the same word in every language: no dictionary for it.
    // ("14 Paesi", capitalised by Italian custom, are countries: a word the dictionary lists is no name)
    if (!concept) return `count-of:${/^\p{Lu}/u.test(view.text.slice(counted.start, counted.end)) && !inDictionary(counted.folded, view.language) ? counted.folded : countedKey(counted.folded, view.language, view.text.slice(counted.start, counted.end), englishWordsIn(view, counted))}`;
  }
  // (who was aboard, said nearer the figure than an outcome, is who was aboard: "14 people were killed and
  // 33 injured when a coach carrying 53 people fell")
  const outcome = category === 'people' || category === 'count' ? nearest(tables.measures, scope, view.folded, at, WINDOW, OUTCOMES_OR_ABOARD) : undefined;
  const refined = allowed ? (outcome ?? ownConcept(tables.measures, view, at, allowed) ?? headConcept(tables.measures, view, at, allowed) ?? nearest(tables.measures, scope, view.folded, at, WINDOW, allowed)) : undefined;
  if (q.category === 'buildings') return refined ?? `count-of:${q.unit}`;
  if (q.category === 'people') {
    if (refined) return refined;
    // "due cittadini", "300 residents": the counted noun is the measure; "people" alone says no more.
    const noun = view.words.filter((w) => w.start >= at.start && w.end <= at.end && /^\p{L}{3,}$/u.test(w.folded)).pop();
    const group = noun ? groupKey(view, noun) : undefined;
    return group ? `count-of:${group}` : 'people';
  }
  // A distance per unit of time is a speed, whatever words surround it ("roulait à 80 km/h"): of a
  // vehicle's travel ("travelling at", "viaggiava a"), a limit ("limited to 70 km/h"), or a kind left to
  // its claim (winds, gusts, a record).
  if (q.category === 'rate' && /^(km|m|mi)\//.test(q.unit)) {
    const kind = nearest(tables.measures, scope, view.folded, at, 3, SPEEDS);
    return kind ? `speed:${kind}` : 'speed';
  }
  // "a 9% rise, amounting to €240 a month": what an amount per month is may sit across a comma.
  if (q.category === 'rate' && !refined) {
    const across = nearest(tables.measures, view.wide, view.folded, { ...at, clause: view.partAt(at.start) }, WINDOW, allowed);
    if (across) return `rate:${across}`;
  }
  if (q.category === 'distance' && !refined) {
    // "38 km south-east of Kardos", "à 25 km de Lyon": a distance from a named place.
    const from = distanceFrom(view, at);
    if (from) return `distance-from:${from}`;
  }
  if (q.category !== 'count') return refined ? `${q.category}:${refined}` : q.category;
  return refined;
}

/**
 * The group a toll's own noun names, when the outcome is what the figure measures ("injuring two
 * firefighters", "blessant légèrement deux pompiers"): who they are, not a measure, nor people in general.
 */
function countedGroup(q: QuantityFact, measure: string, view: SentenceView, at: { start: number; end: number; clause: number }): { counted?: string } {
  if (!OUTCOMES.has(measure) || q.category !== 'count') return {};
  const noun = countedNoun(view, at);
  if (!noun) return {};
  // (a noun that is itself a measure names the group by its concept, "pompiers" as rescuers; "12 morts" none)
  const concept = lookUp(tablesOf(view.pack).measures, noun.folded);
  if (concept !== undefined) return OUTCOMES.has(concept) || concept === 'people' ? {} : { counted: concept };
  const group = groupKey(view, noun);
  return group ? { counted: group } : {};
}

/** A noun of people as the key of what it counts ("cittadini" → citizen), or undefined for people in general. */
function groupKey(view: SentenceView, noun: Word): string | undefined {
  const raw = view.text.slice(noun.start, noun.end);
  const words = englishWordsIn(view, noun);
  const english = englishNoun(noun.folded, view.language, raw, words);
  return GENERIC_PEOPLE.has(english) || GENERIC_PEOPLE.has(englishStem(english)) ? undefined : countedKey(noun.folded, view.language, raw, words);
}

/** A name and a comma right before a figure: "Tomas Verel, 41 ans", "Radko Imrek, 58,". */
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]+,\s*$/u;

/** Whether a bare number reads as an age set between commas after a name: "Brenna, 67, controlled…". */
function isApposedAge(q: QuantityFact, view: SentenceView, at: { start: number; end: number }): boolean {
  if (!Number.isInteger(q.value) || q.value < 14 || q.value > 110 || q.approximation || !/^\d+$/.test(q.text)) return false;
  return NAME_BEFORE.test(view.text.slice(Math.max(0, at.start - 40), at.start)) && /^\s*,/.test(view.text.slice(at.end));
}

/** An age read from a bare number ("Imrek, 58,"), as the years the duration reader gives "58 ans". */
function asYears(q: QuantityFact): QuantityFact {
  return { ...q, category: 'duration', unit: 'day', value: q.value * 365, low: (q.value - 0.49) * 365, high: (q.value + 0.49) * 365 };
}

/**
 * The name a distance is measured from, when a from-word and a capitalised name follow it closely;
 * `adjacent`: only right after it, over a word of direction at most ("70 km north of Mireval").
 */
function distanceFrom(view: SentenceView, at: { start: number; end: number }, adjacent = false): string | undefined {
  // (the name whole, wherever the reach ends: "the flag of Po|rvania" is no place "Po")
  const reach = at.end + 45 + (/^[\p{L}'’-]*/u.exec(view.text.slice(at.end + 45))?.[0].length ?? 0);
  const found = distanceFromOf(view.pack).exec(view.text.slice(at.end, reach));
  if (!found) return undefined;
  // (a conversion in brackets is the figure's own: "38 km (24 miles) south of Pradonne")
  const between = view.text.slice(at.end, at.end + found.index).replace(/^\s*\([^()]*\d[^()]*\)/u, '');
  if (adjacent && !/^[\s,]*(?:[\p{Ll}-]+\s*)?$/u.test(between)) return undefined;
  // A place the figure's own phrase is measured from, not one a later clause names: "The 264-metre Calyx
  // Meridian, sailing under the flag of Porvania".
  if (/[,;:()]/.test(between)) return undefined;
  return fold(found[1]!);
}

/** Whether a margin cue follows the figure and what comes after it is no datum ("above the alarm threshold", not "below the surface"). */
function isMargin(view: SentenceView, at: { start: number; end: number }): boolean {
  const { cues, datums } = marginsOf(view.pack);
  // "80 km/h, au-dessus de la vitesse autorisée": after a comma the cue says how the reading compares, and it stays a reading.
  if (!/^\s+\p{L}/u.test(view.text.slice(at.end, at.end + 3))) return false;
  const after = ` ${view.folded.slice(at.end, at.end + 60).replace(/[^\p{L}\s'-]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  const cue = cues.find((c) => after.startsWith(` ${c} `));
  if (!cue) return false;
  // The datum may follow its article ("below the surface", "au-dessus du niveau de la mer").
  const head = ` ${after.slice(cue.length + 2).split(' ').slice(0, 5).join(' ')} `;
  return !datums.some((d) => head.includes(` ${d} `));
}

const marginsOf = perPack((pack: LanguagePack) => ({ cues: pack.marginCues.map(fold).sort((a, b) => b.length - a.length), datums: pack.datumWords.map(fold) }));

/** A from-word and the name after it, longest words first. */
const distanceFromOf = perPack((pack: LanguagePack) => {
  // (over an article and a few words that say what the place is: "south of the regional capital Pradonne";
  // not "96 millimetres of rain on Orvale")
  const articles = pack.determiners.filter((w) => /^\p{L}+$/u.test(w));
  return new RegExp(`(?:^|\\s)(?:${alternation(pack.distanceFromWords)})\\s*(?:(?:${alternation(articles)})\\s+(?:[\\p{Ll}'’-]+\\s+){1,2}?)?(\\p{Lu}[\\p{L}'’-]+)`, 'u');
});

/** The noun a bare number counts: the word right after it, over one linking word ("millions de vidéos"). */
function countedNoun(view: SentenceView, at: { start: number; end: number; clause: number }): Word | undefined {
  const noun = nounAfter(view, at);
  // "four times", "quatre fois", "quattro volte": a multiple, nothing counted.
  if (noun && multiplierNounsOf(view.pack).has(noun.folded)) return undefined;
  // "Il a fixé à 74 le nombre de loups": a noun for a number counts what follows its "of".
  if (!noun || !countingNounsOf(view.pack).has(noun.folded)) return noun;
  return nounAfter(view, { start: noun.start, end: noun.end, clause: noun.clause }, true);
}

/** The noun a figure counts, right after it, over an adjective, or over "of" or an article; `linked`: only over "of". */
function nounAfter(view: SentenceView, at: { start: number; end: number; clause: number }, linked = false): Word | undefined {
  const after = view.words.filter((w) => w.start >= at.end).slice(0, 2);
  let [first, second] = after;
  // "Une cinquantaine d'invités": an elided "of" is read as a word of its own.
  const elided = first && splitElision(first.folded, view.pack);
  if (first && elided && elidedOfOf(view.pack).has(elided[0].replace(/’/gu, "'"))) [first, second] = [{ ...first, end: first.start + elided[0].length, folded: elided[0] }, { ...first, start: first.start + elided[0].length, folded: elided[1] }];
  if (!first || first.clause !== at.clause || first.start - at.end > 2) return undefined;
  const noun = (w: Word | undefined) => w && /^\p{L}{3,}$/u.test(w.folded) && !view.pack.stopwords.has(w.folded);
  // "Two Italian Canadair water bombers": of two capitalised words, the second is the name counted.
  const capital = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(view.text.slice(w.start, w.end));
  if (!linked && capital(first) && capital(second) && second!.clause === at.clause && /^\s+$/.test(view.text.slice(first.end, second!.start))) return second;
  // "12 small satellites", "three armed men": in a language that sets adjectives before nouns, a word
  // that is first of all an adjective gives way to the noun after it.
  if (!linked && noun(first) && view.pack.adjectivesBeforeNouns && mostlyAdjective(first.folded) && second && second.clause === at.clause && noun(second) && /^\s+$/.test(view.text.slice(first.end, second.start))) return second;
  // "48,000 Dalmoran jobs", "300 French tourists": a capitalised word before a common noun is whose they are.
  if (!linked && capital(first) && view.pack.adjectivesBeforeNouns && second && !capital(second) && second.clause === at.clause && noun(second) && /^\s+$/.test(view.text.slice(first.end, second.start))) return second;
  if (noun(first) && !linked) return first;
  // "38 millions de vidéos", "12 of the…": a word of "of" or an article between; not a verb ("All five
  // were back behind bars": nothing counted is "back").
  if ((countedLinksOf(view.pack).has(first.folded) || elidedOfOf(view.pack).has(first.folded)) && second && second.clause === at.clause && noun(second) && second.start - first.end <= 2) return second;
  return undefined;
}

const attributionCuesOf = perPack((pack: LanguagePack) => pack.prepositionalCues.map(fold));
const withWordsOf = perPack((pack: LanguagePack) => new Set(pack.withWords.map(fold)));
const multiplierNounsOf = perPack((pack: LanguagePack) => new Set(pack.multiplierNouns.map(fold)));

/**
 * Whether a number is a count of times: its multiplier noun right after it, then nothing more in its clause
 * or a preposition ("tested 25 times during the 2026 season", "25 times in 2026"), not a determiner ("4.5
 * times the threshold", "trois fois la limite", "three times a week").
 */
function isOccurrences(view: SentenceView, at: { start: number; end: number; clause: number }): boolean {
  const [noun, next] = view.words.filter((w) => w.start >= at.end).slice(0, 2);
  if (!noun || noun.clause !== at.clause || noun.start - at.end > 2 || !multiplierNounsOf(view.pack).has(noun.folded)) return false;
  if (!next || next.clause !== noun.clause) return true;
  return !determinersOf(view.pack).has(next.folded) && sentenceWordsOf(view.pack).prepositions.has(next.folded);
}
const countingNounsOf = perPack((pack: LanguagePack) => new Set(pack.countingNouns.map(fold)));
/** The elided words for "of" ("d'"), apostrophe straight. */
const elidedOfOf = perPack((pack: LanguagePack) => new Set(pack.fractions.of.map((w) => fold(w).replace(/’/gu, "'")).filter((w) => w.endsWith("'"))));
/** Words that may stand between a number and the noun it counts: "of", "de", "dei", an article. */
const countedLinksOf = perPack((pack: LanguagePack) => new Set([...pack.fractions.of, ...pack.ofTotalWords, ...pack.determiners].map(fold).filter((w) => pack.stopwords.has(w))));

const againstOf = perPack((pack: LanguagePack) => ({ before: pack.againstBefore.map(fold), after: pack.againstAfter.map(fold) }));
const partAfterOf = perPack((pack: LanguagePack) => pack.partAfterCues.map(fold));
/** A population cue ending the words before a figure, over one word ("a city of about"). */
const populationCuesOf = perPack((pack: LanguagePack) => new RegExp(`(?:^|\\s)(?:${alternation(pack.populationCues.map(fold))})(?:\\s+\\p{L}+)?$`, 'u'));
const ageCuesOf = perPack((pack: LanguagePack) => pack.ageCues.map(fold));
// (a year may stand inside the cue: "built in 1974 for 800 inmates", "costruito nel 1974 per 850 detenuti")
const capacityCuesOf = perPack((pack: LanguagePack) => new RegExp(`(?:^|\\s)(?:${alternation(pack.capacityCues.map(fold), '(?:\\s+\\p{L}+\\s+\\d{4},?)?\\s+')})$`, 'u'));
const incrementCuesOf = perPack((pack: LanguagePack) => pack.incrementCues.map(fold));

const unitWordsOf = perPack((pack: LanguagePack) => new Set([...Object.keys(pack.units), ...Object.keys(pack.scaleWords)].map(fold)));

/**
 * Whether a date that is a bare four-digit number is a year: "1500 euros", "2019 voix", "2021 hectares"
 * count something. A year is not followed by a unit or a measured noun.
 */
/**
 * The year a date names: written ("in 2026"), or a past year read from the article's date ("last year",
 * "l'an dernier"). ("next year" is a plan's, left to the cues of a later event.)
 */
function yearOf(d: DateFact): number | undefined {
  if (d.year !== undefined) return d.year;
  return d.relative !== undefined && d.relative < 0 && d.resolved && /^\d{4}$/.test(d.resolved) ? Number(d.resolved) : undefined;
}

function looksLikeYear(view: SentenceView, at: { start: number; end: number; clause: number }): boolean {
  if (!/^\d{4}$/.test(view.text.slice(at.start, at.end).trim())) return true;
  // "l'atto Camera numero 2027": a labelled number.
  if (numberLabelOf(view.pack).test(view.text.slice(0, at.start))) return false;
  const next = view.words.find((w) => w.start >= at.end);
  if (!next || next.clause !== at.clause) return true;
  // "The Dorvan stadium crush in 2016 killed 21 supporters": a year after its opener, whatever follows.
  const previous = view.words.findLast((w) => w.end <= at.start);
  if (previous && previous.clause === at.clause && yearOpenersOf(view.pack).has(previous.folded)) return true;
  // French and Italian put a year after its noun ("le elezioni del 2019"): a noun after the number is
  // what it counts ("ha ricevuto 2019 chiamate").
  const raw = view.text.slice(next.start, next.end);
  if (view.pack.yearAfterNoun && /^\p{Ll}{3,}$/u.test(raw) && !view.pack.stopwords.has(next.folded) && !Object.hasOwn(view.pack.months, raw)) return false;
  return !unitWordsOf(view.pack).has(next.folded) && !lookUp(tablesOf(view.pack).measures, next.folded);
}

/** How many words may lie between "each" and the amount it divides ("chaque famille privée de toit recevra une aide d'urgence de 1800 euros"). */
const EACH_REACH = 10;
const eachWordsOf = perPack((pack: LanguagePack) => ({
  eachBefore: new Set(pack.eachBefore.map(fold)),
  // (not before an article: "200 millions d'euros par l'État" is who pays)
  eachAfter: new RegExp(`^\\s+(?:${alternation(pack.eachAfter)})(?![\\p{L}\\p{N}])(?!\\s*(?:${alternation(pack.determiners)})(?:(?<=['’])|(?![\\p{L}])))`, 'iu'),
}));

const yearOpenersOf = perPack((pack: LanguagePack) => new Set(pack.yearOpeners.map(fold)));

/** The words before a span of time a figure is counted over (`LanguagePack.spanPrepositions`), ending the text. */
const spanBeforeOf = perPack((pack: LanguagePack) => new RegExp(`(?:^|[^\\p{L}])(?:${alternation(pack.spanPrepositions.map(fold))})\\s*$`, 'u'));
const maximumWordsOf = perPack((pack: LanguagePack) => new Set(pack.maximumWords.map(fold)));
const numberLabelOf = perPack((pack: LanguagePack) => new RegExp(`(?:^|[\\s(])(?:${alternation(pack.numberLabels)})\\s*$`, 'iu'));

/**
 * The last word of each reporting cue of a pack, folded ("said", "declare", "detto"); not one of three
 * letters or fewer, a preposition more often than a verb of saying ("to" of "according to", "per").
 */
const reportingWordsOf = perPack((pack) => new Set(pack.reportingCues.map((c) => fold(c).split(/\s+/u).pop()!).filter((w) => w.length > 3)));

/** Days in each period an amount may be stated for. */
const PERIOD_DAYS: Readonly<Record<string, number>> = { yearly: 365, monthly: 30, fortnightly: 14, weekly: 7, daily: 1 };

/**
 * An amount stated for a period is a rate: "exporte chaque année pour 430 millions d'euros", "un budget
 * annuel de 34 milliards" are what "€340 million a year", "€31.4bn a year" are, a sum per day (the unit the
 * reader gives "a year" written after an amount).
 */
function amountsAsRates(slots: FactSlot[]): void {
  const rates = new Map<QuantityFact, QuantityFact>();
  for (const e of slots) {
    const fact = e.fact as QuantityFact;
    const days = e.slot.period === undefined ? undefined : PERIOD_DAYS[e.slot.period];
    if (e.kind !== 'quantity' || fact.category !== 'money' || days === undefined) continue;
    let rate = rates.get(fact);
    if (!rate) rates.set(fact, (rate = { ...fact, category: 'rate', unit: `${fact.unit}/day`, value: fact.value / days, low: fact.low / days, high: fact.high / days }));
    const { period: _period, ...slot } = e.slot;
    e.fact = rate;
    e.slot = { ...slot, measure: slot.measure.replace(/^(claim:)?money(?::[A-Z]{3})?/u, (_m, claim: string | undefined) => (claim ? `claim:rate:${rate!.unit}` : 'rate')) };
  }
}

/**
 * Two things of one kind in one sentence, each named before its figure: "Orvelle employs 1,850 workers;
 * the Castrane plant has 2,400", "Reactor 1 produces 1,300 MW and reactor 2 900", "l'usine d'Orvelle
 * compte 1 850 salariés, contre 2 040 pour celle de Castrane". Each figure is the name's nearest to it in
 * its part of the sentence with no figure of the same measure between them (before it, or else after it);
 * the names say which thing each figure is about only when every such figure has a name of its own.
 */
function contrastSubjects(
  slots: FactSlot[],
  measures: ReadonlyMap<QuantityFact, string | undefined>,
  local: (f: { start: number; end: number }) => { start: number; end: number },
  names: ReadonlyArray<{ start: number; end: number; n: { key: string } }>,
  partAt: (position: number) => number,
): void {
  const byKind = new Map<string, Array<{ start: number; end: number; fact: QuantityFact }>>();
  for (const [fact, measure] of measures) {
    const kind = measureKind(measure);
    // (an age is its person's by apposition; held measures keep the holders they have)
    // (a measure that names only its kind may be of two different things: "the Serpa reached 7.9 metres, a
    // record Liora came within half a metre of")
    if (!measure || !kind || measure === 'age' || measure.startsWith('claim') || GENERIC_MEASURES.has(measure) || kind === 'occurrences') continue;
    byKind.set(measure, [...(byKind.get(measure) ?? []), { ...local(fact), fact }]);
  }
  for (const figures of byKind.values()) {
    if (figures.length < 2) continue;
    const between = (from: number, to: number, self: (typeof figures)[number]) => figures.some((g) => g !== self && g.start >= from && g.end <= to);
    const named = figures.map((f) => {
      const part = partAt(f.start);
      const inPart = names.filter((n) => partAt(n.start) === part);
      const before = inPart.filter((n) => n.end <= f.start).pop();
      if (before && !between(before.end, f.start, f)) return before.n.key;
      const after = inPart.find((n) => n.start >= f.end);
      return after && !between(f.end, after.start, f) ? after.n.key : undefined;
    });
    const keys = named.filter((k): k is string => k !== undefined);
    if (keys.length < 2 || new Set(keys).size !== keys.length) continue;
    figures.forEach((f, i) => {
      const key = named[i];
      if (!key) return;
      for (const slot of slots) if (slot.fact === f.fact && !slot.slot.subject && !slot.slot.measure.startsWith('claim')) slot.slot = { ...slot.slot, subject: key };
    });
  }
}

/** Reads the slot of every figure, date and time of a sentence. */
export function sentenceSlots(
  sentence: SentenceNode,
  facts: SentenceFacts,
  language: LanguageCode,
  group: number | undefined,
  index: number,
  groupSize = 0,
  stamps: ReadonlyArray<{ start: number; end: number }> = [],
  published?: string,
  glosses?: Readonly<Record<string, readonly string[]>>,
): FactSlot[] {
  // "CORVALA, Aug 11 (Wire) -": where the article states its own date is no fact of the story.
  if (stamps.length) {
    const outside = (f: { start: number; end: number }) => !stamps.some((s) => f.start >= s.start && f.end <= s.end);
    facts = { ...facts, dates: facts.dates.filter(outside), times: facts.times.filter(outside) };
  }
  const pack = LANGUAGE_PACKS[language];
  const tables = tablesOf(pack);
  const text = sentence.text;
  const folded = fold(text);
  const narrowBreaks = breaksOf(text, CLAUSE_BREAK);
  const partBreaks = breaksOf(text, PART_BREAK);
  const clauseAt = (position: number) => clauseIndex(narrowBreaks, position);
  const partAt = (position: number) => clauseIndex(partBreaks, position);
  const words = wordsOf(text, narrowBreaks);
  const figures = facts.quantities.map((q) => ({ start: q.start - sentence.start, end: q.end - sentence.start }));
  const view: SentenceView = { text, words, folded, pack, language, wide: wordsOf(text, partBreaks), partAt, glosses, figures };
  const out: FactSlot[] = [];
  const local = (f: { start: number; end: number }) => {
    const start = f.start - sentence.start;
    const end = f.end - sentence.start;
    return { start, end, clause: clauseAt(start) };
  };
  // Words of a name, a source or another fact are no concept words of this one.
  // (a time zone, "0117 GMT", is no place nor anyone's)
  const nameSpans = facts.names.filter((n) => !Object.hasOwn(pack.timeZones, n.key)).map((n) => ({ n, ...local(n) }));
  // Numbers that name things, not count them: "Reactor 1 produces 1,300 megawatts; reactor 2 delivers 950",
  // "le réacteur 1 …, le réacteur 2 …". A small whole number right after a word that stands before another
  // such number in the sentence is a label; it names its thing, in every language by its number.
  const labels = new Set<QuantityFact>();
  {
    const labelled = facts.quantities.map((q) => {
      const at = local(q);
      const before = words.filter((w) => w.end <= at.start).pop();
      const plain = /^\d{1,2}$/u.test(q.text) && q.category === 'count';
      return plain && before && /^\s$/u.test(text.slice(before.end, at.start)) && /^\p{L}{3,}$/u.test(before.folded) ? { q, word: before.folded } : undefined;
    });
    for (const l of labelled) if (l && labelled.some((o) => o && o !== l && o.word === l.word && o.q.value !== l.q.value)) labels.add(l.q);
    for (const q of labels) nameSpans.push({ n: { kind: 'name', start: q.start, end: q.end, text: q.text, key: `no. ${q.value}`, type: 'name' }, ...local(q) });
    nameSpans.sort((a, b) => a.start - b.start);
  }
  const sourceSpan = facts.source ? local(facts.source) : undefined;

  // The place or group a figure is about: a name after a place preposition in its clause ("in Valencia",
  // "nelle Marche"), or a noun after a place preposition and its article ("in the capital", "dans la
  // capitale", "nelle zone colpite"); not any name near it (who acted, who said so). For measures held by
  // a party or a person (votes, seats, shares), the name nearest to the figure is whose they are.
  const prepositions = placePrepositionsOf(pack);
  const sentenceWords = sentenceWordsOf(pack);
  const ageGroups = sentenceWords.ageGroups.flatMap(({ bound, pattern }) => [...folded.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: `age:${bound}-${m[1]}` })));
  const namePrepositions = namePrepositionsOf(pack);
  const { placeRelatives, changeOpeners, ambiguousOpeners, changeTargets, weekdays, comparisonOpeners } = sentenceWords;
  const isChangeVerb = (w: Word) => sentenceWords.changeVerbs.some((v) => w.folded.startsWith(v));
  const timeWords = timeWordsOf(pack);
  const determiners = determinersOf(pack);
  const indefinites = indefinitesOf(pack);
  /** Whether a name sits in a clause that opens right after another name and a comma. */
  const inApposition = (name: (typeof nameSpans)[number]) => {
    const opening = name.clause > 0 ? narrowBreaks[name.clause - 1] : undefined;
    if (opening === undefined || text[opening] !== ',') return false;
    return nameSpans.some((other) => other !== name && other.end <= opening && /^\s*$/.test(text.slice(other.end, opening)));
  };
  /**
   * The place a population is given in apposition to: "Vedrany, a market town of 14,800 people", "Vedrany,
   * une ville de 18 400 habitants", "Vedrany, cittadina di 18.400 abitanti nella provincia di Halsk".
   */
  const apposedPlace = (at: { start: number; end: number }) => {
    const place = nameSpans.filter((n) => n.end <= at.start).pop();
    if (!place || !/^\s*,/u.test(text.slice(place.end, at.start)) || text.slice(place.end + 1, at.start).includes(',')) return undefined;
    const between = words.filter((w) => w.start >= place.end && w.end <= at.start);
    const last = between[between.length - 1]?.folded.replace(/['’]$/u, '');
    // (not "in Halsk, in every town of more than 5,000 people": a phrase opening with a preposition is no apposition)
    const first = between[0]?.folded;
    if (first === undefined || prepositions.has(first) || namePrepositions.has(first)) return undefined;
    return between.length >= 2 && between.length <= 5 && last !== undefined && apposedOf(pack).has(last) ? place.n.key : undefined;
  };
  /** Whether a number counts a name ("in 14 Paesi", capitalised by custom): what is counted, not a place. */
  const countedName = (name: { start: number }) => facts.quantities.some((q) => q.category === 'count' && q.end - sentence.start <= name.start && /^\s*$/u.test(text.slice(q.end - sentence.start, name.start)));
  const subjectOf = (at: { start: number; end: number; clause: number }, measure: string, category?: string) => {
    // A group by age in the figure's clause, or opening its stretch with no other figure between: "For
    // under-25s the rate is 18.9 per cent", "Chez les moins de 25 ans, le taux s'envole à 19,8 %".
    const ageGroup = ageGroups.find((g) => (at.start >= g.end || g.start >= at.end) && (clauseAt(g.start) === at.clause || (g.end <= at.start && partAt(g.start) === partAt(at.start) && !facts.quantities.some((q) => q.start - sentence.start >= g.end && q.end - sentence.start <= at.start))));
    if (ageGroup) return ageGroup.key;
    if (measure === 'population') {
      const apposed = apposedPlace(at);
      if (apposed) return apposed;
    }
    let best: { key: string; distance: number } | undefined;
    const held = isHeld(measure);
    const consider = (key: string, start: number, end: number, reach = PLACE_REACH) => {
      let distance = start >= at.end ? start - at.end : at.start - end;
      if (distance < 0) return;
      // A place is the figure's when it is near it; further on in the clause it sets the scene of the
      // whole sentence ("has killed two people and forced 3,000 to flee their homes in the hills of X").
      const gap = words.filter((w) => (start >= at.end ? w.start >= at.end && w.end <= start : w.start >= end && w.end <= at.start));
      if (!held && gap.length > reach) return;
      // A place set right after the figure by a preposition is its own, before any place just ahead of it
      // ("3.100 in Spagna e 950 in Portogallo", "3 100 en Espagne et 950 au Portugal").
      if (start >= at.end && gap.length === 1 && prepositions.has(gap[0]!.folded)) distance = 0;
      if (!best || distance < best.distance) best = { key, distance };
    };
    // A held figure alone in brackets right after a name is that name's: "118.640 voti per Anouk Sterner
    // (52,8%) e 106.060 per Davor Kelleni (47,2%)" (a bracket closes the clause the name is in).
    if (held) {
      const open = text.lastIndexOf('(', at.start);
      if (open >= 0 && /^\s*$/u.test(text.slice(open + 1, at.start)) && /^\s*\)/u.test(text.slice(at.end))) {
        const named = nameSpans.find((n) => n.end <= open && /^\s*$/u.test(text.slice(n.end, open)) && !countedName(n));
        if (named) return named.n.key;
      }
    }
    // Whose votes, shares or sentence: the holder comes before the figure in all three languages ("Verel
    // took 31.7%", "Brenna controlled 58% of Velocarta"); a name after it only when none comes before
    // ("31,7 % pour Tomas Verel").
    const after: typeof nameSpans = [];
    for (const name of nameSpans) {
      if (name.clause !== at.clause) continue;
      if (sourceSpan && name.start >= sourceSpan.start && name.end <= sourceSpan.end) continue;
      if (countedName(name)) continue;
      if (held && name.start >= at.end) {
        after.push(name);
        continue;
      }
      // "in Valencia", "in the border town of Lessa", "nella cittadina di frontiera di Lessa".
      const lead = folded.slice(Math.max(0, name.start - 40), name.start).trim().split(/\s+/).slice(-4);
      if (!held && !lead.some((w) => prepositions.has(w.replace(/^.*['’]/, '')) || prepositions.has(w)) && !namePrepositions.has(lead[lead.length - 1] ?? '')) continue;
      consider(name.n.key, name.start, name.end, PLACE_REACH + 3);
    }
    if (held && !best && !ORGANISATION_MEASURES.has(measure)) {
      // "Tomas Verel, qui a recueilli 997 560 voix", "Verel took 31.7%, or 977,560 votes": the holder may sit
      // across a comma, before the figure, with no other figure between them to claim it.
      const part = partAt(at.start);
      for (const name of nameSpans) {
        if (name.end > at.start || partAt(name.start) !== part) continue;
        if (sourceSpan && name.start >= sourceSpan.start && name.end <= sourceSpan.end) continue;
        // "Aldo Brenna, fondateur du groupe Velocarta, à six ans": a name inside an apposition describes
        // the one before it.
        if (inApposition(name)) continue;
        // A figure of another kind between them restates this one ("31.7%, or 977,560 votes"); one of the
        // same kind has a holder of its own ("Dovalis 38.4%, Verel 31.7%").
        // ("208 voti favorevoli, 174 contrari": votes for and against are one body's)
        // (of one kind whatever its refinement: "la disoccupazione tocca il 12,1%, mentre … si ferma al 5,1%")
        const claimed = facts.quantities.some((q) => q.category === category && q.start - sentence.start >= name.end && q.end - sentence.start < at.start && measureKind(measures.get(q)) === measureKind(measure));
        if (!claimed) consider(name.n.key, name.start, name.end);
      }
    }
    if (held && !best) for (const name of after) consider(name.n.key, name.start, name.end);
    // A place that opens the sentence before a comma holds for all of it: "In Italia, secondo mercato
    // europeo del gruppo, gli utenti sono 9,4 milioni", "À Moravel, chef-lieu de la province, huit
    // personnes sont mortes".
    if (!best && !held && words[0] && (prepositions.has(words[0].folded) || namePrepositions.has(words[0].folded))) {
      // ("Dans la région industrielle de Harlen, au nord, le chômage touche 11,2 %": the name may end a
      // longer opening phrase)
      const opening = nameSpans.find((n) => n.clause === 0 && words.slice(1, 7).some((w) => w.start === n.start));
      if (opening && text[narrowBreaks[0] ?? -1] === ',' && !(sourceSpan && opening.start >= sourceSpan.start && opening.end <= sourceSpan.end)) return opening.n.key;
    }
    if (best) return best.key;
    // "The Vasken Highlands …, with 610 wolves", "la plaine du Brannen, avec 480 loups", "Orvelle, with 1,850
    // staff": a figure set after a comma by "with" is what the name just before holds.
    // (the figure's words hold its "about": "with some 610 wolves")
    const withWord = words.filter((w) => w.end <= at.start).pop();
    if (withWord && withWordsOf(pack).has(withWord.folded) && /,\s*$/.test(text.slice(0, withWord.start)) && /^\s*$/.test(text.slice(withWord.end, at.start))) {
      const holder = nameSpans.filter((n) => n.end <= withWord.start && !(sourceSpan && n.start >= sourceSpan.start && n.end <= sourceSpan.end)).pop();
      if (holder) return holder.n.key;
    }
    if (held) return undefined;
    // A place phrase of the figure's own clause, or of the clause before when this one opens with "where"
    // ("in the capital, where turnout reached 72.5%").
    const opener = words.find((w) => w.clause === at.clause);
    const clauses = new Set([at.clause, ...(opener && placeRelatives.has(opener.folded) ? [at.clause - 1] : [])]);
    // In its own clause, a place phrase past a conjunction is another coordinate's: "23 vittime e nella
    // valle in molti ne portano ancora i segni".
    const own = coordinate(view, at);
    const [from, to] = [own[0]?.start ?? 0, own[own.length - 1]?.end ?? text.length];
    for (let i = 0; i + 1 < words.length; i += 1) {
      const w = words[i]!;
      if (!prepositions.has(w.folded) || !clauses.has(w.clause)) continue;
      if (w.clause === at.clause && (w.start < from || w.end > to)) continue;
      // "dans une galerie située à 240 mètres", "in a village": a place no article has named before is where
      // the thing measured is, not a part of the story's places set apart from the rest.
      if (indefinites.has(words[i + 1]!.folded)) continue;
      // The preposition's article: its own word, or inside it ("nelle", "au").
      let next = determiners.has(words[i + 1]!.folded) ? words[i + 2] : w.folded.length > 3 ? words[i + 1] : undefined;
      // "dans la même région": an adjective before the noun gives way to it.
      const after = next && words[words.indexOf(next) + 1];
      if (next && after && after.clause === next.clause && /^\s+$/.test(text.slice(next.end, after.start)) && mostlyAdjective(englishNoun(next.folded, language, text.slice(next.start, next.end)))) next = after;
      // "dans le séisme", "in the first round", "nella notte": an event, a measure, a cue or a time is no place.
      if (!next || !/^\p{L}{4,}$/u.test(next.folded) || pack.stopwords.has(next.folded) || timeWords.has(next.folded)) continue;
      if (lookUp(tables.secondary, next.folded) || lookUp(tables.events, next.folded) || lookUp(tables.measures, next.folded)) continue;
      if (next.start <= at.end && next.end >= at.start) continue;
      consider(`the ${englishNoun(next.folded, language, text.slice(next.start, next.end))}`, w.start, next.end);
    }
    if (best) return (best as { key: string }).key;
    // A country that opens the figure's clause is what it is about: "L'Italie verra disparaître 260
    // emplois" is Italy's share, as "260 in Italy" is (a country's key is the same in every language).
    const country = nameSpans.find((n) => n.n.type === 'place' && n.n.key.startsWith('country:') && n.clause === at.clause && n.end <= at.start && words.filter((w) => w.clause === at.clause && w.end <= n.start && !determiners.has(w.folded) && !/^\p{L}['’]$/u.test(w.folded)).length === 0);
    if (country && !facts.quantities.some((q) => q.start - sentence.start >= country.end && q.end - sentence.start <= at.start)) return country.n.key;
    return undefined;
  };
  // An event or a year holds for a whole stretch of the sentence, commas included ("in the 2021 runoff,
  // turnout fell to 54 per cent").
  const { wide } = view;
  const wideAt = (at: { start: number; end: number }) => ({ ...at, clause: partAt(at.start) });
  // An ordinal goes before a noun, not an article: Italian "secondo la protezione civile" is "according
  // to", not a second event.
  const { again, ordinals } = ordinalsOf(pack);
  const cueBreaks = breaksOf(text, CUE_BREAK);
  // (a past year said from the article's date, "l'an dernier", "lo scorso anno", tells when, not which
  // event; "next year" stays a cue of a later one)
  const yearSpans = facts.dates.filter((d) => d.year === undefined && yearOf(d) !== undefined).map(local);
  const cueWords = wide.filter((w, i) => {
    if (yearSpans.some((d) => w.start >= d.start && w.end <= d.end)) return false;
    const next = wide[i + 1];
    if (next && determiners.has(next.folded) && /^\s+$/.test(text.slice(w.end, next.start))) return false;
    // An ordinal is of an event only beside an event word: "a second blast", "un second départ de feu",
    // "un focolaio separato"; not "a third person has died", "Third death as…".
    if (ordinals.has(w.folded)) return wide.slice(Math.max(0, i - 2), i + 4).some((v) => v !== w && lookUp(tables.events, v.folded) !== undefined);
    return true;
  });
  const { periodUnits } = sentenceWords;
  /** Whether a word of a later event is "next" of a period beside it ("next year", "l'an prochain", "del prossimo anno"). */
  const ofNextPeriod = (w: Word) => {
    if (lookUp(tables.secondary, w.folded) !== 'later') return false;
    const i = wide.indexOf(w);
    return [wide[i - 1], wide[i + 1]].some((v) => v !== undefined && periodUnits.has(v.folded.replace(/^.*['’]/, '')) && /^\s+$/.test(text.slice(Math.min(v.end, w.end), Math.max(v.start, w.start))));
  };
  const eventOf = (at: { start: number; end: number; clause: number }) => {
    // The cue of the figure's own clause; or one before it in the sentence with no other figure between
    // ("in the 2021 runoff, turnout fell to 54 per cent", not "61.2%, up from 58.6% in the first round").
    const narrow = cueWords.filter((w) => clauseAt(w.start) === at.clause);
    const firstBefore = facts.quantities.map((q) => q.start - sentence.start).filter((start) => start < at.start).reduce((a, b) => Math.max(a, b), -1);
    const earlier = cueWords.filter((w) => w.end <= at.start && w.start > firstBefore);
    // The cue may open the sentence far from the figure ("A separate blaze near the resort, which broke
    // out on Sunday, was put out after burning 300 hectares"): the stretch before it is the figure's own.
    // (across a colon too: "un focolaio separato: 9 casi")
    const stretch = { ...at, clause: clauseIndex(cueBreaks, at.start) };
    const secondary = nearest(tables.secondary, narrow, folded, wideAt(at), WINDOW) ?? nearest(tables.secondary, earlier.map((w) => ({ ...w, clause: clauseIndex(cueBreaks, w.start) })), folded, stretch, STRETCH);
    return secondary ? `secondary:${secondary}` : 'main';
  };
  const parts = partCuesOf(pack);
  const ofTotal = ofTotalOf(pack);
  /** Whether a place phrase right after the figure says where it holds: "900 persone nel suo polo di Milano". */
  const placedAfter = (at: { start: number; end: number; clause: number }) =>
    nameSpans.some((name) => {
      if (name.clause !== at.clause || name.start < at.end || countedName(name)) return false;
      const between = words.filter((w) => w.start >= at.end && w.end <= name.start);
      // (not "2.13 people in each Korvanian household": an average is no part)
      return between.length <= 4 && between.some((w) => prepositions.has(w.folded.replace(/^.*['’]/, ''))) && !between.some((w) => eachWordsOf(pack).eachBefore.has(w.folded));
    });
  /** Whether the figure counts a part of a larger group: "including 3 children", "two of them", "dont 5". */
  const isPart = (at: { start: number; end: number }) => {
    const before = folded.slice(Math.max(0, at.start - 30), at.start).trim();
    const after = ` ${folded.slice(at.end, at.end + 40).split(/\s+/).filter(Boolean).slice(0, 5).join(' ')} `;
    // "two more bodies", "deux morts de plus": an increment, not the toll.
    // (after the noun counted too: "190 loups de plus", "190 lupi in più")
    const afterNoun = after.replace(/^ \S+/, '');
    if (incrementCuesOf(pack).some((cue) => after.startsWith(` ${cue} `) || afterNoun.startsWith(` ${cue} `))) return true;
    // A cue of inclusion before the figure makes it a part ("including 3 children", "dont 5"); after it,
    // the figure is the whole ("14 véhicules, dont un autocar"), except the words for "of them" ("61m of
    // them", "deux d'entre eux").
    if (parts.some((cue) => endsWithWord(before, cue))) return true;
    if (partAfterOf(pack).some((cue) => after.startsWith(` ${cue} `))) return true;
    // "Among the sick are three tourists", "Parmi les malades figurent trois…", "Tra i malati ci sono 52":
    // a cue opening the figure's clause.
    const opening = words.filter((w) => w.clause === clauseAt(at.start) && w.end <= at.start).slice(0, 3).map((w) => w.folded).join(' ');
    if (parts.some((cue) => opening === cue || opening.startsWith(`${cue} `))) return true;
    // "five of the dead", "cinq des morts", "cinque dei morti": a part of those the story counts.
    // (the fact may hold the words itself: "Deux des morts" is read as one figure)
    const next = words.filter((w) => w.start > at.start).slice(0, 3);
    const linked = next.findIndex((w) => ofTotal.has(w.folded));
    if (linked >= 0 && linked <= 1) {
      const rest = next.slice(linked + 1).filter((w) => !determiners.has(w.folded));
      if (rest[0] && (OUTCOMES.has(lookUp(tables.measures, rest[0].folded) ?? '') || lookUp(tables.measures, rest[0].folded) === 'cases')) return true;
    }
    return wholeOf(at) !== undefined;
  };
  /**
   * The whole a figure is a part of, by its number: "64 of the 151 seats", "64 des 151 sièges", "46 seggi su
   * 151" (the number after it); "Of the 60 samples taken, 14 were contaminated", "Sur les 60 prélèvements
   * effectués, 17…" (the number the sentence opens on).
   */
  // (asked of a figure more than once: whether it is a part, then of what)
  const wholes = new Map<number, QuantityFact | undefined>();
  const wholeOf = (at: { start: number; end: number }): QuantityFact | undefined => {
    if (!wholes.has(at.start)) wholes.set(at.start, findWhole(at));
    return wholes.get(at.start);
  };
  const findWhole = (at: { start: number; end: number }): QuantityFact | undefined => {
    const after = facts.quantities.find((q) => {
      const start = q.start - sentence.start;
      if (start <= at.end || start - at.end > 24) return false;
      const between = folded.slice(at.end, start).trim().split(/\s+/).filter(Boolean);
      // (the "of" leads to the number: "4,200 hectares of vineyards and 900 hectares of orchards" is two
      // parts of nothing)
      const of = between.findIndex((w) => ofTotal.has(w));
      return between.length > 0 && between.length <= 3 && of >= 0 && between.slice(of + 1).every((w) => determiners.has(w));
    });
    if (after) return after;
    const first = facts.quantities.reduce<QuantityFact | undefined>((a, q) => (!a || q.start < a.start ? q : a), undefined);
    if (!first || first.start - sentence.start >= at.start || first.category !== 'count') return undefined;
    // (a whole is more than its part: "Dei due stabilimenti del gruppo, quello di Orvelle conta 1.850 dipendenti")
    const own = facts.quantities.find((q) => q.start - sentence.start === at.start);
    if (own && own.category === first.category && own.value >= first.value) return undefined;
    const opening = words.filter((w) => w.end <= first.start - sentence.start);
    return opening.length >= 1 && opening.length <= 2 && ofTotal.has(opening[0]!.folded) && opening.slice(1).every((w) => determiners.has(w.folded)) ? first : undefined;
  };
  /** The dates that are when a thing was made (built, founded, opened), read once per sentence. */
  // (a completion only right before its year, "completed in 1962", "achevé en 1962": a study that "concluded"
  // something in 2006 made nothing)
  const completedRightBefore = (d: DateFact) => {
    const before = wide.filter((w) => w.end <= local(d).start).slice(-3).reverse();
    for (const w of before) {
      if (lookUp(tables.events, w.folded) === 'completion') return true;
      if (!sentenceWords.prepositions.has(w.folded) && !determiners.has(w.folded)) return false;
    }
    return false;
  };
  const made = new Set(facts.dates.filter((d) => {
    const event = nearest(tables.events, wide, folded, wideAt(local(d)), EVENT_WINDOW) ?? '';
    return MAKING_EVENTS.has(event) && (event !== 'completion' || completedRightBefore(d));
  }));
  /** Whether the words just before a figure are a comparison opener, an article allowed after it ("contre les 233 000 tonnes"). */
  const comparedAgainst = (at: { start: number; end: number }, before: readonly Word[], category?: string) => {
    // (bare counts set against each other are a score or a tally: "226 voti contro 160")
    if (category === 'count') return false;
    const ends = (tail: readonly Word[], opener: readonly string[]) => tail.length >= opener.length && opener.every((o, k) => tail[tail.length - opener.length + k]!.folded === o);
    const last = before[before.length - 1];
    const bare = last && determiners.has(last.folded) ? before.slice(0, -1) : before;
    if (!comparisonOpeners.some((o) => ends(before, o) || ends(bare, o))) return false;
    const earlierFigure = facts.quantities.some((q) => q.end - sentence.start <= at.start && (category === undefined || q.category === category));
    return earlierFigure && before.some(isChangeVerb);
  };
  // Figures a period word may not be read across (a span is none: "a year" is itself read as one).
  const periodBounds = facts.quantities.filter((q) => q.category !== 'duration').map(local);
  const periodOf = (at: { start: number; end: number; clause: number }, category?: string) => {
    // "fell to 96 million from 181 million", "in hausse de 18 %, contre 1,95 milliard": the figure after
    // "from" a change is the earlier value.
    // ("down from the 2.5 per cent it pencilled in": the opener's article stands between)
    const before = words.filter((w) => w.end <= at.start);
    const last = before.filter((w, k) => k < before.length - 1 || !determiners.has(w.folded)).pop();
    // (an opener that also means "by" only with a target after the figure: "passé de 12 à 15", not
    // "progressé de 8,4 %")
    const targeted = () => {
      const next = words.filter((w) => w.start >= at.end).slice(0, 3);
      return next.length > 1 && changeTargets.has(next[0]!.folded) && /^\p{N}/u.test(text.slice(next[1]!.start, next[1]!.end));
    };
    if (last && changeOpeners.has(last.folded) && (!ambiguousOpeners.has(last.folded) || targeted()) && before.some((w) => w.clause === at.clause && isChangeVerb(w))) return 'earlier';
    // "reculer, à 221 000 tonnes contre 233 000 tonnes cette année", "cut to 41,500 tonnes, against 50,600
    // this year": in a sentence of change, a figure set against another just stated is the point of
    // comparison, the earlier value. (Not a tally: "52 voix contre 47" has no verb of change.)
    if (comparedAgainst(at, before, category)) return 'earlier';
    // "contre 3,9 milliards un an plus tôt", "3.9bn a year earlier": a span back in time right after the
    // figure dates it earlier, whatever year its clause names.
    const agoAfter = facts.quantities.find((q) => q.category === 'duration' && q.value >= 365 && q.start - sentence.start >= at.end && /^[\s,]{0,3}$/.test(text.slice(at.end, q.start - sentence.start)) && durationKind(view, local(q)) === 'ago');
    if (agoAfter) return 'earlier';
    // A year alone in the stretch ("in 2019", "nel 2017") is when the figure holds.
    // …or a month of a year ("in July 2017"); a full date is when something happened, not a period.
    // …a year, not a count that looks like one ("d'une jauge de 1985 tonneaux").
    // (a season runs into the next year: "in the 2027/28 marketing year", "lors de la campagne 2027-2028")
    const season = (d: DateFact) => d.endYear !== undefined && d.endYear === d.year! + 1;
    const lone = (d: DateFact) => yearOf(d) !== undefined && d.day === undefined && (d.endYear === undefined || season(d)) && looksLikeYear(view, local(d));
    const periodName = (d: DateFact) => (season(d) ? `${d.year}/${String(d.endYear! % 100).padStart(2, '0')}` : String(yearOf(d)));
    // (not a year another figure of the kind stands nearer to: "un aumento del 3,5% da settembre e di un
    // ulteriore 2% nel 2028")
    const between = (d: DateFact) => {
      const [from, to] = d.start - sentence.start >= at.end ? [at.end, d.start - sentence.start] : [d.end - sentence.start, at.start];
      return facts.quantities.some((q) => q.category === category && measures.get(q) !== undefined && q.start - sentence.start >= from && q.end - sentence.start <= to);
    };
    const narrow = facts.dates.find((d) => lone(d) && clauseAt(d.start - sentence.start) === at.clause && !between(d));
    if (narrow) return periodName(narrow);
    // (a figure whose clause says "the following year", "l'année suivante", "l'anno seguente" is of the year
    // after the one its stretch names)
    const following = (d: DateFact) => !season(d) && followingYearOf(pack)?.test(folded.slice(at.clause > 0 ? narrowBreaks[at.clause - 1]! : 0, narrowBreaks[at.clause] ?? folded.length));
    // Else the nearest year opening the stretch before the figure, across commas and a colon: every figure
    // after it is of that year ("in the 2021 runoff, turnout fell to 54%", "in July 2017, killing 11 people
    // and destroying 9,000 hectares", "risale al 2009, quando il ponte cedette: sei le vittime").
    const part = clauseIndex(cueBreaks, at.start);
    // (not the year a thing was made: "construit en 2006, le navire acheminait 84 000 tonnes", "Inaugurée en
    // décembre 1987, la ligne de 2,4 km" state what the ship carries and the line measures now)
    const year = facts.dates
      .filter((d) => {
        const start = d.start - sentence.start;
        return lone(d) && start <= at.start && clauseIndex(cueBreaks, start) === part && !made.has(d);
      })
      .pop();
    if (year) return following(year) === true ? String(yearOf(year)! + 1) : periodName(year);
    // "On 12 November 2014 that storm killed 23 people": a full date years before the article, opening
    // the stretch, sets its figures in that year too.
    const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
    // (…or following the figure in its clause: "qui avait fait 21 morts le 3 mars 2016")
    const past = publishedYear === undefined ? undefined : facts.dates
      .filter((d) => {
        const start = d.start - sentence.start;
        return d.year !== undefined && d.month !== undefined && d.endYear === undefined && d.year < publishedYear - 1 && ((start <= at.start && clauseIndex(cueBreaks, start) === part) || (start >= at.end && clauseAt(start) === at.clause));
      })
      .pop();
    if (past) return String(past.year);
    // "Seven years ago, … infected 212 people": a span back in time opening the stretch dates it earlier.
    const ago = facts.quantities.find((q) => q.category === 'duration' && q.end - sentence.start <= at.start && clauseIndex(cueBreaks, q.start - sentence.start) === part && durationKind(view, local(q)) === 'ago' && q.value >= 365);
    if (ago) return 'earlier';

    // "monthly active users", "utilisateurs actifs mensuels": for people, a period word names what is
    // counted, not how often an amount recurs ("420 millions par an" against a one-off 85 millions).
    // (a period word is the figure's nearest to it: "conta 1.850 dipendenti e produce 410mila lavatrici l'anno")
    const [from, to] = [Math.max(0, ...periodBounds.filter((f) => f.end <= at.start).map((f) => f.end)), Math.min(text.length, ...periodBounds.filter((f) => f.start >= at.end).map((f) => f.start))];
    const period = nearest(tables.periods, words.filter((w) => w.start >= from && w.end <= to), folded, at, WINDOW);
    // "8.4% year on year", "8,4 % sur un an", "su base annua": how a change is measured, not when it holds.
    if (period === 'basis') return undefined;
    // (a rate's unit already says how often: "13 million euros a year" and "18 millions d'euros par an"
    // are both euros per day, whichever words say so)
    if (period !== undefined) return (category === 'people' || category === 'rate') && FREQUENCIES.has(period) ? undefined : period;
    // "Cette année-là, 212 personnes avaient été contaminées": a word that dates the stretch back, near
    // the figure or opening its stretch before it ("That year's outbreak infected 3,400 people and killed
    // nine").
    const back = nearest(tables.periods, wide, folded, wideAt(at), WINDOW, EARLIER);
    if (back) return back;
    const opening = wide.filter((w) => w.end <= at.start && clauseIndex(cueBreaks, w.start) === part).map((w) => ({ ...w, clause: part }));
    return nearest(tables.periods, opening, folded, { ...at, clause: part }, STRETCH, EARLIER) ? 'earlier' : undefined;
  };
  /** The weekday of a figure's clause, by its place in the week, the same in every language: "martedì" is "Tuesday". */
  const weekdayOf = (at: { clause: number }) => {
    const day = words.find((w) => w.clause === at.clause && weekdays.has(w.folded));
    return day ? `weekday ${weekdaysOf(pack).indexOf(day.folded) + 1}` : undefined;
  };
  const { eachBefore, eachAfter } = eachWordsOf(pack);
  const isEach = (at: { start: number; end: number; clause: number }) =>
    eachAfter.test(text.slice(at.end)) ||
    // "20,000 euros to each bereaved family", "20 000 euros à chaque famille"
    words.filter((w) => w.start >= at.end && w.clause === at.clause).slice(0, 3).some((w) => eachBefore.has(w.folded)) ||
    words.some((w) => w.clause === at.clause && w.end <= at.start && eachBefore.has(w.folded) && words.filter((x) => x.start >= w.end && x.end <= at.start).length <= EACH_REACH);
  const groupScope = group === undefined ? undefined : `group:${group}`;
  // What each figure measures, read once: the holder search asks it of the figures between.
  const measures = new Map(facts.quantities.map((q) => [q, labels.has(q) ? undefined : measureOf(q, view, local(q))]));
  // A vote's tally says what its numbers are, whatever nouns stand beside them ("163 députés ont voté").
  const inOrder = [...facts.quantities].sort((a, b) => a.start - b.start);
  const isVoteWord = (word: string) => lookUp(tables.measures, word) === 'votes' || lookUp(tables.events, word) === 'vote';
  for (const [n, role] of tallyRoles(text, inOrder.map((q) => ({ ...local(q), category: q.category, value: q.value })), pack, isVoteWord)) measures.set(inOrder[n]!, role);
  // A bare number set in a place after a figure that names its measure counts what that one counts: "1,100
  // of the jobs will go in Brevania, about 400 in France and 290 in Italy"; so does one after a count of a
  // named thing set in a place the same way ("301,000 vehicles in Veldria, 214,000 in France and 58,400 in
  // Italy", "dont 301 000 en Veldria et 48 400 en Italie").
  const setInPlace = (at: { end: number }) => {
    const [next, name] = words.filter((w) => w.start >= at.end - sentence.start).slice(0, 2);
    return !!next && !!name && prepositions.has(next.folded) && /^\p{Lu}/u.test(text.slice(name.start, name.end)) && next.start - (at.end - sentence.start) <= 2;
  };
  const countsSetInPlace = () => inOrder.forEach((q, n) => {
    if (measures.get(q) !== undefined || q.category !== 'count' || n === 0) return;
    if (!setInPlace(q)) return;
    const named = inOrder.slice(0, n).reverse().map((o) => [o, measures.get(o)] as const)
      .find(([o, m]) => m !== undefined && !m.startsWith('claim:') && (isSpecific(m) || (m.startsWith('count-of:') && o.category === 'count' && setInPlace(o))))?.[1];
    if (named) measures.set(q, named);
  });
  countsSetInPlace();
  // A part with no noun of its own counts what its whole counts: "640,000 marchers across the country,
  // including 145,000 in the capital".
  inOrder.forEach((q, n) => {
    if (measures.get(q) !== undefined || q.category !== 'count' || n === 0 || !isPart(local(q))) return;
    const whole = inOrder[n - 1]!;
    const measure = measures.get(whole);
    if (measure?.startsWith('count-of:') && !isPart(local(whole))) measures.set(q, measure);
  });
  // (again: the part just read may be the first of a list by place, "including 301,000 in Veldria, 214,000
  // in France and 58,400 in Italy")
  countsSetInPlace();
  // A bare number after a second name counts what the figure in the same place after the first name counts:
  // "the Harwell farm had 41,000 hens; the Lindon site held 28,000", "quello di Orvelle conta 1.850
  // dipendenti e produce 410mila lavatrici; quello di Castrane ne ha 2.040 e ne produce 620mila".
  const namedStretch = (position: number) => {
    const index = nameSpans.filter((n) => n.end <= position).length - 1;
    return index >= 0 ? { name: index, from: nameSpans[index]!.end, to: nameSpans[index + 1]?.start ?? text.length } : undefined;
  };
  const conjunctions = new Set(pack.conjunctions.map(fold));
  inOrder.forEach((q) => {
    if (measures.get(q) !== undefined || q.category !== 'count') return;
    const at = local(q);
    // (a bare number, nothing after it in its clause but a conjunction: not "410,000 of them")
    const next = words.find((w) => w.start >= at.end);
    if (!NOTHING_AFTER.test(text.slice(at.end)) && !(next && conjunctions.has(next.folded) && /^\s*$/u.test(text.slice(at.end, next.start)))) return;
    // ("le réacteur 2 en produit 950", "il reattore 2 ne eroga 920": a pronoun before the verb stands for what
    // the figure before counts)
    const standsFor = pronounBeforeVerb(words.filter((w) => w.end <= at.start).map((w) => w.folded), pack);
    // (the thing counted, not a reading of it: "construite pour 800 détenus, la prison en compte 1 870" are
    // inmates, not the capacity)
    const earlier = standsFor ? inOrder.filter((o) => o.end <= q.start && !labels.has(o) && (o.category === 'count' || o.category === 'people')).map((o) => measures.get(o)).filter((m) => m?.startsWith('count-of:')).pop() : undefined;
    const own = namedStretch(at.start);
    if (!own || own.name === 0) {
      if (earlier) measures.set(q, earlier);
      return;
    }
    const previous = nameSpans[own.name - 1]!;
    const inStretch = (from: number, to: number) => inOrder.filter((o) => local(o).start >= from && local(o).end <= to);
    const position = inStretch(own.from, own.to).indexOf(q);
    const parallel = inStretch(previous.end, nameSpans[own.name]!.start)[position];
    const measure = parallel && measures.get(parallel);
    if (measure && !measure.startsWith('claim:') && (parallel.category === 'count' || parallel.category === 'people')) measures.set(q, measure);
    else if (earlier) measures.set(q, earlier);
  });

  const counts = facts.quantities.filter((q) => q.category === 'count' && !labels.has(q));
  for (const q of facts.quantities) {
    if (q.vague || labels.has(q)) continue;
    // The age that names a group ("gli under 25", "people aged over 65") is no figure of the story.
    if (ageGroups.some((g) => q.start - sentence.start >= g.start && q.end - sentence.start <= g.end)) continue;
    // "in tutti i comuni sopra i cinquemila abitanti", "every firm of more than 250 staff": a class's
    // threshold, no fact of the story. (the figure's words may start with its comparative)
    {
      const at = local(q);
      const figure = folded.slice(at.start, at.end);
      const lead = /\d/u.test(figure) ? figure.slice(0, figure.search(/\d/u)) : '';
      if (thresholdOf(pack).test(`${folded.slice(Math.max(0, at.start - 60), at.start)}${lead}`.replace(/\s+$/u, ' '))) continue;
    }
    const at = local(q);
    const measure = measures.get(q);
    // A claim of two sentences, one the other's translation or restatement, is read one against the
    // other as well: its figures of one kind pair even where one side names what they measure ("600
    // feet away") and the other does not ("à 500 pieds de là"). A bare number only where the sentence has
    // no other to confuse it with ("perdette 50 mila soldati" / "lost 45,000 soldiers").
    // A part ("including 3,200 from Santerra") is no counterpart of a whole.
    // A share is a part by nature ("28 % des victimes parmi les habitants"): no part cue makes it one.
    // A count of people or things in a place named after it ("impiega 900 persone nel suo polo di Milano",
    // "145,000 marchers in the capital") is, in its claim, a part of any total the other sentence gives.
    const part = q.category !== 'percent' && measures.get(q) !== 'age' && (isPart(at) || ((q.category === 'people' || q.category === 'count') && (measure === undefined || !isSpecific(measure)) && placedAfter(at)));
    // An amount for each one ("€1,800 for each family") is no total ("a €5 million relief fund").
    const ownPeriod = periodOf(at, q.category) ?? (q.category === 'money' && isEach(at) ? 'each' : undefined);
    // A margin over another figure ("two metres above the threshold") is no reading of anything. (A ratio's
    // number, "1 in 140 million", "une sur 104 millions", is read in its claim only: a story has many.)
    if (measure === 'margin') continue;
    if (groupScope && groupSize === 2 && (q.category !== 'count' || counts.length === 1) && measure !== 'duration:frequency' && measure !== 'ratio') {
      // An earlier value stated in the claim ("19 schools, up from 14") is read with the others: the
      // other sentence's 14 meets it.
      const period = ownPeriod === 'earlier' ? undefined : ownPeriod;
      // A span is read against spans of its kind: "11 seconds later" is no "T+105 seconds".
      const kindOfSpan = q.category === 'duration' && measure?.startsWith('duration:') ? `:${measure.slice('duration:'.length)}` : '';
      out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure: `claim:${q.category}:${q.unit}${kindOfSpan}`, event: groupScope, ...(period ? { period } : {}) }, ...(measure && isSpecific(measure) ? { named: measure } : {}), ...(ownPeriod === 'earlier' ? { earlier: true } : {}), ...(part ? { part: true } : {}) });
    }
    // A part of a whole the article numbers ("14 of the 60 samples", "17 des 60 prélèvements", "14 campioni
    // su 60") is read across the story as a part of that number, whatever either is called: the whole's
    // number names the group in every language. Tentatively: kept where each article gives one such part.
    const whole = part && (q.category === 'count' || q.category === 'people') ? wholeOf(at) : undefined;
    if (whole && whole.value > q.value && whole.value >= 3 && eventOf(at) === 'main') out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure: `part-of:${whole.value}`, event: 'main', ...(ownPeriod ? { period: ownPeriod } : {}) }, tentative: true });
    // A bare number with nothing to say what it counts is compared only in its claim, as above.
    if (measure === undefined) continue;
    // A tally is the vote's it counts, and a story of a vote tells of others (a regional one, an earlier
    // one, a first reading): compared within its claim, and paired across articles by its words, the other
    // numbers of the tally first ("163 votes to 131" / "165 sì, 131 no"); never story-wide.
    if (TALLY_MEASURES.has(measure)) {
      const secondary = eventOf(at);
      if (!part && secondary === 'main') out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, event: 'loose', ...(ownPeriod ? { period: ownPeriod } : {}) }, loose: true });
      if (groupScope) out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, event: secondary === 'main' ? groupScope : `${groupScope}:${secondary}`, ...(part ? { subject: 'part' } : {}), ...(ownPeriod ? { period: ownPeriod } : {}) } });
      continue;
    }
    // A measure that says what it counts (deaths, a depth, turnout, a fine) is compared across the whole
    // story. One that says only its kind (a share, a span of time, a rate, a number of people or things)
    // could be about anything the story counts: it is compared only within its claim, whose sentences
    // state the same thing ("daily recommendations" against "fortnightly reports" are not one fact).
    // How often something recurs ("every two weeks", "ogni anno") says nothing of which thing recurs.
    if (measure === 'duration:frequency') continue;
    if (!isSpecific(measure) || part) {
      const period = ownPeriod;
      const secondary = eventOf(at);
      // Offered to the context pairing: a figure of the main event, not a part, not a span of time (a
      // story has many), of a kind a value of which names one fact.
      // A share within a claim is still someone's: "Verel took 31.7%, while Mirko came third with 17.9%".
      // (and a count of things in a claim is its place's, when a name says which: "The Vasken Highlands
      // …, with 610 wolves" against "la plaine du Brannen, avec 480 loups")
      // (read once: the story-wide reading below asks it too)
      const place = measure.startsWith('count-of:') || TENTATIVE_KINDS.has(measure) ? subjectOf(at, measure, q.category) : undefined;
      const holder = isHeld(measure) && !part ? subjectOf(at, measure, q.category) : measure.startsWith('count-of:') && !part && place && !place.startsWith('the ') ? place : undefined;
      // A share of a named day is that day's ("lost a further 3.2% on Wednesday"), in its claim too
      // ("gained 2.1% on Monday" is not "closed 11.2% lower on Tuesday"): a share moves by the day, an
      // amount offered on a Tuesday is the amount.
      const when = period ?? (q.category === 'percent' ? weekdayOf(at) : undefined);
      if (!part && secondary === 'main' && LOOSE_MEASURES.has(measure)) {
        out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, event: 'loose', ...(holder ? { subject: holder } : {}), ...(when ? { period: when } : {}) }, loose: true });
      }
      if (isHeld(measure) && !part && !holder) continue;
      const subject = part ? 'part' : holder;
      if (groupScope) out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, event: secondary === 'main' ? groupScope : `${groupScope}:${secondary}`, ...(subject ? { subject } : {}), ...(when ? { period: when } : {}) } });
      // A part is stated in its claim too, as a value that may meet the other sentence's and never
      // contradicts it: "640,000 marchers nationwide, including 145,000 in the capital" against "145,000
      // marchers" is the capital's count, not a second total.
      if (groupScope && part && !holder) out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, event: secondary === 'main' ? groupScope : `${groupScope}:${secondary}`, ...(when ? { period: when } : {}) }, earlier: true });
      // A count of one named kind of thing ("Eleven vehicles", "14 véhicules") is also read across the story,
      // tentatively: the fact sheet keeps it only where every article gives one value for it.
      // (not one or two: "two cars ahead of me", "whose two children" are asides, not counts of the story)
      // (and of its place, where one is named: "In Britain, … about 37,000 cars" are not "in Italia 58.400 auto")
      // So is a weight or a speed that says only its kind ("pesa 240 tonnellate", "des rafales à 118 km/h"):
      // a story has few, and the fact sheet sets a value only against the one close to it.
      if (((measure.startsWith('count-of:') && q.value >= 3) || TENTATIVE_KINDS.has(measure)) && secondary === 'main') {
        // (a part set in a place is that place's count: "including 301,000 in Veldria, … 58,400 in Italy")
        // (and a place a few words after, "1 480 loups en Lusterie", is the count's place)
        const where = part && isPart(at) && !setInPlace(q) ? undefined : place;
        out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, event: 'main', ...(where ? { subject: where } : {}), ...(period ? { period } : {}) }, tentative: true, ...(part && !where ? { earlier: true } : {}) });
      }
      continue;
    }
    // A growth rate is of something: "revenue rose 18%" and "shares rose 1.3%" are not one figure.
    if (measure === 'percent:growth') {
      // …of what is named before a conjunction after it: "Ricavi in crescita del 28% e utenti in aumento".
      const conjunction = wide.find((w) => w.start >= at.end && pack.conjunctions.includes(text.slice(w.start, w.end).toLowerCase()));
      const grown = nearest(tables.measures, conjunction ? wide.filter((w) => w.start < conjunction.start) : wide, folded, wideAt(at), 12, GROWN);
      if (!grown) continue;
      // A market moves every day: "fell 4% on Friday" is not Thursday's close.
      // (the day by its place in the week, the same in every language: "martedì" is "Tuesday")
      const period = ownPeriod ?? weekdayOf(at);
      // A share price moves by the hour and is some company's: compared only within a claim, for the
      // company named before it ("Altamoro shares jumped 29.5%", "Crévanne fell 4.1%"), or for the
      // story's own stock where none is ("the stock closed down 14%", "il titolo ha chiuso in calo del 14%").
      if (grown === 'price') {
        const company = nameSpans.filter((n) => n.end <= at.start && partAt(n.start) === partAt(at.start)).pop();
        if (groupScope) out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, subject: company ? `price:${company.n.key}` : 'price', event: groupScope, ...(period ? { period } : {}) } });
        continue;
      }
      out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure, subject: grown, event: eventOf(at), ...(period ? { period } : {}) } });
      continue;
    }
    const slot: MeasureSlot = { measure, event: eventOf(at) };
    // "a maximum sentence of 15 years", "jusqu'à douze ans de prison", "la pena massima": a cap the law sets
    // for everyone, not what one person holds.
    const capped = isHeld(measure) && (q.approximation === 'upTo' || words.some((w) => w.clause === at.clause && w.end <= at.start && at.start - w.end < 40 && maximumWordsOf(pack).has(w.folded)));
    const subject = subjectOf(at, measure, q.category) ?? (capped ? 'maximum' : undefined);
    // Votes, seats or a share without whose they are cannot be set against anyone's. What an organisation
    // has (users, customers, staff) is, without a name, the story's own: "the company has 148m users".
    if (!subject && isHeld(measure) && !ORGANISATION_MEASURES.has(measure)) continue;
    if (subject) slot.subject = subject;
    const period = q.category === 'rate' ? undefined : ownPeriod;
    if (period) slot.period = period;
    // A population is a place's: one said of no place ("a city of about 480,000", "les 210 000 habitants
    // des six quartiers") may be a province's, a city's or a district's, and is compared within its claim
    // and by its words, not with every population of the story.
    if (measure === 'population' && !subject) {
      if (groupScope && slot.event === 'main') out.push({ sentence: index, fact: q, kind: 'quantity', slot: { ...slot, event: groupScope } });
    } else out.push({ sentence: index, fact: measure === 'age' && q.category === 'count' ? asYears(q) : q, kind: 'quantity', slot, ...(subject ? {} : countedGroup(q, measure, view, at)) });
    // A figure that names its measure is also offered to the context pairing, to meet a figure of another
    // article that names none ("les 47 000 habitants de Dremsk" / "42,000 residents of Dremsk"); not a
    // toll or a count that moves with the story, nor what someone holds.
    if (slot.event === 'main' && !isHeld(measure) && !OUTCOMES.has(measure) && LOOSE_CATEGORIES.has(q.category)) {
      out.push({ sentence: index, fact: q, kind: 'quantity', slot: { measure: q.category, event: 'loose', ...(subject ? { subject } : {}), ...(period ? { period } : {}) }, loose: true, named: measure });
    }
  }
  // (subjects first: a figure read as a rate keeps the subject its amount has)
  contrastSubjects(out, measures, (q) => local(q), nameSpans.filter((n) => !countedName(n) && !(sourceSpan && n.start >= sourceSpan.start && n.end <= sourceSpan.end)), partAt);
  amountsAsRates(out);
  // A count of a noun neither dictionary nor bridge gives in English is keyed by its own spelling, which
  // no other language shares ("221 meutes"): said so, for the fact sheet to read it by its words.
  if (language !== 'en') {
    // (read once per figure: a figure has several slots)
    const unglossed = new Map<SlotFact, boolean>();
    const senses = new Map<SlotFact, string[]>();
    for (const e of out) {
      if (e.kind !== 'quantity' || !e.slot.measure.startsWith('count-of:')) continue;
      let found = unglossed.get(e.fact);
      if (found === undefined) {
        const noun = countedNoun(view, local(e.fact));
        unglossed.set(e.fact, (found = !!noun && englishWordsIn(view, noun).length === 0));
        if (noun) senses.set(e.fact, sensesOf(view, noun));
      }
      if (found) e.unglossed = true;
      const keys = senses.get(e.fact);
      if (keys?.length) e.senses = keys;
    }
  }
  // (read once per figure: a figure has several slots, its claim's, the story's, the pairing's)
  const growth = new Map<SlotFact, boolean>();
  const growingFact = (fact: SlotFact) => {
    let found = growth.get(fact);
    if (found === undefined) growth.set(fact, (found = nearest(tables.growth, words, folded, local(fact), GROWTH_WINDOW) !== undefined));
    return found;
  };
  // The one clock time of a figure's clause dates the reading: "stood at 6.2 metres at 0600 GMT".
  // A moment of the day the sentence names dates its figures' readings; a session's open or close only
  // a price's or a share's ("Shares closed 5.8% lower, erasing €4.3bn"; "the plant closed" dates no toll).
  const moment = momentOf(folded, pack);
  const ownTimes = facts.times.filter((t) => t.sameAs === undefined);
  const spanBefore = spanBeforeOf(pack);
  // (a span of ten years or more is an era, not what a figure is counted over)
  const spans = facts.quantities.filter((q) => q.category === 'duration' && q.value < 3650 && spanBefore.test(folded.slice(Math.max(0, q.start - sentence.start - 32), q.start - sentence.start)));
  for (const e of out) {
    if (e.kind !== 'quantity') continue;
    const clause = clauseAt(e.fact.start - sentence.start);
    if ((e.fact as QuantityFact).category !== 'duration') {
      // (in the figure's clause, or opening the stretch before it: "In just 24 hours, 96mm of rain fell")
      const part = clauseIndex(cueBreaks, e.fact.start - sentence.start);
      const over = spans.filter((q) => clauseAt(q.start - sentence.start) === clause || (q.end <= e.fact.start && clauseIndex(cueBreaks, q.start - sentence.start) === part));
      if (over.length === 1) e.over = over[0]!.value;
    }
    const clocks = facts.times.filter((t) => clauseAt(t.start - sentence.start) === clause);
    if (clocks.length === 1) e.clock = clocks[0];
    const category = (e.fact as QuantityFact).category;
    if (moment && (!SESSION_MOMENTS.has(moment) || category === 'percent' || category === 'money')) e.moment = moment;
    if (ownTimes.length === 1) e.momentClock = ownTimes[0];
    if (growingFact(e.fact)) e.growing = true;
  }
  const timed: Array<[DateFact | TimeFact, 'date' | 'time']> = [...facts.dates.map((d) => [d, 'date'] as [DateFact, 'date']), ...facts.times.map((t) => [t, 'time'] as [TimeFact, 'time'])];
  // (figures offered to the context pairing only are not read here: they may never be in the sheet)
  const settled = out.filter((e) => !e.loose);
  const reading = readingOf(settled);
  const tallied = out.some((e) => e.slot.measure === 'votes for') && out.some((e) => e.slot.measure === 'votes against');
  const ofKind = { date: facts.dates.length, time: ownTimes.length };
  // "flew five times in 2026 and planned seven launches for 2027": where figures are set in two years or
  // more, the years say when each holds, and date no event.
  const periodYears = new Set(settled.filter((e) => e.kind === 'quantity' && /^\d{4}$/.test(e.slot.period ?? '')).map((e) => Number(e.slot.period)));
  const isWeekday = (d: DateFact) => d.relative !== undefined && weekdaysOf(pack).some((w) => fold(d.text).includes(w));
  /** Whether a reporting word stands just before a date: the day a thing was said ("officials said on Thursday"). */
  const saidOn = (d: DateFact) => {
    const at = local(d);
    const before = folded.slice(Math.max(0, at.start - 32), at.start).split(/[\s,]+/u).filter(Boolean).slice(-3);
    return before.some((w) => reportingWordsOf(pack).has(w));
  };
  // A past weekday the article's date resolves, the one date of its sentence (a sentence of two days,
  // "opened the gates on Wednesday … peaked on Thursday", may set either against the other article's one)
  // and not the day a thing was said.
  /** A past weekday the article's date resolves, not the day a thing was said. */
  const pastDay = (d: DateFact) => isWeekday(d) && d.resolved !== undefined && d.relative! <= 0 && !saidOn(d);
  const pastWeekday = (d: DateFact) => pastDay(d) && facts.dates.length === 1;
  /** Days the sentence names, years aside ("Ouvertes lundi, … l'an prochain" names one). */
  const daysNamed = facts.dates.filter((d) => !/^\d{4}$/.test(d.resolved ?? '') && yearOf(d) === undefined).length;
  /** Whether an until word ends the words before a date, past a weekday ("until Wednesday, February 17"). */
  const untilBefore = (at: { start: number }) => untilBeforeOf(pack).test(folded.slice(Math.max(0, at.start - 40), at.start).replace(/[,\s]+$/u, ''));
  const boundBefore = (at: { start: number }) => boundBeforeOf(pack).test(folded.slice(Math.max(0, at.start - 40), at.start).replace(/\s+$/u, ''));
  const { prepositions: generalPrepositions, yearForWords: yearFor, declaringVerbs: declaring, sequenceWords } = sentenceWords;
  const yearLabel = (d: DateFact, at: { start: number; end: number }) => {
    if (d.year === undefined || d.month !== undefined || d.day !== undefined || d.endYear !== undefined) return false;
    const before = wide.filter((w) => w.end <= at.start).slice(-2).reverse();
    const next = wide.find((w) => w.start >= at.end);
    // (not an event's: "the 2012 earthquake" is dated by its year)
    const attributive = before[0] !== undefined && determiners.has(before[0].folded) && next !== undefined && /^\s+$/.test(text.slice(at.end, next.start)) && /^\p{L}/u.test(next.folded) && lookUp(tables.events, next.folded) === undefined;
    const purpose = before.some((w, k) => yearFor.has(w.folded) && before.slice(0, k).every((v) => determiners.has(v.folded)));
    return attributive || purpose;
  };
  // ("Nouveau drame dimanche matin": another event's day)
  const ordinalBefore = (at: { start: number }) => wide.some((w) => w.end <= at.start && partAt(w.start) === partAt(at.start) && ordinals.has(w.folded));
  const reportedBefore = (at: { start: number }) => wide.some((w) => w.end <= at.start && (reportingWordsOf(pack).has(w.folded) || declaring.has(w.folded)));
  /** Whether the word before a date (past a preposition or an article) names its event. */
  const eventRightBefore = (at: { start: number }, event: string) => {
    const before = wide.filter((w) => w.end <= at.start).slice(-3).reverse();
    for (const w of before) {
      if (lookUp(tables.events, w.folded) === event) return true;
      if (!generalPrepositions.has(w.folded) && !determiners.has(w.folded)) return false;
    }
    return false;
  };
  // Attributions set between commas ("…, secondo la ricostruzione dei vigili del fuoco, …", ", according
  // to police,"): stretches an event word's distance does not count.
  const asides: Array<[number, number]> = [];
  if (timed.length > 0) for (const cue of attributionCuesOf(pack)) {
    for (let from = phraseIndex(folded, cue, 0); from >= 0; from = phraseIndex(folded, cue, from + 1)) {
      if (!/,\s*$/.test(text.slice(0, from))) continue;
      const comma = text.indexOf(',', from + cue.length);
      if (comma > 0) asides.push([from, comma]);
    }
  }
  for (const [fact, kind] of timed) {
    // (a time and its restatement are read as one stretch: "alle 16:10 ora locale, le 15:10 in Italia, il
    // traghetto si è rovesciato" has its event word right after the pair)
    const restatement = kind === 'time' ? restatementsOf(facts.times, fact as TimeFact).pop() : undefined;
    const at = restatement ? { ...local(fact), end: local(restatement).end } : local(fact);
    if (kind === 'date' && !looksLikeYear(view, at)) continue;
    const date = fact as DateFact;
    if (kind === 'date' && periodYears.size > 1 && date.year !== undefined && date.month === undefined && date.endYear === undefined && periodYears.has(date.year)) continue;
    // A year that names what a thing is of or for is no day it happened: "sets the 2028 cod quota", "les
    // quotas pour 2028", "il taglio per il 2028".
    // (it is still a year of its claim: "reservations for 2018" against "for 2019" in the other sentence)
    if (kind === 'date' && yearLabel(date, at)) {
      if (groupScope) out.push({ sentence: index, fact, kind, slot: { measure: 'event-date', event: groupScope } });
      continue;
    }
    // "le déraillement, survenu à 7h42": the event word may sit across a comma, so any clause will do.
    // (not an event past "after" or "before": "reached at 5.40am after talks that opened on Tuesday")
    const cut = Math.min(...sequenceWords.map((cue) => phraseIndex(folded, cue, at.end)).filter((from) => from >= 0));
    // (an attribution between the two is no distance: "alle 21.25, secondo la ricostruzione dei vigili del
    // fuoco, è scattato l'ordine di evacuazione")
    const unattributed = asides.length ? wide.filter((w) => !asides.some(([from, to]) => w.start >= from && w.end <= to)) : wide;
    const named = (kind === 'time' ? cleftEvent(at, folded, wide, tables.events, pack) : undefined) ?? nearest(tables.events, cut === Infinity ? unattributed : unattributed.filter((w) => w.start < cut), folded, wideAt(at), EVENT_WINDOW);
    // "restera fermée jusqu'au jeudi 11 mars", "will remain shut until Wednesday": a closure until a day is
    // a reopening on it ("expected to reopen it on Tuesday, March 9").
    // (the closure before the until word, whatever event word comes after: "resteront fermées au moins
    // jusqu'à vendredi, a-t-il annoncé")
    const closedUntil = untilBefore(at) && wide.some((w) => w.end <= at.start && w.start >= at.start - CLOSURE_REACH && lookUp(tables.events, w.folded) === 'closure');
    const event = closedUntil ? 'reopening' : named;
    // A plan ("the next launch", "il prossimo lancio") is told from the day itself by its era, not by a cue.
    // (nor, for a clock time, "next" of a period: "hanno firmato l'accordo sulle quote del prossimo anno alle
    // 6.40" is today's signing; the quotas are next year's)
    const cues = cueWords.filter((w) => !again.has(w.folded) && !(kind === 'time' && ofNextPeriod(w)));
    // …or one opening its stretch of the sentence before it, with no other date or time between: "un
    // autre pont, bien plus modeste, s'est partiellement effondré mercredi vers 6h10".
    // (a date beside a time is of the same moment: "mercredi vers 6h10")
    const lastBefore = timed.filter(([, k]) => k === kind).map(([f]) => f.start - sentence.start).filter((start) => start < at.start).reduce((a, b) => Math.max(a, b), -1);
    const opening = cues.filter((w) => w.end <= at.start && w.start > lastBefore).map((w) => ({ ...w, clause: clauseIndex(cueBreaks, w.start) }));
    const cue = nearest(tables.secondary, cues, folded, wideAt(at), WINDOW) ?? (event ? nearest(tables.secondary, opening, folded, { ...at, clause: clauseIndex(cueBreaks, at.start) }, STRETCH) : undefined);
    // (a cue that names the event itself sets nothing apart: "the result of Sunday's run-off" is the run-off's)
    const secondary = (kind === 'date' && cue === 'later') || cue === event ? undefined : cue;
    let scope: string | undefined;
    if (event) scope = secondary ? `${event}:secondary:${secondary}` : event;
    // "today", "last week": without an event of their own they are too vague to pin to a claim.
    // (a past weekday the article's date resolves is a day of the claim its sentence states: "issued a red
    // alert on Friday" / "dès le jeudi 17 juin", compared only inside that claim)
    else scope = kind === 'date' && (fact as DateFact).relative !== undefined && !pastWeekday(fact as DateFact) ? undefined : groupScope;
    // "until 5 August" ends a span, "on Saturday" is a moment: a claim's two are not one day misstated.
    if (scope && scope === groupScope && kind === 'date' && untilBefore(at)) scope = `${groupScope}:until`;
    // "built before 1990" bounds the years of building: no year of it.
    if (scope && kind === 'date' && boundBefore(at)) scope = `${scope}:bound`;
    const weekdayOfClaim = kind === 'date' && !event && pastWeekday(fact as DateFact);
    // A past weekday right after its event word is that event's day: "talks that opened on Tuesday",
    // "Ouvertes lundi", "si erano aperti martedì" (not "said on Monday", nor a day a cue sets apart).
    // (the sentence's one date, as for a claim's weekday, and no word of saying before it: "declared a day of
    // mourning on Monday" dates the declaring)
    const weekdayOfEvent = kind === 'date' && event !== undefined && event !== 'main event' && !secondary && pastDay(date) && daysNamed === 1 && !reportedBefore(at) && !ordinalBefore(at) && eventRightBefore(at, event);
    const measure = kind === 'time' ? 'event-time' : 'event-date';
    // Without an event word, a date or time beside one exact reading is that reading's, wherever the
    // articles put it ("Dimanche 9 août, la station a relevé 47,3 °C" / "climbed to 47.3 degrees Celsius on
    // Monday"): compared with the dates other articles give the same reading.
    // (a reading was taken, not planned: a weekday a cue reads ahead, "dès mardi", dates none)
    const ahead = kind === 'date' && isWeekday(fact as DateFact) && (fact as DateFact).relative! > 0;
    if (!event && reading && ofKind[kind] === 1 && !ahead) out.push({ sentence: index, fact, kind, slot: { measure, event: `reading:${reading}` } });
    // A time beside a vote's tally, for and against, is when the vote's result came ("alle 18.24 ora
    // italiana: 165 sì, 131 no e 14 astenuti", "Il était 19 h 42 …: 163 députés ont voté la censure, 131
    // l'ont rejetée"), whatever the tally's numbers; a vote of another day is set apart by its day.
    if (kind === 'time' && !cue && tallied) out.push({ sentence: index, fact, kind, slot: { measure, event: 'reading:tally' } });
    // A date or time no event word claims, of this story's time and not a bare weekday or "yesterday",
    // is offered to the context pairing: "se réunira de nouveau le 18 mars" / "next scheduled meeting is on
    // March 25".
    // (a year alone is when a figure holds more often than an event's date: "from an expected 4.1% in 2026")
    // One an event word claims is offered too, named by it: the articles may name the event by other
    // words ("6.47am" of the building's collapse, "à 3 h 47 GMT" of the explosion).
    if (!cue && (kind === 'time' || ((fact as DateFact).relative === undefined && (fact as DateFact).month !== undefined))) out.push({ sentence: index, fact, kind, slot: { measure, event: 'loose' }, loose: true, ...(event ? { named: `${measure}:${event}` } : {}) });
    // (a restatement is offered to the context pairing only, where its zone may meet the other articles'
    // times: "17:38 local time (14:38 GMT)" and "2.48pm GMT"; its claim's and its event's slots are the time's it restates)
    if (kind === 'time' && (fact as TimeFact).sameAs !== undefined) continue;
    // A bare weekday ("on Monday", "dimanche") is taken for a past day, unless a cue makes it ahead ("from
    // Thursday"): too loose to date an event word near it ("said on Monday", "could send a second wave on
    // Friday"); only a reading's date.
    // (a weekday an until word puts ahead is the day a closure ends, "jusqu'à vendredi", "until Wednesday";
    // "dès mardi" may be past or ahead, as the tense says)
    if (!scope || (kind === 'date' && isWeekday(fact as DateFact) && !weekdayOfClaim && !weekdayOfEvent && !((fact as DateFact).relative! > 0 && untilBefore(at)))) continue;
    out.push({ sentence: index, fact, kind, slot: { measure, event: scope } });
  }
  return out;
}

const anaphoraOf = perPack((pack: LanguagePack) =>
  pack.anaphora
    ? {
        openers: new Set(pack.anaphora.openers.map(fold)),
        times: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation(pack.anaphora.times.map(fold))})(?![\\p{L}\\p{N}])`, 'u'),
      }
    : undefined,
);

/** A date's day, `2027-01-21`, when it names one (in the article's year when it gives none: "Jan. 21"). */
function dayOf(d: DateFact, year: number): string | undefined {
  if (d.resolved && /^\d{4}-\d{2}-\d{2}$/.test(d.resolved)) return d.resolved;
  const of = d.year ?? (Number.isFinite(year) ? year : undefined);
  if (of === undefined || d.month === undefined || d.day === undefined || d.endYear !== undefined) return undefined;
  return `${of}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * A sentence that points back to the one before it tells of that one's time: "The last comparable attack,
 * in October 2024, hit St Orlen hospital. Its attackers asked for 80 bitcoin"; "On Jan. 21 the ministry
 * counted 870,000 marchers. Twelve people were arrested that day." Its figures with no period of their own
 * take the day a time word points to ("that day", "ce jour-là", "quel giorno") or the earlier year a
 * pointing opener ("Its", "Ses", "I suoi") carries over, when the sentence before, in the same paragraph,
 * gives it and this one gives no date of its own.
 */
export function carryTimeBack(
  slots: readonly FactSlot[],
  sentences: readonly SentenceNode[],
  facts: readonly SentenceFacts[],
  packOf: (index: number) => LanguagePack,
  publishedOf: (document: string) => string | undefined,
): void {
  const bySentence = new Map<number, FactSlot[]>();
  for (const s of slots) {
    if (s.kind !== 'quantity') continue;
    const list = bySentence.get(s.sentence);
    if (list) list.push(s);
    else bySentence.set(s.sentence, [s]);
  }
  for (const [i, own] of bySentence) {
    const sentence = sentences[i]!;
    const before = sentences[i - 1];
    if (!before || before.document !== sentence.document || before.paragraph !== sentence.paragraph || facts[i]!.dates.length > 0) continue;
    const anaphora = anaphoraOf(packOf(i));
    if (!anaphora) continue;
    const folded = fold(sentence.text);
    const words = folded.match(/[\p{L}]+/gu) ?? [];
    const pointsToDay = anaphora.times.test(folded);
    const opens = anaphora.openers.has(words[0] ?? '') || anaphora.openers.has(`${words[0]} ${words[1]}`);
    if (!pointsToDay && !opens) continue;
    const dates = facts[i - 1]!.dates;
    const year = Number(publishedOf(sentence.document)?.slice(0, 4));
    let period: string | undefined;
    if (pointsToDay && dates.length === 1) period = dayOf(dates[0]!, year) ?? (dates[0]!.year !== undefined && dates[0]!.endYear === undefined ? String(dates[0]!.year) : undefined);
    if (!period) {
      // (an opener carries only a year before the article's: "The storm hit on Monday. Its winds…" is today's)
      const past = dates.filter((d) => d.year !== undefined && d.endYear === undefined && Number.isFinite(year) && d.year < year);
      if (past.length === 1) period = String(past[0]!.year);
    }
    if (!period) continue;
    for (const s of own) if (!s.slot.period) s.slot = { ...s.slot, period };
  }
}

const followingYearOf = perPack((pack: LanguagePack) => (pack.followingYearWords?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(pack.followingYearWords.map(fold))})(?:$|[^\\p{L}])`, 'u') : undefined));

