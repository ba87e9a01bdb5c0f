/**
 * Markdown, for pasting into a fact-check or a class handout: the documents, each finding with its
 * excerpts side by side (the differing words in bold), the coverage matrix and what was skipped.
 * Every string from the inputs goes through safe-text.ts: no raw HTML, no Markdown syntax, no line
 * break and no control character from an article or a file name reaches the page.
 */
import type { Reporter } from './types.js';
import { documentLabels, plural, segmentsOf, sentenceIndex, shorten } from './shared.js';
import { markdownCode, markdownHeading, markdownLineStart, markdownOneLine, markdownText } from './safe-text.js';

export const markdownReporter: Reporter = (report) => {
  const sentences = sentenceIndex(report);
  const labels = documentLabels(report);
  const out: string[] = [];
  out.push('# claimdiff report', '');
  out.push(`${plural(report.documents.length, 'article')}, ${plural(report.alignments.length, 'aligned claim')}, ${plural(report.discrepancies.length, 'discrepancy', 'discrepancies')}.`, '');
  out.push('## Articles', '', '| | Document | Language | Sentences | Title |', '| --- | --- | --- | --- | --- |');
  for (const d of report.documents) {
    out.push(`| ${labels.get(d.id)} | ${markdownCode(d.path)} | ${markdownOneLine(d.language)} (${d.languageConfidence.toFixed(2)}) | ${d.sentenceCount} | ${markdownText(shorten(d.title ?? '', 90))} |`);
  }
  out.push('', '## Discrepancies', '');
  if (report.discrepancies.length === 0) out.push('None found.', '');
  for (const d of report.discrepancies) {
    out.push(`### ${markdownHeading(markdownOneLine(d.id))} · ${d.severity.toUpperCase()} · ${markdownCode(d.rule)}`, '', markdownLineStart(markdownOneLine(d.message)), '');
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
