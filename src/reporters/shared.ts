/** What the text, Markdown and HTML reporters share: excerpts with their evidence marked, labels, the fact sheet's reading. */
import type { Discrepancy, FactSheet, FactSheetRow, Report, ReportSentence } from '../types.js';

export interface Segment {
  text: string;
  marked: boolean;
}

/** A sentence cut into plain and marked segments by the evidence that falls inside it. */
export function segmentsOf(sentence: ReportSentence, finding: Discrepancy): Segment[] {
  const spans = finding.evidence
    .filter((e) => e.sentence === sentence.id && e.start >= sentence.start && e.end <= sentence.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let cursor = sentence.start;
  for (const e of spans) {
    if (e.start < cursor) continue;
    if (e.start > cursor) out.push({ text: sentence.text.slice(cursor - sentence.start, e.start - sentence.start), marked: false });
    out.push({ text: sentence.text.slice(e.start - sentence.start, e.end - sentence.start), marked: true });
    cursor = e.end;
  }
  if (cursor < sentence.end) out.push({ text: sentence.text.slice(cursor - sentence.start), marked: false });
  return out;
}

export function sentenceIndex(report: Report): Map<string, ReportSentence> {
  return new Map(report.sentences.map((s) => [s.id, s]));
}

/** Short labels for documents in tables: D1, D2… in report order. */
export function documentLabels(report: Report): Map<string, string> {
  return new Map(report.documents.map((d, i) => [d.id, `D${i + 1}`]));
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut between the two halves of a surrogate pair (an emoji, a rare letter).
  const cut = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

// ---------------------------------------------------------------------------------------------
// The fact sheet (report.factSheet): what every format shows first.
// ---------------------------------------------------------------------------------------------

export type FactStatus = FactSheetRow['status'];

/** The order a fact-checker reads the rows in: what contradicts first, then what moved, then what holds. */
export const FACT_STATUSES: readonly FactStatus[] = ['disagreement', 'update', 'agreement'];

/** Status at a glance. */
export const STATUS_MARK: Record<FactStatus, string> = { disagreement: '✗', update: '↗', agreement: '✓' };

/** The fact sheet, empty for a report built without one (an older report, or a stage that did not run). */
export function factSheetOf(report: Report): FactSheet {
  const sheet = (report as Partial<Report>).factSheet;
  return { rows: sheet?.rows ?? [], undated: sheet?.undated ?? [] };
}

/** Whether no article of the report has a publication time (then the reports say so once rather than list them all). */
export function noneDated(report: Report, sheet: FactSheet): boolean {
  return report.documents.length > 0 && report.documents.every((d) => sheet.undated.includes(d.id));
}

/** What undated articles mean for the fact sheet, after the sentence that names them. */
export const UNDATED_CONSEQUENCE = 'Their values cannot be placed in time, so a change reads as a disagreement.';

/** Rows by status (disagreements, updates, agreements), each status in report order. */
export function rowsInReadingOrder(sheet: FactSheet): FactSheetRow[] {
  return FACT_STATUSES.flatMap((status) => sheet.rows.filter((row) => row.status === status));
}

/** How many rows of each status. */
export function statusCounts(sheet: FactSheet): Record<FactStatus, number> {
  const counts: Record<FactStatus, number> = { disagreement: 0, update: 0, agreement: 0 };
  for (const row of sheet.rows) if (Object.hasOwn(counts, row.status)) counts[row.status] += 1;
  return counts;
}

/** The articles that state a value of the row. */
export function rowDocuments(row: FactSheetRow): string[] {
  return [...new Set(row.values.flatMap((v) => v.documents))];
}

/** A publication time as a reader compares them: a day, and a clock time when the string has one. */
export interface PublicationTime {
  /** `2023-05-03`, or the string as given when it is not an ISO date. */
  day: string;
  /** `07:42 UTC` when the string has a zone (converted to UTC so that outlets compare), `07:42` when not. */
  clock: string | null;
  /** Milliseconds for placing it on a time axis (a time without a zone read as UTC), or null. */
  instant: number | null;
}

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Reads an article's `published` string (metadata from the page: any string at all). */
export function publicationTime(published: string): PublicationTime {
  const m = ISO_TIME.exec(published.trim());
  if (!m) return { day: published, clock: null, instant: null };
  const [, day, hour, minute, second, zone] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined, string | undefined];
  if (hour === undefined) {
    const instant = Date.parse(`${day}T00:00:00Z`);
    return { day, clock: null, instant: Number.isNaN(instant) ? null : instant };
  }
  // Read with a zone (Z when none) so that the reading never depends on the machine's time zone.
  const offset = zone === undefined || /^z$/i.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const instant = Date.parse(`${day}T${hour}:${minute}:${second ?? '00'}${offset}`);
  if (Number.isNaN(instant)) return { day: published, clock: null, instant: null };
  if (zone === undefined) return { day, clock: `${hour}:${minute}`, instant };
  const utc = new Date(instant).toISOString();
  return { day: utc.slice(0, 10), clock: `${utc.slice(11, 16)} UTC`, instant };
}

/** One point of an update: an article's value at its publication time, the time shown without the day when it repeats the previous point's. */
export interface TimelineStep {
  document: string;
  display: string;
  /** `2023-05-03 09:00 UTC`, or `12:30 UTC` on the day of the step before. */
  when: string;
  time: PublicationTime;
  value: number;
}

/** How the article writes the value of a timeline point: the row's value that it states and that holds the point. */
export function displayAt(row: FactSheetRow, document: string, value: number): string {
  const ofDocument = row.values.filter((v) => v.documents.includes(document));
  const match = ofDocument.find((v) => v.low <= value && value <= v.high) ?? ofDocument[0];
  return match?.display ?? String(value);
}

/** The row's timeline as steps in publication order. */
export function timelineSteps(row: FactSheetRow): TimelineStep[] {
  let previousDay: string | null = null;
  return row.timeline.map((point) => {
    const time = publicationTime(point.published);
    const when = time.clock === null ? time.day : time.day === previousDay ? time.clock : `${time.day} ${time.clock}`;
    previousDay = time.day;
    return { document: point.document, display: displayAt(row, point.document, point.value), when, time, value: point.value };
  });
}

/** The row's values stated by articles that are not on its timeline (no publication time), with those articles. */
export function valuesOffTimeline(row: FactSheetRow): Array<{ display: string; documents: string[] }> {
  const dated = new Set(row.timeline.map((p) => p.document));
  return row.values
    .map((v) => ({ display: v.display, documents: v.documents.filter((d) => !dated.has(d)) }))
    .filter((v) => v.documents.length > 0);
}

/** The line that says how many findings the confidence threshold left out, or undefined when none. */
export function leftOutNote(report: Report): string | undefined {
  const n = report.leftOut.findings;
  if (n === 0) return undefined;
  return `${n === 1 ? '1 finding' : `${n} findings`} below confidence ${report.leftOut.minConfidence} left out (--min-confidence 0 shows them).`;
}

/** A finding's confidence and its reasons, in words. */
export function confidenceNote(d: Discrepancy): string {
  return `confidence ${d.confidence.toFixed(2)}${d.reasons.length ? ` (${d.reasons.join('; ')})` : ''}`;
}
