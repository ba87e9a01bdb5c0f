/** What the text, Markdown and HTML reporters share: excerpts with their evidence marked, labels. */
import type { Discrepancy, Report, ReportSentence } from '../types.js';

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
