/**
 * The pipeline: named stages, declared in order in `STAGES`, each its own module.
 *
 *   ingest → detect-language → segment → extract-facts → bridge → read-frames → align → build-fact-sheet
 *   → confirm-claims → rules → report
 *
 * Stages read and extend one context. The pure work lives in the stage modules; this file only
 * wires them and reports progress.
 */
import path from 'node:path';
import type {
  ClaimFrame,
  CompareInput,
  CompareOptions,
  DocumentNode,
  LanguageCode,
  ProgressEvent,
  Report,
  ReportWarning,
  SentenceNode,
  Severity,
  Span,
  StageName,
} from './types.js';
import { LANGUAGE_PACKS, SUPPORTED_LANGUAGES, isSupportedLanguage, packFor } from './lang/index.js';
import { MAX_TOTAL_BYTES, decodeInputs, readInputs, type IngestedText } from './stages/ingest.js';
import { layoutDocument, type Layout } from './stages/layout.js';
import { notProseReason } from './stages/prose.js';
import { findPublicationTime, normalisePublished, ownDateSpans } from './stages/published.js';
import { detectDocumentLanguage, detectSentenceLanguage } from './stages/language.js';
import { segmentSentences, tokenize } from './stages/segment.js';
import { documentFacts, knownNamesOf, markCorpusMisspellings, type SentenceFacts } from './stages/facts.js';
import { bridgeSentences, type BridgeResult } from './bridge/index.js';
import { defaultCacheDir, takeCacheWarnings } from './bridge/cache.js';
import { setDictionaryCacheDir } from './bridge/dictionary.js';
import { alignSentences, type AlignmentResult } from './stages/align.js';
import { readFrames } from './stages/frames.js';
import { tagEnglish, tagLines, type TaggedWord } from './bridge/tagger.js';
import { glossWords } from './bridge/glosses.js';
import { confirmClaims } from './stages/claims.js';
import { weightsFor } from './align/vectors.js';
import { RULES, ruleById, type Finding, type Rule } from './rules/index.js';
import { atLeast } from './rules/common.js';
import { consolidateFindings } from './rules/consolidate.js';
import { DEFAULT_MIN_CONFIDENCE, withConfidence } from './rules/confidence.js';
import { buildReport } from './stages/report.js';
import { carryTimeBack, keyCountsAlike, sentenceSlots } from './stages/slots.js';
import { attachToRows, classOf, pairByContext } from './stages/figure-context.js';
import { buildFactSheet, factsMeet, inheritFromClaims, placeInTime, resolveMainEvent, rowKeyOf, storySettings, subjectsOfGroups, type FactSheetEntry, type SheetRow } from './stages/fact-sheet.js';

/** What the rules see: every document with its sentences, facts, representations and groups. */
export interface AnalysedCorpus {
  documents: DocumentNode[];
  /** Every compared sentence, in document then sentence order. */
  sentences: SentenceNode[];
  facts: SentenceFacts[];
  bridge?: BridgeResult;
  /** Groups, relations and copies, as indexes into `sentences`. */
  alignment?: AlignmentResult;
  /** Figures, dates and times by slot across the story (`build-fact-sheet`). */
  factSheet?: SheetRow[];
  /** Each sentence read as a claim (`read-frames`), index for index with `sentences`. */
  frames?: ClaimFrame[];
}

export interface PipelineContext {
  inputs: CompareInput[];
  languages: LanguageCode[];
  cwd: string;
  bridge: NonNullable<CompareOptions['bridge']>;
  cacheDir: string | undefined;
  rules: readonly Rule[];
  minSeverity: Severity;
  /** Findings below this confidence are left out, and counted in `leftOut`. */
  minConfidence: number;
  leftOut: number;
  budget: { totalBytes: number; documentSentences: number; totalSentences: number };
  progress: (event: ProgressEvent) => void;
  warnings: ReportWarning[];
  texts: IngestedText[];
  layouts: Map<IngestedText, Layout>;
  documents: DocumentNode[];
  corpus: AnalysedCorpus;
  findings: Finding[];
  report?: Report;
}

export interface Stage {
  name: StageName;
  run(context: PipelineContext): void | Promise<void>;
}

function documentIdFor(filePath: string): string {
  if (filePath === '-') return 'stdin';
  const base = path.posix.basename(filePath.split(path.sep).join('/'));
  const ext = path.posix.extname(base);
  return (ext ? base.slice(0, -ext.length) : base) || 'document';
}

/**
 * One id per path, unique whatever the names: `a/x.txt`, `b/x.txt` and `c/x-2.txt` become `x`, `x-3`
 * and `x-2`. A name that is some document's own id is never given to another as a numbered variant.
 * `paths` come sorted, so the ids do not depend on the order of the inputs.
 */
export function uniqueDocumentIds(paths: readonly string[]): string[] {
  const bases = paths.map(documentIdFor);
  // Every name goes first to its first holder; later holders are numbered past every name taken.
  const taken = new Set<string>();
  const ids = bases.map((base) => {
    if (taken.has(base)) return undefined;
    taken.add(base);
    return base;
  });
  return ids.map((id, i) => {
    if (id !== undefined) return id;
    const base = bases[i]!;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    taken.add(`${base}-${n}`);
    return `${base}-${n}`;
  });
}

const ingest: Stage = {
  name: 'ingest',
  async run(context) {
    const { raw, warnings } = await readInputs(context.inputs, context.cwd, context.budget.totalBytes);
    context.progress({ stage: 'ingest', done: raw.length, total: raw.length, message: 'files read' });
    const decoded = await decodeInputs(raw);
    context.warnings.push(...warnings, ...decoded.warnings);
    // Text that is not prose (keyword stuffing, word lists) would crowd the real articles out: left out.
    const prose = decoded.texts.filter((text) => {
      const reason = notProseReason(text.source);
      if (reason) context.warnings.push({ path: text.path, code: 'not-prose', message: reason });
      return reason === undefined;
    });
    // Sorting by path makes ids and every later order independent of the order of the inputs.
    context.texts = prose.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const packs = SUPPORTED_LANGUAGES.map((code) => LANGUAGE_PACKS[code]);
    for (const text of context.texts) context.layouts.set(text, layoutDocument(text.source, text.format, packs));
  },
};

function publicationTimeOf(text: IngestedText, language: string, layout: Layout): { published?: string; span?: Span; dateline?: Span } {
  const pack = isSupportedLanguage(language) ? LANGUAGE_PACKS[language] : undefined;
  const found = pack ? findPublicationTime(text.source, pack, layout) : undefined;
  const span = found ? { start: found.start, end: found.end } : undefined;
  const dateline = found?.dateline;
  if (text.published) return { published: normalisePublished(text.published, pack) ?? text.published, span, dateline };
  return { published: found?.published, span, dateline };
}

const detectLanguage: Stage = {
  name: 'detect-language',
  run(context) {
    const ids = uniqueDocumentIds(context.texts.map((t) => t.path));
    let done = 0;
    for (const [n, text] of context.texts.entries()) {
      const layout = context.layouts.get(text)!;
      const passages = layout.paragraphs.flatMap((p) => p.regions.map((r) => text.source.slice(r.start, r.end)));
      const { language, confidence } = detectDocumentLanguage(passages);
      const publication = publicationTimeOf(text, language, layout);
      context.documents.push({
        id: ids[n]!,
        path: text.path,
        format: text.format,
        source: text.source,
        title: text.title ?? layout.title,
        byline: text.byline,
        // When the figures were current: the page's metadata, else a publication or update line at the
        // head of the text ("Publié le 14 mars 2026 à 11h45", "(Mercoledì 3 maggio 2023)").
        published: publication.published,
        publishedSpan: publication.span,
        ...(publication.dateline ? { datelineSpan: publication.dateline } : {}),
        language,
        languageConfidence: confidence,
        paragraphs: [],
        sentences: [],
        boilerplate: layout.boilerplate,
      });
      done += 1;
      context.progress({ stage: 'detect-language', done, total: context.texts.length });
    }
    // Documents outside the requested languages are reported and left out of the comparison.
    context.documents = context.documents.filter((doc) => {
      if ((context.languages as string[]).includes(doc.language)) return true;
      const why = doc.language === 'und' ? 'language could not be determined' : `language is ${doc.language}, outside --languages ${context.languages.join(',')}`;
      context.warnings.push({ path: doc.path, code: 'unsupported-language', message: `${why}, skipped` });
      return false;
    });
  },
};

const segment: Stage = {
  name: 'segment',
  run(context) {
    const { budget } = context;
    let done = 0;
    let total = 0;
    const layouts = new Map(context.texts.map((t) => [t.path, context.layouts.get(t)!]));
    const compared: DocumentNode[] = [];
    for (const doc of context.documents) {
      const pack = packFor(doc.language)!;
      const layout = layouts.get(doc.path)!;
      let longest = 0;
      let beyondBudget = 0;
      layout.paragraphs.forEach((paragraph, paragraphIndex) => {
        if (doc.sentences.length >= budget.documentSentences) {
          beyondBudget += 1;
          return;
        }
        const indexes: number[] = [];
        for (const region of paragraph.regions) {
          for (const span of cutOverlong(segmentSentences(doc.source, region, pack), doc.source, (length) => (longest = Math.max(longest, length)))) {
            // One article's share of the run is bounded, so that a book or a dump cannot crowd out the rest.
            if (doc.sentences.length >= budget.documentSentences) {
              beyondBudget += 1;
              break;
            }
            const text = doc.source.slice(span.start, span.end);
            // Titles and headings are too terse and name-laden to judge: they take the document's language.
            const detected =
              paragraph.kind === 'body' ? detectSentenceLanguage(text, doc.language) : { language: doc.language, source: 'document' as const };
            const index = doc.sentences.length;
            indexes.push(index);
            doc.sentences.push({
              id: `${doc.id}:${index}`,
              document: doc.id,
              index,
              paragraph: paragraphIndex,
              kind: paragraph.kind,
              start: span.start,
              end: span.end,
              text,
              language: detected.language,
              languageSource: detected.source,
              tokens: tokenize(doc.source, span, packFor(detected.language) ?? pack),
            });
          }
        }
        doc.paragraphs.push({
          index: paragraphIndex,
          start: paragraph.start,
          end: paragraph.end,
          text: doc.source.slice(paragraph.start, paragraph.end),
          kind: paragraph.kind,
          sentences: indexes,
        });
      });
      if (longest > 0) {
        context.warnings.push({ path: doc.path, code: 'long-sentence', message: `a run of ${longest} characters with no end of sentence was cut every ${SENTENCE_PIECE} characters` });
      }
      // An article in two languages is compared sentence by sentence, each in its own; say so.
      const body = doc.sentences.filter((x) => x.kind === 'body');
      const other = body.filter((x) => x.language !== doc.language && isSupportedLanguage(x.language));
      if (other.length >= 2 && other.length >= MIXED_SHARE * body.length) {
        const languages = [...new Set(other.map((x) => x.language))].sort().join(', ');
        context.warnings.push({ path: doc.path, code: 'mixed-languages', message: `mixes languages: ${other.length} of ${body.length} sentences in ${languages}, the rest in ${doc.language}; each is read in its own language` });
      }
      if (beyondBudget > 0) {
        context.warnings.push({ path: doc.path, code: 'over-budget', message: `longer than one article may be (${budget.documentSentences.toLocaleString('en-US')} sentences): only its first ${budget.documentSentences.toLocaleString('en-US')} sentences are compared` });
      }
      done += 1;
      context.progress({ stage: 'segment', done, total: context.documents.length });
      // The run's budget, in path order: an article that does not fit is left out, smaller ones may still fit.
      if (total + doc.sentences.length > budget.totalSentences) {
        context.warnings.push({ path: doc.path, code: 'over-budget', message: `the articles together pass the budget of one run (${budget.totalSentences.toLocaleString('en-US')} sentences), left out` });
        continue;
      }
      total += doc.sentences.length;
      compared.push(doc);
    }
    context.documents = compared;
    context.corpus.documents = context.documents;
    context.corpus.sentences = context.documents.flatMap((d) => d.sentences);
  },
};

/**
 * Budgets of one run. A long-form article has a few hundred sentences; past this many, the rest of a
 * document is not compared. The whole run compares at most `MAX_TOTAL_SENTENCES` sentences, which
 * keeps it near a minute and under about two gigabytes on a 2-core machine (docs/benchmarks.md).
 */
export const MAX_DOCUMENT_SENTENCES = 2000;
export const MAX_TOTAL_SENTENCES = 80_000;

/** Longer than this, a sentence is a run of text with no end of sentence: it is cut into pieces. */
const MAX_SENTENCE = 2000;
const SENTENCE_PIECE = 1000;
/** The share of an article's sentences in other languages from which it is said to mix languages. */
const MIXED_SHARE = 0.2;

/**
 * Sentences of bounded length: a run of text with no end of sentence (a list, a dump, a page without
 * punctuation) is cut at the last space before every `SENTENCE_PIECE` characters, so that no stage
 * faces a megabyte as one sentence. `onCut` hears the length of each run that was cut.
 */
function cutOverlong(spans: Span[], source: string, onCut: (length: number) => void): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.end - span.start <= MAX_SENTENCE) {
      out.push(span);
      continue;
    }
    onCut(span.end - span.start);
    let start = span.start;
    while (span.end - start > SENTENCE_PIECE) {
      const space = source.lastIndexOf(' ', start + SENTENCE_PIECE);
      const end = space > start ? space : start + SENTENCE_PIECE;
      out.push({ start, end });
      start = end;
      while (start < span.end && source[start] === ' ') start += 1;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/**
 * The language a sentence is processed in: its own when supported, else its document's (a sentence
 * judged to be Spanish inside an Italian article is still read with the Italian pack).
 */
function processingLanguage(sentence: SentenceNode, documents: ReadonlyMap<string, DocumentNode>): LanguageCode {
  if (isSupportedLanguage(sentence.language)) return sentence.language;
  const doc = documents.get(sentence.document);
  return doc && isSupportedLanguage(doc.language) ? doc.language : 'en';
}

function documentsById(context: PipelineContext): Map<string, DocumentNode> {
  return new Map(context.documents.map((d) => [d.id, d]));
}

/** Three significant digits: "12mila" and "12,000" meet, rounding noise does not split them. */
function significant(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(3))) : 'inf';
}

/** Language-neutral values the bridge uses as features: quantities by value, dates, times. */
function factAnchors(facts: SentenceFacts): string[] {
  return [
    ...facts.quantities.map((q) => `${q.category}:${significant(q.value)}`),
    ...facts.dates.flatMap((d) => [d.year ? `y:${d.year}` : '', d.month && d.year ? `ym:${d.year}-${d.month}` : ''].filter(Boolean)),
    ...facts.times.map((t) => `t:${t.hour}:${t.minute}`),
  ];
}

const facts: Stage = {
  name: 'extract-facts',
  run(context) {
    const known = knownNamesOf(context.documents);
    const byId = documentsById(context);
    const perDocument = context.documents.map((doc, i) => {
      const found = documentFacts(doc, (s) => processingLanguage(s, byId), known);
      context.progress({ stage: 'extract-facts', done: i + 1, total: context.documents.length, message: 'documents' });
      return found;
    });
    markCorpusMisspellings(context.documents, perDocument);
    context.corpus.facts = perDocument.flat();
  },
};

const bridge: Stage = {
  name: 'bridge',
  async run(context) {
    const byId = documentsById(context);
    const result = await bridgeSentences(
      context.corpus.sentences.map((s, i) => ({
        text: s.text,
        tokens: s.tokens,
        language: processingLanguage(s, byId),
        anchors: factAnchors(context.corpus.facts[i]!),
      })),
      {
        bridge: context.bridge,
        cacheDir: context.cacheDir,
        onProgress: (done, total, message) => context.progress({ stage: 'bridge', done, total, message }),
      },
    );
    for (const message of result.warnings) context.warnings.push({ path: 'apertium', code: 'bridge-fallback', message });
    context.corpus.bridge = result;
  },
};

const frames: Stage = {
  name: 'read-frames',
  run(context) {
    const { corpus } = context;
    const byId = documentsById(context);
    const languages = corpus.sentences.map((s) => processingLanguage(s, byId));
    const english = corpus.sentences.map((s, i) => (languages[i] === 'en' ? s.text : corpus.bridge?.translations[i]));
    // The English tagger is Apertium's: the lexical bridge reads without it, so that it stands for a machine with no Apertium.
    const wanted = context.bridge === 'lexical' ? [] : english.flatMap((text, i) => (text !== undefined ? [i] : []));
    const tags = wanted.length > 0 ? tagEnglish(wanted.map((i) => english[i]!)) : undefined;
    const tagged = new Map(wanted.map((i, n) => [i, tags?.[n]]));
    // French and Italian sentences that have a translation are also read in their own words: the verbs'
    // lemmas and dictionary senses, which a garbled translation loses.
    const ownTagged = new Map<number, TaggedWord[] | undefined>();
    const glosses = new Map<number, Record<string, string[]>>();
    for (const language of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
      const own = wanted.filter((i) => languages[i] === language);
      const ownTags = own.length > 0 ? tagLines(language, own.map((i) => corpus.sentences[i]!.text)) : undefined;
      own.forEach((i, n) => ownTagged.set(i, ownTags?.[n]));
      const ownGlosses = ownTags ? glossWords(language, ownTags) : undefined;
      own.forEach((i, n) => ownGlosses && glosses.set(i, ownGlosses[n]!));
    }
    corpus.frames = readFrames(
      corpus.sentences.map((sentence, i) => ({
        sentence,
        language: languages[i]!,
        facts: corpus.facts[i]!,
        english: english[i],
        tagged: tagged.get(i),
        ownTagged: ownTagged.get(i),
        glosses: glosses.get(i),
      })),
    );
    context.progress({ stage: 'read-frames', done: corpus.sentences.length, total: corpus.sentences.length, message: 'sentences' });
  },
};

const align: Stage = {
  name: 'align',
  run(context) {
    const { sentences, facts } = context.corpus;
    context.corpus.alignment = alignSentences(
      sentences,
      context.corpus.bridge!.features,
      facts.map((f) => f.negated),
      weightsFor(context.corpus.bridge!.backends),
      (done, total) => context.progress({ stage: 'align', done, total, message: 'sentences searched' }),
    );
  },
};

const claims: Stage = {
  name: 'confirm-claims',
  run(context) {
    confirmClaims(context.corpus);
    context.progress({ stage: 'confirm-claims', done: context.corpus.alignment?.groups.length ?? 0, total: context.corpus.alignment?.groups.length ?? 0, message: 'claim groups' });
  },
};

const factSheet: Stage = {
  name: 'build-fact-sheet',
  run(context) {
    const { corpus } = context;
    const byId = documentsById(context);
    const groupOf = new Map<number, number>();
    (corpus.alignment?.groups ?? []).forEach((g, n) => g.members.forEach((m) => groupOf.set(m, n)));
    const entries: FactSheetEntry[] = [];
    // (each sentence's language, read once for every step below)
    const languages = corpus.sentences.map((sentence) => processingLanguage(sentence, byId));
    const packs = languages.map((language) => LANGUAGE_PACKS[language]);
    corpus.sentences.forEach((sentence, i) => {
      const doc = byId.get(sentence.document)!;
      const stamps = ownDateSpans(doc);
      const group = groupOf.get(i);
      const size = group === undefined ? 0 : corpus.alignment!.groups[group]!.members.length;
      for (const slot of sentenceSlots(sentence, corpus.facts[i]!, languages[i]!, group, i, size, stamps, doc.published, corpus.frames?.[i]?.glosses)) {
        entries.push({ slot, document: sentence.document, sentence, source: doc.source });
      }
    });
    // (a count's noun keyed as the story's other articles key it: "billets" as their "tickets")
    keyCountsAlike(entries.map((e) => e.slot), (slot) => languages[slot.sentence]!);
    carryTimeBack(
      entries.map((e) => e.slot),
      corpus.sentences,
      corpus.facts,
      (i) => packs[i]!,
      (document) => byId.get(document)?.published,
    );
    // Figures that say only their kind, paired across the story by the words around them; the rest dropped.
    // (figures of one two-sentence claim are compared within it, and not paired again; a claim of more
    // sentences reads no bare figure, so its figures are paired by their words like any others)
    const claimOf = (sentence: number) => {
      const group = groupOf.get(sentence);
      return group !== undefined && corpus.alignment!.groups[group]!.members.length === 2 ? group : undefined;
    };
    const loose = entries.filter((e) => e.slot.loose).map((e) => ({ slot: e.slot, document: e.document, sentence: e.sentence, group: claimOf(e.slot.sentence) }));
    const contexts = corpus.sentences.map((sentence, i) => ({ sentence, language: languages[i]!, glosses: corpus.frames?.[i]?.glosses }));
    const paired = pairByContext(loose, contexts, factsMeet);
    // A row that holds the residents of a place is their number, which does not grow as the story unfolds
    // ("les 47 000 habitants de Dremsk" privés d'eau); one of people only is a count that may ("4,800
    // people had been moved out", then "7.500 persone costrette a lasciare le proprie case").
    const ofResidents = new Set([...paired].filter(([figure]) => figure.slot.slot.measure === 'residents').map(([, event]) => event));
    for (const figure of loose) {
      const event = paired.get(figure);
      if (event) figure.slot.slot = { ...figure.slot.slot, measure: ofResidents.has(event) ? 'residents' : classOf(figure.slot), event };
    }
    const unpaired = entries.filter((e) => e.slot.loose && e.slot.slot.event === 'loose');
    entries.splice(0, entries.length, ...entries.filter((e) => !e.slot.loose || e.slot.slot.event !== 'loose'));
    inheritFromClaims(entries, groupOf);
    resolveMainEvent(entries);
    const published = new Map(context.documents.map((d) => [d.id, d.published]));
    placeInTime([...entries, ...unpaired], { sentences: corpus.sentences, facts: corpus.facts, packs, published });
    subjectsOfGroups(entries);
    // A figure alone in its row joins the row whose articles agree when its words are that row's (the one
    // article that differs, in a sentence of its own shape); an unpaired loose figure may too.
    const rowFigures = [...entries.map((e) => ({ e, row: rowKeyOf(e) })), ...unpaired.map((e, n) => ({ e, row: `unpaired:${n}` }))].map(({ e, row }) => ({ slot: e.slot, document: e.document, sentence: e.sentence, row, entry: e }));
    const unpairedEntries = new Set(unpaired);
    for (const [figure, into] of attachToRows(rowFigures, contexts, factsMeet)) {
      figure.slot.slot = { ...into.slot.slot };
      if (unpairedEntries.has(figure.entry)) entries.push(figure.entry);
    }
    corpus.factSheet = buildFactSheet(entries, published, storySettings(corpus.sentences, corpus.facts));
    context.progress({ stage: 'build-fact-sheet', done: 1, total: 1 });
  },
};

const rules: Stage = {
  name: 'rules',
  run(context) {
    const found: Finding[] = [];
    context.rules.forEach((rule, i) => {
      found.push(...rule.run(context.corpus));
      context.progress({ stage: 'rules', done: i + 1, total: context.rules.length, message: rule.id });
    });
    // Fact-sheet findings are already one per slot and value: only the sentence rules' pairs are merged.
    const bySlot = found.filter((f) => f.factSheetRow !== undefined);
    const merged = consolidateFindings(found.filter((f) => f.factSheetRow === undefined), context.corpus);
    const indexOf = new Map(context.corpus.sentences.map((sentence, i) => [sentence.id, i]));
    const comparesSentences = new Set(context.rules.filter((r) => r.compares === 'sentences').map((r) => r.id));
    const trusted = [...bySlot, ...merged].filter((f) => atLeast(f.severity, context.minSeverity)).map((f) => withConfidence(f, context.corpus, indexOf, comparesSentences.has(f.rule)));
    const shown = trusted.filter((f) => f.confidence! >= context.minConfidence);
    context.leftOut = trusted.length - shown.length;
    context.findings.push(...shown);
  },
};

const report: Stage = {
  name: 'report',
  run(context) {
    // Cache problems met by any stage (dictionaries are read from the facts stage on), each said once.
    context.warnings.push(...takeCacheWarnings());
    context.report = buildReport(context);
    context.progress({ stage: 'report', done: 1, total: 1 });
  },
};

/** The stages, in the order they run. */
export const STAGES: readonly Stage[] = [ingest, detectLanguage, segment, facts, bridge, frames, align, factSheet, claims, rules, report];

/** Runs every stage and returns the whole context: the report and the document model behind it. */
export async function runPipeline(inputs: CompareInput[], options: CompareOptions = {}): Promise<PipelineContext> {
  const languages = [...new Set(options.languages ?? SUPPORTED_LANGUAGES)];
  for (const code of languages) {
    if (!isSupportedLanguage(code)) throw new TypeError(`unsupported language: ${String(code)} (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
  }
  if (options.rules && options.rules.length === 0) throw new TypeError('rules: an empty list would run no rule');
  for (const [name, value] of Object.entries(options.budget ?? {})) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) throw new TypeError(`budget.${name} must be a whole number of at least 1, not ${String(value)}`);
  }
  const unknown = (options.rules ?? []).filter((id) => !ruleById(id));
  if (unknown.length) throw new TypeError(`unknown rule: ${unknown.join(', ')} (rules: ${RULES.map((r) => r.id).join(', ')})`);
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const context: PipelineContext = {
    inputs,
    languages,
    cwd: options.cwd ?? process.cwd(),
    bridge: options.bridge ?? 'auto',
    cacheDir: options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir()),
    rules,
    minSeverity: options.minSeverity ?? 'low',
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    leftOut: 0,
    budget: {
      totalBytes: options.budget?.totalBytes ?? MAX_TOTAL_BYTES,
      documentSentences: options.budget?.documentSentences ?? MAX_DOCUMENT_SENTENCES,
      totalSentences: options.budget?.totalSentences ?? MAX_TOTAL_SENTENCES,
    },
    progress: options.onProgress ?? (() => {}),
    warnings: [],
    texts: [],
    layouts: new Map(),
    documents: [],
    corpus: { documents: [], sentences: [], facts: [] },
    findings: [],
  };
  setDictionaryCacheDir(context.cacheDir);
  for (const stage of STAGES) await stage.run(context);
  return context;
}

/** Compares articles and returns the report. Never prints, never exits. */
export async function compare(inputs: CompareInput[], options: CompareOptions = {}): Promise<Report> {
  return (await runPipeline(inputs, options)).report!;
}

/** Like `compare`, and also returns the document model (sources, paragraphs, sentences with tokens). */
export async function analyse(inputs: CompareInput[], options: CompareOptions = {}): Promise<{ report: Report; documents: DocumentNode[] }> {
  const context = await runPipeline(inputs, options);
  return { report: context.report!, documents: context.documents };
}
