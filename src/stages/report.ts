/**
 * Stage 8 — report: the JSON contract (docs/report-schema.md). Every array is sorted so that the same
 * inputs give byte-identical output whatever their order.
 */
import { ruleClass } from '../rules/confidence.js';
import type { Discrepancy, FactSheet, FactSheetRow, LanguageCode, Report, ReportAlignment, ReportCopy, ReportFact, ReportRelation, ReportSentence, Severity } from '../types.js';
import type { PipelineContext } from '../pipeline.js';
import { factList, type Fact, type SentenceFacts } from './facts.js';
import { VERSION } from '../version.js';
import { entryEvidence, type SheetRow } from './fact-sheet.js';

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders sentence ids by document id, then by index as a number. */
export function compareSentenceIds(a: string, b: string): number {
  const cut = (id: string): [string, number] => {
    const at = id.lastIndexOf(':');
    return [id.slice(0, at), Number(id.slice(at + 1))];
  };
  const [da, ia] = cut(a);
  const [db, ib] = cut(b);
  return compareStrings(da, db) || ia - ib;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** JSON has no infinity: an unbounded interval ("at least 3") has `high: null`. */
function toReportFact(fact: Fact): ReportFact {
  const out: ReportFact = { ...fact };
  for (const key of ['value', 'low', 'high'] as const) {
    const v = out[key];
    if (typeof v === 'number') out[key] = Number.isFinite(v) ? Number(v.toPrecision(12)) : null;
  }
  return out;
}

export function buildReport(context: PipelineContext): Report {
  const documents = [...context.documents].sort((a, b) => compareStrings(a.id, b.id));
  const factsOf = new Map<string, SentenceFacts>(context.corpus.sentences.map((s, i) => [s.id, context.corpus.facts[i]!]));
  const sentences: ReportSentence[] = documents.flatMap((doc) =>
    doc.sentences.map((s) => ({
      id: s.id,
      document: s.document,
      index: s.index,
      paragraph: s.paragraph,
      kind: s.kind,
      start: s.start,
      end: s.end,
      language: s.language,
      text: s.text,
      facts: factsOf.has(s.id) ? factList(factsOf.get(s.id)!).map(toReportFact) : [],
    })),
  );
  const all = context.corpus.sentences;
  const alignment = context.corpus.alignment;
  const alignments: ReportAlignment[] = (alignment?.groups ?? [])
    .map((group) => ({
      id: '',
      sentences: group.members.map((i) => all[i]!.id).sort(compareSentenceIds),
      score: round(group.score),
      basis: [...group.basis],
    }))
    .sort((a, b) => compareSentenceIds(a.sentences[0]!, b.sentences[0]!) || a.sentences.length - b.sentences.length)
    .map((a, i) => ({ ...a, id: `a${i + 1}` }));
  const relations: ReportRelation[] = (alignment?.relations ?? [])
    .map((r) => ({ id: '', type: r.type, sentences: [all[r.members[0]]!.id, all[r.members[1]]!.id].sort(compareSentenceIds) as [string, string], score: round(r.score) }))
    .sort((a, b) => compareSentenceIds(a.sentences[0], b.sentences[0]) || compareSentenceIds(a.sentences[1], b.sentences[1]))
    .map((r, i) => ({ ...r, id: `r${i + 1}` }));
  const copies: ReportCopy[] = (alignment?.copies ?? []).map((c) => ({ documents: c.documents, sharedSentences: c.shared, ratio: c.ratio }));
  const bridge: Report['bridge'] = {};
  for (const [language, backend] of Object.entries(context.corpus.bridge?.backends ?? {}).sort()) bridge[language as LanguageCode] = backend;
  // Which fact-sheet row each finding reports, to link the two in the report.
  const rowOf = new Map<Discrepancy, number>();
  const discrepancies: Discrepancy[] = context.findings
    .map((finding) => {
      const discrepancy: Discrepancy = {
        id: '',
        rule: finding.rule,
        severity: finding.severity,
        sentences: [...finding.sentences].sort(compareSentenceIds),
        evidence: [...finding.evidence].sort((a, b) => compareSentenceIds(a.sentence, b.sentence) || a.start - b.start || a.end - b.end),
        message: finding.message,
        variant: finding.variant ?? null,
        confidence: finding.confidence ?? 1,
        confidenceClass: finding.confidenceClass ?? ruleClass(finding),
        reasons: finding.reasons ?? [],
      };
      if (finding.factSheetRow !== undefined) rowOf.set(discrepancy, finding.factSheetRow);
      return discrepancy;
    })
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareStrings(a.rule, b.rule) ||
        compareSentenceIds(a.sentences[0] ?? '', b.sentences[0] ?? '') ||
        compareStrings(a.message, b.message),
    )
    .map((d, i) => {
      d.id = `d${i + 1}`;
      return d;
    });
  const findingOfRow = new Map<number, string>([...rowOf].map(([d, row]) => [row, d.id]));
  const factSheet = buildReportFactSheet(context.corpus.factSheet ?? [], findingOfRow, documents);
  // Coverage: which article carries which aligned claim.
  const documentIds = documents.map((d) => d.id);
  const coverage = {
    documents: documentIds,
    claims: alignments.map((a) => {
      const byDocument = new Map<string, string>();
      for (const s of a.sentences) {
        const doc = s.slice(0, s.lastIndexOf(':'));
        if (!byDocument.has(doc)) byDocument.set(doc, s);
      }
      return { alignment: a.id, sentences: documentIds.map((doc) => byDocument.get(doc) ?? null) };
    }),
  };
  const warnings = [...context.warnings].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.code, b.code) || compareStrings(a.message, b.message));
  return {
    tool: { name: 'claimdiff', version: VERSION },
    languages: [...context.languages].sort(),
    bridge,
    documents: documents.map((doc) => ({
      id: doc.id,
      path: doc.path,
      format: doc.format,
      language: doc.language,
      languageConfidence: doc.languageConfidence,
      title: doc.title ?? null,
      byline: doc.byline ?? null,
      published: doc.published ?? null,
      sentenceCount: doc.sentences.length,
      paragraphCount: doc.paragraphs.length,
      boilerplate: doc.boilerplate.map(({ kind, start, end, text }) => ({ kind, start, end, text })),
    })),
    sentences,
    alignments,
    relations,
    copies,
    discrepancies,
    coverage,
    factSheet,
    leftOut: { minConfidence: context.minConfidence, findings: context.leftOut },
    warnings,
  };
}

const STATUS_RANK: Record<FactSheetRow['status'], number> = { disagreement: 0, update: 1, agreement: 2 };

/** The fact sheet as the report shows it: disagreements first, then updates, then agreements. */
function buildReportFactSheet(rows: readonly SheetRow[], findingOfRow: ReadonlyMap<number, string>, documents: ReadonlyArray<{ id: string; published?: string }>): FactSheet {
  // A two-sentence claim's figures read one against the other are shown only where they disagree: where
  // they agree, the slot rows already say so.
  const shown = rows.map((row, index) => ({ row, index })).filter(({ row }) => !(row.slot.measure.startsWith('claim:') && row.status === 'agreement'));
  const built = shown.map(({ row, index }) => ({
    id: '',
    kind: row.kind,
    slot: row.slot,
    label: row.label,
    status: row.status,
    values: row.values.map((v) => ({
      display: v.display,
      low: Number.isFinite(v.low) ? Number(v.low.toPrecision(12)) : 0,
      high: Number.isFinite(v.high) ? Number(v.high.toPrecision(12)) : Number(v.low.toPrecision(12)),
      unit: v.unit,
      documents: [...new Set(v.entries.map((e) => e.document))].sort(compareStrings),
      evidence: v.entries.map(entryEvidence).sort((a, b) => compareSentenceIds(a.sentence, b.sentence) || a.start - b.start),
    })),
    timeline: row.timeline.map((t) => ({ ...t, value: Number(t.value.toPrecision(12)) })),
    finding: findingOfRow.get(index) ?? null,
  }));
  built.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareStrings(a.kind, b.kind) || compareStrings(a.label, b.label) || compareStrings(a.values[0]?.evidence[0]?.sentence ?? '', b.values[0]?.evidence[0]?.sentence ?? ''));
  built.forEach((row, i) => (row.id = `S${i + 1}`));
  return { rows: built, undated: documents.filter((d) => !d.published).map((d) => d.id) };
}
