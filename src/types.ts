/**
 * The document model and the report contract.
 *
 * Every node that covers text carries `start`/`end` offsets into its document's `source`, and
 * `node.text === source.slice(node.start, node.end)` always holds.
 */

/** Languages the tool can compare (ISO 639-1). */
export type LanguageCode = 'fr' | 'it' | 'en';

/**
 * What language detection answers: a supported language, another ISO 639-1 code when the text is
 * clearly in a language outside `--languages`, or `und` when it cannot tell.
 */
export type DetectedLanguage = LanguageCode | 'und' | (string & {});

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** True for words and numbers, false for punctuation. */
  isWord: boolean;
}

/** Why a stretch of the source is kept out of the claims. */
export type BoilerplateKind =
  | 'menu'
  | 'share-bar'
  | 'credit'
  | 'caption'
  | 'navigation'
  | 'byline'
  | 'dateline'
  | 'section-label'
  | 'markup';

export interface BoilerplateSpan extends Span {
  kind: BoilerplateKind;
  text: string;
}

export type SentenceKind = 'title' | 'heading' | 'body';

export interface SentenceNode extends Span {
  /** `documentId:index`. */
  id: string;
  document: string;
  /** 0-based position among the document's sentences. */
  index: number;
  /** 0-based index of the paragraph that holds the sentence. */
  paragraph: number;
  kind: SentenceKind;
  text: string;
  language: DetectedLanguage;
  /** Whether the language was judged on the sentence itself or inherited from the document. */
  languageSource: 'sentence' | 'document';
  tokens: Token[];
}

/**
 * What a sentence is: `assertion`, or one that asserts nothing about the story — a `question`, a
 * `definition` ("An API is software that…"), a section `heading`.
 */
export type SentenceType = 'assertion' | 'question' | 'definition' | 'heading';

/**
 * A sentence read as a claim (`read-frames`): what it does, how, and on whose word. Two sentences state
 * the same claim when their predicates meet (the same English lemma or a shared WordNet sense) and
 * their named participants are not disjoint; the sentence rules compare only such pairs.
 */
export interface ClaimFrame {
  type: SentenceType;
  /**
   * English lemmas of the sentence's content verbs, sorted: not auxiliaries, copulas or the verbs that
   * report the claim ("say", "allege", "deny").
   */
  predicates: string[];
  /**
   * English verbs a French or Italian sentence's own verbs may stand for: the glosses of the verbs
   * Apertium's analyser finds ("mandata" → "mandare" → "send"), sorted; empty for English and without
   * Apertium. A translation that garbles a verb still meets the other side's verb through them.
   */
  verbSenses: string[];
  /**
   * English glosses of a French or Italian sentence's own words, by the word as written, lower-cased:
   * what Apertium's bilingual dictionaries and the FreeDict dictionary give for its lemma ("vente" →
   * "sale"; "annulé" → "annul", "cancel"…); empty for English and without Apertium.
   */
  glosses: Record<string, string[]>;
  /** Name keys of the sentence's people, places and organisations (`NameFact.key`), sorted. */
  participants: string[];
  /**
   * A negation bears on a verb of the sentence ("did not share", "n'a pas partagé"), not on a phrase
   * ("a rocket, not a programme") and not a word that only looks negative ("pas de tir").
   */
  negated: boolean;
  /** How many negations bear on its verbs ("did not say it was never there": two). */
  negations: number;
  /** The claim is reported as someone's (a hedge or a source), in this sentence or carried from the one before. */
  attributed: 'here' | 'carried' | null;
}

export interface ParagraphNode extends Span {
  index: number;
  text: string;
  kind: SentenceKind;
  /** Indexes into the document's `sentences`. */
  sentences: number[];
}

export type SourceFormat = 'text' | 'markdown' | 'html';

export interface DocumentNode {
  id: string;
  /** The path as given (relative to the working directory when it was a file path), or `-` for stdin. */
  path: string;
  format: SourceFormat;
  /**
   * The text every offset points into: the decoded file without its byte-order mark, or, for HTML,
   * the article text extracted by Readability with one blank line between blocks.
   */
  source: string;
  title?: string;
  byline?: string;
  published?: string;
  /** Where the text states its publication time (a dateline, a "Published" line): no fact of the story. */
  publishedSpan?: Span;
  /** A wire dateline at the head ("KARDOS, March 14 (Wire) -"): the report's date, no fact of the story. */
  datelineSpan?: Span;
  language: DetectedLanguage;
  languageConfidence: number;
  paragraphs: ParagraphNode[];
  sentences: SentenceNode[];
  boilerplate: BoilerplateSpan[];
}

/**
 * A path (file or directory), or content in memory: text, bytes, or a stream such as standard input,
 * which is read up to the size limit of one article and no further.
 */
export type CompareInput = string | { path: string; content: string | Uint8Array | AsyncIterable<Uint8Array | string> };

export type Severity = 'high' | 'medium' | 'low';

export interface ProgressEvent {
  stage: StageName;
  /** Units done so far in this stage and their total, when the stage counts. */
  done: number;
  total: number;
  message?: string;
}

export type StageName =
  | 'ingest'
  | 'detect-language'
  | 'segment'
  | 'extract-facts'
  | 'bridge'
  | 'read-frames'
  | 'align'
  | 'build-fact-sheet'
  | 'confirm-claims'
  | 'rules'
  | 'report';

export interface CompareOptions {
  /** Languages to compare; articles in other languages are skipped with a warning. Default fr, it, en. */
  languages?: LanguageCode[];
  /** Cross-lingual bridge: Apertium when installed (`auto`, the default), or only the lexical path. */
  bridge?: 'auto' | 'apertium' | 'lexical';
  /** Where machine translations are cached between runs; `false` keeps them in memory only. Default: the user cache directory. */
  cacheDir?: string | false;
  /** Called as each stage advances. The library never prints. */
  onProgress?: (event: ProgressEvent) => void;
  /** Base directory that document paths are reported relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Rule ids to run (default: all of `RULES`). */
  rules?: string[];
  /** Leave out findings below this severity. */
  minSeverity?: Severity;
  /**
   * Leave out findings below this confidence (0 to 1; default 0.5, calibrated on judged findings, see
   * docs/confidence.md). 0 shows every finding. The report counts what was left out.
   */
  minConfidence?: number;
  /**
   * How much one run reads and compares (docs/robustness.md): at most `totalBytes` read from all
   * inputs (default 64 MiB), `documentSentences` sentences of one article (default 2,000) and
   * `totalSentences` in all (default 80,000). What passes them is left out with an `over-budget`
   * warning. Lower them to bound a service's time and memory.
   */
  budget?: { totalBytes?: number; documentSentences?: number; totalSentences?: number };
}

// ---------------------------------------------------------------------------------------------
// The JSON report: a documented, stable contract (docs/report-schema.md, docs/report.schema.json).
// ---------------------------------------------------------------------------------------------

export interface ReportDocument {
  id: string;
  path: string;
  format: SourceFormat;
  language: DetectedLanguage;
  languageConfidence: number;
  title: string | null;
  byline: string | null;
  published: string | null;
  sentenceCount: number;
  paragraphCount: number;
  /** Stretches of the source kept out of the claims (menus, share bars, credits…). */
  boilerplate: Array<{ kind: BoilerplateKind; start: number; end: number; text: string }>;
}

export interface ReportFact {
  /** quantity, date, time, name, quote, source, negation, hedge, obligation, permission. */
  kind: string;
  start: number;
  end: number;
  text: string;
  /** Kind-specific values (see docs/report-schema.md). */
  [field: string]: unknown;
}

export interface ReportSentence {
  id: string;
  document: string;
  index: number;
  paragraph: number;
  kind: SentenceKind;
  start: number;
  end: number;
  language: DetectedLanguage;
  text: string;
  facts: ReportFact[];
}

export interface ReportAlignment {
  id: string;
  /** Sentence ids, from two or more documents, sorted. */
  sentences: string[];
  score: number;
  /** What the aligner based the group on, for a human reading the report. */
  basis: string[];
}

export interface ReportRelation {
  id: string;
  /** `negation`: the two sentences say the same thing, one of them negated (a claim and its denial, or a flip). */
  type: 'negation';
  sentences: [string, string];
  score: number;
}

export interface ReportCopy {
  /** Two articles that are mostly the same text (syndicated copy). */
  documents: [string, string];
  sharedSentences: number;
  /** Shared sentences over the sentence count of the shorter article. */
  ratio: number;
}

export interface Evidence {
  sentence: string;
  text: string;
  /** Offsets into the document source, like every other span. */
  start: number;
  end: number;
}

export interface Discrepancy {
  id: string;
  rule: string;
  severity: Severity;
  sentences: string[];
  evidence: Evidence[];
  message: string;
  /** The rule's variant of finding, where it reports several: `misspelling`, `swap`, `corroborated`; else null. */
  variant: string | null;
  /** How far to trust it, 0 to 1: the judged precision of its kind of finding (docs/confidence.md). */
  confidence: number;
  /**
   * The class of judged findings the confidence was read from: rule, then variant or severity, then for
   * the sentence rules `close` or `loose` (`polarity-flip/high/close`).
   */
  confidenceClass: string;
  /** Why that confidence, in words. */
  reasons: string[];
}

export type WarningCode =
  | 'not-found'
  | 'unreadable'
  | 'binary'
  | 'empty'
  | 'encoding'
  | 'unsupported-language'
  | 'duplicate-input'
  | 'no-text-files'
  | 'html-no-article'
  | 'too-large'
  | 'long-sentence'
  | 'mixed-languages'
  | 'bridge-fallback'
  | 'not-a-file'
  | 'hidden-file'
  | 'not-prose'
  | 'over-budget'
  | 'html-flattened'
  | 'html-too-complex'
  | 'cache-unusable'
  | 'cache-rebuilt';

export interface ReportWarning {
  path: string;
  code: WarningCode;
  message: string;
}

/** Which article carries which claim: one row per alignment, one cell per document (a sentence id or null). */
export interface ReportCoverage {
  documents: string[];
  claims: Array<{ alignment: string; sentences: Array<string | null> }>;
}

/**
 * What a figure, date or time measures, read from the words that govern it (docs/fact-sheet.md). Two
 * figures are compared only when their slots are compatible.
 */
export interface MeasureSlot {
  /**
   * A concept id: `deaths`, `injured`, `missing`, `evacuated`, `magnitude`, `depth`, `distance`,
   * `money`, `percent`, `duration`, `users`, `event-time`, `event-date`, … or `count-of:<English lemma>`
   * for a counted noun that no concept names (`count-of:building`).
   */
  measure: string;
  /** The place, organisation or group the figure is about, as a name key or an English lemma. */
  subject?: string;
  /** `main`, or the secondary event the figure is about (`secondary:aftershock`, `secondary:second`). */
  event?: string;
  /** When the figure holds: a year (`2019`), `yearly`, `monthly`… */
  period?: string;
}

/** One value of a slot and where the story states it. */
export interface FactSheetValue {
  /** The value as a reader would write it: `12`, `7:42 UTC`, `3 May 2023`, `USD 1,500,000`, `6.4`. */
  display: string;
  /** The interval it stands for, in the slot's unit (times in minutes after midnight, dates as YYYYMMDD). */
  low: number;
  high: number;
  /** Canonical unit (`person`, `km`, `USD`, `%`, `day`, `minute`, `date`, or `` for a bare count). */
  unit: string;
  /** Documents that state it, sorted by id. */
  documents: string[];
  /** Each statement: the sentence and the exact words. */
  evidence: Evidence[];
}

export interface FactSheetRow {
  /** `S1`, `S2`… in report order. */
  id: string;
  kind: 'quantity' | 'date' | 'time';
  slot: MeasureSlot;
  /** The slot in words: `deaths in Valencia`, `time of the derailment`. */
  label: string;
  /**
   * `agreement`: one value everywhere (or values that meet); `update`: the values rise with the
   * articles' publication times (a toll that grows); `disagreement`: different values at one time, or
   * with no times to tell.
   */
  status: 'agreement' | 'update' | 'disagreement';
  /** Sorted by value. */
  values: FactSheetValue[];
  /** Each article's value in publication order, for the articles that have a publication time. */
  timeline: Array<{ document: string; published: string; value: number }>;
  /** The discrepancy that reports this row, when it is one. */
  finding: string | null;
}

/** The story's figures, dates and times by what they measure: what a fact-checker reads first. */
export interface FactSheet {
  rows: FactSheetRow[];
  /** Documents with no publication time (rises cannot be told from contradictions for them). */
  undated: string[];
}

export interface Report {
  tool: { name: 'claimdiff'; version: string };
  languages: LanguageCode[];
  /** Which bridge each language went through: `apertium`, `lexical`, or `pivot` (English itself). */
  bridge: Partial<Record<LanguageCode, 'apertium' | 'lexical' | 'pivot'>>;
  documents: ReportDocument[];
  sentences: ReportSentence[];
  alignments: ReportAlignment[];
  relations: ReportRelation[];
  copies: ReportCopy[];
  discrepancies: Discrepancy[];
  coverage: ReportCoverage;
  /** Figures, dates and times by slot across the whole story. */
  factSheet: FactSheet;
  /** Findings left out of `discrepancies` because their confidence is under the threshold. */
  leftOut: { minConfidence: number; findings: number };
  warnings: ReportWarning[];
}
