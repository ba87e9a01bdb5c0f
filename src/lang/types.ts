import type { LanguageCode } from '../types.js';

/**
 * How an approximator turns a number v into an interval: `around` ±15 %, `nearly` [0.85v, v],
 * `over` (v, 2v], `atLeast` [v, ∞), `under` [0, v), `upTo` [0, v].
 */
export type Approximation = 'around' | 'nearly' | 'over' | 'atLeast' | 'under' | 'upTo';

export interface UnitInfo {
  /** What is measured: money, percent, people, distance, magnitude, buildings, weight, area, count. */
  category: string;
  /** Canonical unit: ISO 4217 for currencies, `km`, `%`, `person`… */
  unit: string;
  /** Factor to the canonical unit (miles → km). */
  factor?: number;
  /**
   * The factors a unit of several sizes may stand for, smallest and largest: an English "ton" is a short
   * ton (907 kg), a metric tonne or a long ton (1,016 kg). The figure reaches over all of them.
   */
  factorRange?: [number, number];
  /** A currency sign or code written before the number ("$", "US$", "€"). */
  before?: boolean;
  /** A degree that names no scale ("degrees", "degrés", "gradi"): Celsius, unless its article shows otherwise. */
  scaleUnnamed?: boolean;
}

/**
 * Everything the pipeline knows about one language, as data. The core holds no language literals:
 * a stage that needs a word list asks the pack of the text's language.
 */
export interface LanguagePack {
  code: LanguageCode;
  /** ISO 639-3 code that franc answers with. */
  francCode: string;
  /** Locale for `Intl.Segmenter` and `Intl.DisplayNames`. */
  locale: string;
  name: string;
  /** Reduces a lower-cased word to its stem (natural's Porter stemmer for the language). */
  stem(word: string): string;

  /**
   * Abbreviations that end with a dot but do not end a sentence (`Mr.`, `M.`, `dott.`). Matched
   * case-sensitively when one letter long, case-insensitively otherwise.
   */
  abbreviations: string[];

  /** Function words that carry no claim: left out of the cross-lingual representation. */
  stopwords: ReadonlySet<string>;

  /**
   * Negation cues, lower-case. A sentence holds a negation when one of `negations` occurs, unless
   * the only cue is part of a restrictive construction listed in `notNegations` (French "ne … que").
   */
  negations: string[];
  /** Patterns that look like negation but are not (matched on the lower-cased sentence). */
  notNegations: RegExp[];
  /**
   * Negations built around a particle, matched on the lower-cased sentence: the whole match is the cue
   * (French "ne … plus", "personne ne", where "plus" and "personne" alone do not negate).
   */
  negationConstructions: RegExp[];
  /**
   * Words that negate by their meaning ("without", "unknown", "sans", "ignorent", "senza", "privi"),
   * lower-case; an entry ending in `*` is a prefix. Translators turn a "not" into one of these and back,
   * so a sentence holding one does not plainly assert what another negates.
   */
  negativeWords: string[];
  /**
   * Words that say what alone holds ("only", "seul", "solo", "unico"): a claim restated through them ("Seul le
   * second s'est arrêté" / "Il primo non si è mai fermato"; "not the only one" / "the second this week") may
   * carry a negation on one side only and negate nothing.
   */
  exclusiveWords: string[];
  /** Endings of adjectives of origin, without accents ("-ese" in "Chinese", "-ais" in "français"). */
  demonymSuffixes: string[];

  /** Cardinal number words and the collective nouns that stand for a number ("dizaine", "decina"). */
  numberWords: Record<string, number>;
  /** "et demie", "and a half": half a unit more, after the unit. */
  halfPhrases: string[];
  /**
   * A temperature under freezing: `before`, the words just before the number ("minus", "moins", "meno";
   * a minus sign is read in every language); `after`, the phrases just after the unit ("below zero",
   * "sous zéro", "sotto zero").
   */
  belowZero: { before: string[]; after: string[] };
  /**
   * Shares said as fractions ("two thirds of", "les trois quarts des", "quattro quinti del", "la moitié
   * des"): `denominators`, each fraction word's (thirds → 3); `halves`, the words for a half ("half the",
   * "la moitié des"); `articles`, the words that say "one" before a fraction ("a third of", "un tiers des");
   * `of`, the words that must follow, so that an ordinal ("il terzo giorno") or a quarter of an hour is
   * not read as a share. A fraction of a unit (the pack's units, time units and `measureNouns`: "a quarter
   * of a point", "un quarto di punto") is no share either.
   */
  fractions: {
    denominators: Record<string, number>;
    halves: string[];
    articles: string[];
    of: string[];
    measureNouns: string[];
    /** Words before a unit that make a fraction of it, lower case → the fraction ("half a" mile, "demi-" kilomètre, "mezzo" chilometro). */
    ofUnit: Record<string, number>;
  };
  /** Words between a unit and a unit of time that make a rate ("par", "per", "all'", "/"). */
  rateWords: string[];
  /** Number words that are approximate by themselves ("une dizaine" is about ten). */
  approximateNumberWords: string[];
  /** Units of time that make a rate only ("a stagione", "per season"), in days. */
  rateOnlyUnits: Record<string, number>;
  /** Words for units of time, singular and plural, with their length in days. */
  timeUnits: Record<string, number>;
  /**
   * Phrases that are a duration or period by themselves, with their length in days ("décennie",
   * "fortnightly", "quinze jours", which means two weeks, not fifteen days).
   */
  durationPhrases: Record<string, number>;
  /** Words that put a number before a time unit without being a number ("a month", "un mois"). */
  indefiniteArticles: string[];

  /** Words that multiply the number before them ("millions", "mila", "bn"), with their factor. */
  scaleWords: Record<string, number>;
  /**
   * Scale suffixes that are also units ("150m": million or metres), with their factor: read as a scale
   * only after a currency sign ("£150m") or before what people or things are counted ("148m users").
   */
  ambiguousScaleSuffixes: Record<string, number>;
  /**
   * Vague amounts, as an interval of the number they stand for ("des centaines de" = 200–999,
   * "hundreds of millions" is that interval times a scale word).
   */
  vagueAmounts: Record<string, [number, number]>;
  /** Words and phrases before a number that bound or widen it, by the interval they make. */
  approximators: Record<string, Approximation>;
  /** Phrases that begin like an approximator and are not one (Italian "oltre a": besides). */
  notApproximators: string[];
  /** Units after a number (or currency signs before it), with what they measure. */
  units: Record<string, UnitInfo>;
  /** Day names (lower case): dates, not names. */
  weekdays: string[];
  /** Whether adjectives come before the noun ("12 small satellites"): then WordNet tells an adjective from the noun counted. */
  adjectivesBeforeNouns: boolean;
  /** Plural endings and their singulars, most likely first ("satelliti" → "satellite"), for looking nouns up. */
  singularEndings: Array<[string, string]>;
  /**
   * Endings of past participles ("apportés", "stanziati", "raised"): the word after a number with such an
   * ending is what was done with the amount, not a noun it counts ("dont 640 millions apportés par l'UE").
   */
  participleEndings?: string[];
  /**
   * Regular spelling correspondences of the language's cognates with English, for a counted noun the
   * dictionary lacks: endings of the singular ("zione" → "tion", "ité" → "ity") and letters inside the word
   * ("zi" → "ti"), written folded (no accents). A rewrite counts only when WordNet lists its result as an
   * English noun ("paziente" → "patient").
   */
  cognateEndings?: Array<[string, string]>;
  cognateLetters?: Array<[string, string]>;
  /** Words that name a currency and are common words too ("mark", "won"): not read alone as money. */
  currencyHomographs?: string[];
  /**
   * Words right before a date or a time that make it the end of what the sentence tells of ("closed until
   * 11 March", "fermée jusqu'au jeudi 11 mars", "chiusa fino al 17 febbraio"): a closure until a day is a
   * reopening on that day.
   */
  untilWords: string[];
  /**
   * Words right before a date that make it a bound, not the day of what the sentence tells of: "every
   * block built before 1990", "construits avant 1990", "costruiti prima del 1990" is no year of building.
   */
  boundWords: string[];
  /**
   * Words between "one" (and a noun) and a number that make the number a ratio's, not a count: "un habitant
   * sur sept", "one resident in seven", "un italiano su cinque".
   */
  ratioWords: string[];
  /** Words after a number that make it a ratio's, odds against one, lower case without accents: "140 million to one", "140 millions contre un". */
  ratioAfter: string[];
  /**
   * Words that join two sides of a size, the second number's unit left out: "18 metres by 15", "18 mètres
   * sur 11", "18 metri per 15".
   */
  dimensionJoiners: string[];
  /** Pronouns that stand for what a number counts, left out after it: "en a coûté 780 000", "ne eroga 920". */
  partitivePronouns: string[];
  /** Words a rating's number follows on a scale: "Level 1", "niveau 1", "livello 2", "category 4". */
  ratingWords: string[];
  /**
   * Words that put a bare weekday ahead of the article's date ("from Thursday", "dès jeudi", "jeudi
   * prochain", "da giovedì"), right before or right after it; any other bare weekday is the last one on
   * or before that date ("on Monday", "lundi", "lunedì"). `next`: the words before it that never mean
   * the article's own day ("next Thursday" on a Thursday is a week on); a word after it always does.
   */
  upcomingWeekday: { before: string[]; after: string[]; next?: string[] };
  /**
   * Words after a day of a month that give its year from the article's date: the last such day before it
   * ("il 14 ottobre scorso", "le 4 octobre dernier") or the next after it ("le 30 juin prochain").
   */
  dateAfterWords?: { past: string[]; next: string[] };
  /**
   * What points back to the sentence before: words opening a sentence ("Its attackers asked for 80
   * bitcoin", "Ses auteurs", "I suoi autori"), and a time said as that sentence's ("Twelve people were
   * arrested that day", "ce jour-là", "quel giorno"). A figure of such a sentence is of the time the one
   * before gives.
   */
  anaphora?: { openers: string[]; times: string[] };
  /** Words after a weekday that put it in the calendar week before the article's ("Wednesday of last week", "mercoledì della settimana scorsa"). */
  lastWeekAfterWeekday?: string[];
  /** Words that set a figure in the year after the one its stretch names ("In 2019 a leak …, and it was fined €2.4m the following year"). */
  followingYearWords?: string[];
  /**
   * Words that put the rest of their clause ahead ("should return on Friday", "reprendra jeudi", "sarà
   * ascoltata giovedì"): a bare weekday after one of them is the next such day. (Not "due" nor "expected"
   * alone: "cancelled due to fog on Monday", "as expected on Monday" are past.) `futureEndings` is a
   * regular expression for the future tense's endings, where the language marks it on the verb.
   */
  futureCues: string[];
  futureEndings?: string;
  /** Month names and abbreviations → 1–12. */
  months: Record<string, number>;
  /** Words before a range of years ("from", "de", "dal") and between its two ends ("to", "à", "al"). */
  yearRangeStarts: string[];
  yearRangeJoins: string[];
  /** Prepositions before a clock time ("at", "à", "alle"): "alle 8.40" is a time, "7.8" a number. */
  timePrepositions: string[];
  /**
   * Articles that say a number with a dot is a clock time, as prepositions of time do ("erano le 15.42"):
   * read before a time with a dot only, never before a bare hour ("le 20 ore" are hours of work).
   */
  clockArticles: string[];
  /**
   * A time told as a cleft, "Erano le 4.40 quando …", "Il était 14h42 lorsque …", "It was 3.12am when …":
   * `before`, the words that open it before the time; `after`, the word after the time (past its zone)
   * that opens the clause saying what happened then.
   */
  cleftTimes: { before: string[]; after: string[] };
  /**
   * Prepositions after which a bare hour is a clock time when nothing follows it but punctuation or a
   * conjunction ("alle 21", "vers 21, …"); empty where the language never writes an hour so ("at 21" is an age).
   */
  bareHourPrepositions: string[];
  /**
   * Words after such a bare hour that keep it an hour, lower case: a preposition of where, whose or when
   * ("alle 9 dalla casa automobilistica", "alle 21 di ieri"); a noun after the number makes it a count.
   * One ending in an apostrophe is elided into the word after it ("alle 11 dall'Ufficio").
   */
  bareHourFollowers: string[];
  /**
   * Parts of the day that may follow a bare hour, with the hours they add: "alle 7 del mattino" (7:00),
   * "à 8 heures du soir" (20:00), "at 7 in the evening" (19:00).
   */
  hourDayParts: Record<string, number>;
  /**
   * Hours named by a word ("noon", "minuit", "mezzogiorno"), read as a clock time after one of `before`
   * ("at noon", "à midi", "a mezzogiorno"): "le Midi" is a region, "a midnight deadline" no time. `minutes`:
   * words after the named hour that add minutes to it ("midi et demi", "mezzogiorno e mezzo" → 12:30).
   */
  namedHours: { words: Record<string, number>; before: string[]; minutes?: Record<string, number> };
  /** Words after an hour that make it a clock time ("20 heures", "9 o'clock"), lower case. */
  hourWords: string[];
  /** Words that join two items of a list ("et", "and", "e"). */
  conjunctions: string[];
  /**
   * Words between the two ends of a range of figures ("deux à trois millions", "two to three", "2-3").
   * A conjunction joins a range only after an opener ("entre 2 et 3", "between 2 and 3").
   */
  rangeConnectors: string[];
  /**
   * Words before whom a statement was made to ("told", "a déclaré à", "ha detto al"): the outlet or
   * interviewer named there is not part of the claim.
   */
  recipientCues: string[];
  /**
   * Words after a date or time that open another event it is told against ("reached at 5.40am after talks
   * that opened on Tuesday", "après", "dopo"): the event named past them is not the one dated.
   */
  sequenceWords: string[];
  /** Verbs that declare or announce what is dated after them ("declared a day of mourning on Monday"): the day may be the declaring's. */
  declaringVerbs: string[];
  /** Words before the agent of a passive ("sued by Meta", "poursuivi par Meta", "citato da Meta"). */
  agentMarkers: string[];
  /** Words that open a range ("entre", "between", "tra"). */
  rangeOpeners: string[];
  /** Words that open a change, not a range ("from 2 to 3 million" rose; "de", "da"): kept apart. */
  changeOpeners: string[];
  /**
   * Words that set a figure against another as its point of comparison ("to 221,000 tonnes against
   * 233,000 this year", "contre", "rispetto a"): in a sentence of change, the figure after them is the
   * earlier value, not a claim of today's.
   */
  comparisonOpeners: string[];
  /** Beginnings of verbs of change ("ris", "pass", "aument"): with one just before, "de 2 à 3" is a change. */
  changeVerbs: string[];
  /** Ordinal endings after a day number ("1er", "5th", "1º"). */
  ordinalSuffixes: string[];
  /** Words for the first day of a month, written before it ("il primo luglio", "le premier juin"). */
  firstDayWords: string[];
  /** Words between a month and its year ("juin de 2011", "giugno del 2011"). */
  monthYearLinkers: string[];
  /** Nouns that put a decade after them ("les années 70", "gli anni '80"). */
  decadeNouns: string[];
  /**
   * How precisely a relative date with no offset is said ("this week" is a week, "this year" a year), in
   * days; one that is absent is a day ("today").
   */
  relativeSpans: Record<string, number>;
  /** Relative date expressions (lower case) with their offset in days from the article's date. */
  relativeDates: Record<string, number>;
  /** The zone a paper in this language writes its times in when it names none ("Europe/Paris"), if any. */
  homeZone?: string;
  /**
   * Words after a number of hours that state the story's offset from UTC ("three hours ahead of GMT",
   * "deux heures d'avance sur GMT"), and those that state it behind.
   */
  offsetAhead: string[];
  offsetBehind: string[];
  /** Expressions after a clock time that name its time zone or reference ("heure française", "ora locale"). */
  timeZones: Record<string, string>;
  /**
   * Words around a capitalised place name after a clock time that make it the place's own time, which
   * no table lists: "alle 19 ora di Vendra", "18 heures, heure de Vendra", "at 6pm Dunmarr time" (local time).
   */
  placeTime: { before: string[]; after: string[] };
  /**
   * Words that open a publication time at the head or foot of an article ("Published", "Publié le",
   * "Pubblicato il"), and those that open an update time ("Updated", "Mis à jour", "Aggiornato"), lower
   * case. Articles, prepositions and weekdays between a cue and its date need not be listed.
   */
  publicationCues: string[];
  updateCues: string[];
  /**
   * Orders in which the language writes numeric dates: `dmy` (14/03/2026), `mdy` (03/14/2026). With
   * both, a date that reads either way ("03/05/2026") is left unread.
   */
  numericDateOrders: Array<'dmy' | 'mdy'>;
  /** Verbs and phrases that report speech or a claim ("said", "a déclaré", "secondo"). */
  reportingCues: string[];
  /** Nouns for roles that speak for someone ("spokesperson", "porte-parole", "portavoce"). */
  roleWords: string[];
  /**
   * Sources by the kind of party they name, so that "the complaint", "la plainte" and "la causa" are one
   * source across languages: word (lower case) → `court-filing`, `plaintiffs`, `spokesperson`, `company`,
   * `police`, `officials`, `media`, `researchers`, `witnesses`.
   */
  sourceRoles: Record<string, string>;
  /** Endings of adverbs ("-ly", "-ment", "-mente"): an opening adverb is no name. */
  adverbEndings: string[];
  /** Titles written with a capital before a name, which are not names themselves ("Governor"). */
  titleWords: string[];
  /** Words that mark a claim as reported, not asserted ("allegedly", "aurait", "avrebbe"). */
  hedges: string[];
  /**
   * Hedges that are a conditional mood ("aurait", "avrebbe", "would have"). In a clause introduced by a
   * subordinator they are usually sequence of tenses ("affirmant que cela nuirait"), not an allegation.
   */
  conditionalHedges: string[];
  /**
   * The conditional mood in general ("would", "-rait", "-rebbe"), matched case-insensitively: a claim
   * in the conditional on the other side of a translation is not one stated as fact.
   */
  conditionalMood: RegExp;
  /** Conjunctions that, after a comma, open a new main clause (", et il aurait juré"). */
  clauseCoordinators: string[];
  /** Words that introduce a subordinate clause ("que", "che", "that", "if"). */
  subordinators: string[];
  /**
   * Uses of hedge words that are no hedge: the conditional of a modal ("aurait dû", "avrebbe dovuto":
   * was supposed to), a plain hypothetical ("would have been able to").
   */
  notHedges: RegExp[];
  /** Modal words of obligation and of permission. */
  obligations: string[];
  permissions: string[];

  /** Elided words written against the next one ("l'", "dell'", "qu'"), lower case, apostrophe included. */
  elisions: string[];
  /** Words that join capitalised words into one name ("of" in "Bank of America", "della"). */
  nameConnectors: string[];
  /** Words between a number and its unit ("150 millions de dollars"). */
  unitLinkers: string[];
  /** Subject pronouns, which stand for a source named before. */
  pronouns: string[];
  /** Articles, demonstratives and possessives. */
  determiners: string[];
  /** Prepositions: a source phrase read after its cue stops at one. */
  prepositions: string[];
  /** Auxiliaries before a reporting participle ("has" denied, "a" déclaré). */
  auxiliaries: string[];
  /** Words that end a source phrase: relatives, conjunctions, subordinators ("that", "que", "che"). */
  clauseBoundaries: string[];
  /** Reporting cues after which the source comes ("according to", "selon", "secondo"). */
  prepositionalCues: string[];

  /**
   * What the claim frames read (`src/stages/frames.ts`). `genericArticles` and `copulas` (present tense)
   * open a definition ("An API is software that…", "Une API est un logiciel qui…"), which asserts
   * nothing about the story. `reportingVerbs` (English lemmas, English pack only), with the lemmas of the
   * one-word `reportingCues`, report a claim and are not its predicate ("say", "deny", "believe");
   * `lightVerbs` (English pack only) are no predicate either; `irregularVerbs` (English pack only) give the lemma of
   * forms WordNet's detachment rules cannot ("went" → "go"), for the reading without Apertium.
   */
  frames: {
    genericArticles: string[];
    copulas: string[];
    reportingVerbs?: string[];
    /** English lemmas of verbs that carry tense or mood and say nothing of the claim ("be", "have", "may"). */
    lightVerbs?: string[];
    irregularVerbs?: Record<string, string>;
    /**
     * Words a translation or a rewrite adds or drops without changing the claim: intensifiers and
     * discourse adverbs ("really", "vraiment", "davvero", "respectively"). What one side adds or drops is
     * not reported when it is only these.
     */
    fillers?: string[];
    /**
     * Pairs of English lemmas opposite in meaning that WordNet does not list as antonyms (English pack
     * only: the other languages reach them through their glosses), read both ways.
     */
    opposites?: Array<[string, string]>;
    /**
     * Verbs of asking someone to act, every form as written (a phrase of words: "call on"): who comes
     * before one asks, the name after it (past "à", "a", an article) is asked ("Hastings asked the court",
     * "demande à Hastings de répondre", "chiede a Hastings di"). Two articles that swap who asks whom
     * reverse the claim.
     */
    requestVerbs?: string[];
  };

  /** Opening → closing quotation marks used in this language, most usual first. */
  quotePairs: Array<[open: string, close: string]>;

  /**
   * Words that say what a figure measures, folded (lower case, no accents), an entry ending in `*` a
   * prefix, → a measure concept shared by every language (`deaths`, `injured`, `depth`, `turnout`…):
   * "45 personnes ont été tuées", "feriti", "a depth of 10 km" (docs/fact-sheet.md).
   */
  measureWords: Record<string, string>;
  /** Nouns and verbs of news events, folded, `*` a prefix, → an event concept: what a date or time is of. */
  eventWords: Record<string, string>;
  /**
   * Ordinals among the secondary-event cues ("second", "troisième"): a cue of an event only beside an
   * event word ("a second blast"), not of a person or a count ("a third person has died").
   */
  ordinalWords: string[];
  /**
   * Ordinals that count a run of days, weeks or years ("the 12th consecutive day", "le douzième jour
   * consécutif", "il quattordicesimo giorno di fila"): the endings written after digits, the ordinals in
   * words (folded) with their number, and the words that make the run consecutive, before or after the
   * unit.
   */
  streaks: { suffixes: string[]; ordinals: Record<string, number>; before: string[]; after: string[] };
  /**
   * Cues of one more occurrence of an event ("two more strike days", "nouvelles journées de grève"): a
   * secondary event for a figure, but not for a date, whose era already tells a plan from the day itself.
   */
  againWords: string[];
  /**
   * Words that make a figure about a secondary or later event, folded, `*` a prefix, → what it is
   * (`aftershock`, `second`, `runoff`): "a second blast", "la réplique", "il ballottaggio".
   */
  secondaryEventWords: Record<string, string>;
  /**
   * A class a threshold figure sets, lower case: a universal quantifier (`quantifiers`: "every", "tous les",
   * "tutti i") and the comparatives after its noun (`comparatives`: "of more than", "de plus de", "sopra i").
   * "Every town of more than 5,000 people" states a rule, not any town's population.
   */
  thresholds: { quantifiers: string[]; comparatives: string[] };
  /** Words and phrases, lower case, that make a figure hold per period → the period ("annually", "par an"). */
  periodWords: Record<string, string>;
  /**
   * Words and phrases, lower case, that date a reading within its day → the moment (`open`, `close`,
   * `morning`, `midday`, `afternoon`, `mid-afternoon`, `evening`): "at the close", "en clôture", "a metà
   * pomeriggio". Two readings of a moving figure at two moments are not one figure misstated.
   */
  momentWords: Record<string, string>;
  /**
   * Words, folded, `*` a prefix, that tell a figure is where something growing or moving had got to when
   * written ("had advanced 4.5 km", "s'étirait sur près de 5 kilomètres", "ormai lunga 7 km"): two such
   * values at two publication times are an update, not a contradiction.
   */
  growthWords: string[];
  /**
   * Words just before (or after) a duration that say what kind of duration it is, lower case → `span`
   * (how long something lasted: "for nearly a decade", "depuis plus d'une décennie", "per quasi 10 anni"),
   * `frequency` ("every two weeks", "tous les quinze jours", "ogni"), `delay` ("within a month", "entro"),
   * `ago` ("il y a").
   */
  durationCues: Record<string, string>;
  /** Prepositions before the place or group a figure is about ("in", "dans", "nelle"). */
  placePrepositions: string[];
  /** Prepositions that make a place only before a name ("À Moravel, huit personnes…", "at Kolvio"). */
  placeNamePrepositions: string[];
  /** Parts of the day ("night", "nuit", "notte"): "in the night" is a time, not a place. */
  dayParts: string[];
  /** Words that open a clause about the place just named ("where", "où", "dove"). */
  placeRelatives: string[];
  /** Whether a year follows its noun ("le elezioni del 2019"), so that a number before a noun counts it. */
  yearAfterNoun: boolean;
  /** Words after which a four-digit number is a year, whatever noun follows it: "in 2016 killed 21", "depuis 2016", "nel 2016". */
  yearOpeners: string[];
  /** Words before a year that make it the period a thing is for, not a day it happened ("quotas for 2028", "pour 2028", "per il 2028"). */
  yearForWords: string[];
  /** Words that make the number after them a label, not a year: "number 2027", "numéro 2027", "n° 2019". */
  numberLabels: string[];
  /**
   * An amount for each one of something, not a total: a word before it in its clause ("each displaced
   * family is to get €1,800", "chaque famille … recevra … 1800 euros", "per ogni nucleo") or right after
   * it ("2 000 euros par passager", "1.800 euro per ogni nucleo").
   */
  eachBefore: string[];
  eachAfter: string[];
  /**
   * Words that make a number the votes against: right before it ("208 votes to 171", "208 voix contre 171")
   * or right after it ("171 against", "174 contrari", "174 no").
   */
  againstBefore: string[];
  againstAfter: string[];
  /**
   * A vote's tally, read from the words right after each number (past one word for who voted: "163
   * députés ont voté", "14 deputies abstaining"); a cue ending in `*` takes any ending. `for`: the votes
   * for ("165 sì", "208 in favour"); `against`: the votes against, besides `againstAfter` ("131 l'ont
   * rejetée", "9 voted against"); `abstain`: abstentions ("14 astenuti", "17 se sont abstenus");
   * `joins`: a word between two numbers that makes them for and against ("split seven to two"), in a
   * sentence about a vote; `voteWords`: words that make a sentence about a vote besides those of votes
   * and of a vote in `measureWords` and `eventWords` ("the board split").
   */
  tally: { for: string[]; against: string[]; abstain: string[]; joins: string[]; voteWords: string[] };
  /** Words before a number that make it a place's population ("a city of 480,000 people", "una città di"). */
  populationCues: string[];
  /**
   * Phrases that name a group of people by age, each with the age as its first capture ("under-25s",
   * "people aged over 65", "les moins de 25 ans", "gli under 25"), by bound: a figure in their stretch is
   * that group's, not everyone's. Written to need an article or a noun of people, so that a span of time
   * ("plus de 25 ans") is not one. Matched on the folded sentence: lower case, no accents ("con piu di").
   */
  ageGroups: { under: RegExp[]; over: RegExp[] };
  /** Words before a number that make it what something can hold, not what it holds ("licensed to carry 450 passengers", "capienza di"). */
  capacityCues: string[];
  /** Words right before a number of years that make it an age ("aged 41", "un homme de 41 ans", "un cittadino di 41 anni"), unless a measure word says what the span is ("une peine de 7 ans"). */
  ageCues: string[];
  /** Endings that make a number word an age ("cinquantottenne", "ventenne"), lower case; none in most languages. */
  ageWordSuffixes?: string[];
  /**
   * Vowels a number word drops before another vowel or an ending, lower case: "cinquanta" + "otto" is
   * "cinquantotto", "cinquantotto" + "-enne" is "cinquantottenne"; none in most languages.
   */
  elidedNumberVowels?: string[];
  /** Words between a time and the same time in another zone after a comma ("soit", "le" in "alle 4:17 ora locale, le 5:17 in Italia"). */
  timeRestatementLinkers: string[];
  /**
   * Words before a span of time that a figure of its clause is counted over ("312 mm of rain in 72 hours",
   * "en trois jours", "nell'arco di tre giorni"): figures counted over two different spans are two facts.
   */
  spanPrepositions: string[];
  /** Approximators that are also prepositions of place before a length of some matter ("under 4.5 metres of clay"): no bound there. */
  spatialApproximators: string[];
  /** Words that make a held figure a cap set for everyone ("a maximum sentence of 15 years", "la pena massima"). */
  maximumWords: string[];
  /** Words that make a clock time approximate ("shortly after 2am", "vers 2h10", "intorno alle 2"): it meets times a quarter of an hour off. */
  timeApproximations: string[];
  /**
   * Openers of an earlier value that also mean "by" ("progressé de 8,4 %" against "passé de 12 à 15"): they open an
   * earlier value only when a target word and another number follow the figure (`changeTargets`).
   */
  ambiguousChangeOpeners: string[];
  changeTargets: string[];
  /**
   * Words after a number, or after the noun it counts, that make it an increment, not a total ("two more
   * bodies", "deux de plus", "190 loups de plus", "190 lupi in più").
   */
  incrementCues: string[];
  /**
   * Nouns for a number of things, lower case: a figure set before one counts what follows its "of" ("74
   * le nombre de loups" counts wolves, not numbers).
   */
  countingNouns: string[];
  /** Nouns that make a number a multiple, not a count, lower case: "four times", "quatre fois", "quattro volte". */
  multiplierNouns: string[];
  /**
   * Words for "with" that set a figure after a comma as the holding of the name before it, lower case:
   * "The Vasken Highlands …, with 610 wolves", "la plaine du Brannen, avec 480 loups".
   */
  withWords: string[];
  /** Words right after a number that make it a part of those just counted ("two of them", "deux d'entre eux"). */
  partAfterCues: string[];
  /**
   * Words that make a figure a part of a larger one, lower case: before it ("including", "dont", "di
   * cui", "among them") or after it ("of them", "parmi les blessés" reads "parmi"). A part is not the whole.
   */
  partCues: string[];
  /** Words between a part and its whole ("64 of the 151", "64 des 151", "46 su 151"), lower case. */
  ofTotalWords: string[];
  /** Words between a distance and the place it is measured from ("38 km south-east of Kardos", "à 25 km de Lyon", "a 83 chilometri da Kardos"). */
  distanceFromWords: string[];
  /**
   * Words right after a figure that make it a margin over something else ("two metres above the alarm
   * threshold", "0,3 point au-dessus des prévisions"), unless what follows is a datum a height or a depth
   * is measured from (`datumWords`: "below the surface", "au-dessus du niveau de la mer").
   */
  marginCues: string[];
  datumWords: string[];

  /** Whole lines that are page furniture rather than article text, by kind. */
  boilerplateLines: {
    menu: RegExp[];
    navigation: RegExp[];
    byline: RegExp[];
    dateline: RegExp[];
    credit: RegExp[];
  };
}
