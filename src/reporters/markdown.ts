/**
 * Markdown, for pasting into a fact-check or a class handout: the fact sheet, the documents, each
 * finding with its excerpts side by side (the differing words in bold), the coverage matrix and what
 * was skipped.
 * Every string from the inputs goes through safe-text.ts: no raw HTML, no Markdown syntax, no line
 * break and no control character from an article or a file name reaches the page.
 */
import type { FactSheetRow, Report } from '../types.js';
import type { Reporter } from './types.js';
import {
  confidenceNote,
  leftOutNote,
  documentLabels,
  factSheetOf,
  noneDated,
  plural,
  rowDocuments,
  rowsInReadingOrder,
  segmentsOf,
  sentenceIndex,
  shorten,
  STATUS_MARK,
  statusCounts,
  timelineSteps,
  UNDATED_CONSEQUENCE,
  valuesOffTimeline,
} from './shared.js';
import { markdownCode, markdownHeading, markdownLineStart, markdownOneLine, markdownText } from './safe-text.js';

/**
 * The fact sheet as a table, disagreements first: each value with the articles that state it, an
 * update's values in publication order with their times.
 */
function factSheetSection(report: Report, labels: Map<string, string>): string[] {
  const sheet = factSheetOf(report);
  const out = ['## Fact sheet', ''];
  if (sheet.rows.length === 0) return [...out, 'No figure, date or time stated by two articles.', ''];
  const label = (id: string) => labels.get(id) ?? markdownOneLine(id);
  const counts = statusCounts(sheet);
  out.push(
    `${plural(sheet.rows.length, 'measure')}: ${STATUS_MARK.disagreement} ${counts.disagreement} disagree, ${STATUS_MARK.update} ${counts.update} updated over time ` +
      `(the value changes with the articles' publication times), ${STATUS_MARK.agreement} ${counts.agreement} agree. ` +
      `Articles: ${report.documents.map((d) => `${labels.get(d.id)} ${markdownCode(d.id)}`).join(', ')}.`,
    '',
  );
  const listed = (values: Array<{ display: string; documents: string[] }>) => values.map((v) => `${markdownText(v.display)} (${v.documents.map(label).join(', ')})`).join(' · ');
  const valuesOf = (row: FactSheetRow): string => {
    if (row.status !== 'update' || row.timeline.length === 0) return listed(row.values);
    const steps = timelineSteps(row).map((step) => `${markdownText(step.display)} (${label(step.document)}, ${markdownOneLine(step.when)})`).join(' → ');
    const undated = valuesOffTimeline(row);
    return undated.length ? `${steps} · no time: ${listed(undated)}` : steps;
  };
  out.push('| Status | Measure | Kind | Values | Articles | Finding |', '| --- | --- | --- | --- | --: | --- |');
  for (const row of rowsInReadingOrder(sheet)) {
    out.push(`| ${STATUS_MARK[row.status]} ${markdownOneLine(row.status)} | ${markdownText(row.label)} | ${markdownOneLine(row.kind)} | ${valuesOf(row)} | ${rowDocuments(row).length} | ${row.finding ? markdownCode(row.finding) : ''} |`);
  }
  out.push('');
  if (noneDated(report, sheet)) out.push(`No article has a publication time. ${UNDATED_CONSEQUENCE}`, '');
  else if (sheet.undated.length > 0) out.push(`No publication time: ${sheet.undated.map((id) => `${label(id)} (${markdownCode(id)})`).join(', ')}. ${UNDATED_CONSEQUENCE}`, '');
  return out;
}

export const markdownReporter: Reporter = (report) => {
  const sentences = sentenceIndex(report);
  const labels = documentLabels(report);
  const out: string[] = [];
  out.push('# claimdiff report', '');
  out.push(`${plural(report.documents.length, 'article')}, ${plural(report.alignments.length, 'aligned claim')}, ${plural(report.discrepancies.length, 'discrepancy', 'discrepancies')}.`, '');
  out.push(...factSheetSection(report, labels));
  out.push('## Articles', '', '| | Document | Language | Sentences | Title |', '| --- | --- | --- | --- | --- |');
  for (const d of report.documents) {
    out.push(`| ${labels.get(d.id)} | ${markdownCode(d.path)} | ${markdownOneLine(d.language)} (${d.languageConfidence.toFixed(2)}) | ${d.sentenceCount} | ${markdownText(shorten(d.title ?? '', 90))} |`);
  }
  out.push('', '## Discrepancies', '');
  const leftOut = leftOutNote(report);
  if (leftOut) out.push(markdownText(leftOut), '');
  if (report.discrepancies.length === 0) out.push('None found.', '');
  for (const d of report.discrepancies) {
    out.push(`### ${markdownHeading(markdownOneLine(d.id))} · ${d.severity.toUpperCase()} · ${markdownCode(d.rule)}`, '', markdownLineStart(markdownOneLine(d.message)), '', `*${markdownText(confidenceNote(d))}*`, '');
    const shown = d.sentences.map((id) => sentences.get(id)).filter((s) => s !== undefined);
    out.push(`| ${shown.map((s) => `${labels.get(s.document)} ${markdownCode(s.id)} (${markdownOneLine(s.language)})`).join(' | ')} |`);
    out.push(`| ${shown.map(() => '---').join(' | ')} |`);
    out.push(`| ${shown.map((s) => segmentsOf(s, d).map((seg) => (seg.marked ? `**${markdownText(seg.text)}**` : markdownText(seg.text))).join('')).join(' | ')} |`, '');
  }
  out.push('## Coverage', '', 'Which article carries which aligned claim (✓) and which leaves it out (·).', '');
  out.push(`| Claim | ${report.coverage.documents.map((id) => labels.get(id)).join(' | ')} |`);
  out.push(`| --- | ${report.coverage.documents.map(() => ':-:').join(' | ')} |`);
  for (const row of report.coverage.claims) {
    const first = sentences.get(row.sentences.find((s) => s !== null) ?? '');
    out.push(`| ${markdownOneLine(row.alignment)}: ${markdownText(shorten(first?.text ?? '', 70))} | ${row.sentences.map((s) => (s ? '✓' : '·')).join(' | ')} |`);
  }
  if (report.warnings.length) {
    out.push('', '## Skipped or noted', '');
    for (const w of report.warnings) out.push(`- ${markdownLineStart(markdownCode(w.path))}: ${markdownOneLine(w.message)}`);
  }
  return `${out.join('\n')}\n`;
};
