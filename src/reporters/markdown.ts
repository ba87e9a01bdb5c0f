/**
 * Markdown, for pasting into a fact-check or a class handout: the documents, each finding with its
 * excerpts side by side (the differing words in bold), the coverage matrix and what was skipped.
 */
import type { Reporter } from './types.js';
import { documentLabels, plural, segmentsOf, sentenceIndex, shorten } from './shared.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function inline(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

export const markdownReporter: Reporter = (report) => {
  const sentences = sentenceIndex(report);
  const labels = documentLabels(report);
  const out: string[] = [];
  out.push('# claimdiff report', '');
  out.push(`${plural(report.documents.length, 'article')}, ${plural(report.alignments.length, 'aligned claim')}, ${plural(report.discrepancies.length, 'discrepancy', 'discrepancies')}.`, '');
  out.push('## Articles', '', '| | Document | Language | Sentences | Title |', '| --- | --- | --- | --- | --- |');
  for (const d of report.documents) out.push(`| ${labels.get(d.id)} | \`${d.path}\` | ${d.language} (${d.languageConfidence.toFixed(2)}) | ${d.sentenceCount} | ${cell(inline(shorten(d.title ?? '', 90)))} |`);
  out.push('', '## Discrepancies', '');
  if (report.discrepancies.length === 0) out.push('None found.', '');
  for (const d of report.discrepancies) {
    out.push(`### ${d.id} · ${d.severity.toUpperCase()} · \`${d.rule}\``, '', inline(d.message), '');
    const shown = d.sentences.map((id) => sentences.get(id)).filter((s) => s !== undefined);
    out.push(`| ${shown.map((s) => `${labels.get(s.document)} \`${s.id}\` (${s.language})`).join(' | ')} |`);
    out.push(`| ${shown.map(() => '---').join(' | ')} |`);
    out.push(`| ${shown.map((s) => cell(segmentsOf(s, d).map((seg) => (seg.marked ? `**${inline(seg.text)}**` : inline(seg.text))).join(''))).join(' | ')} |`, '');
  }
  out.push('## Coverage', '', 'Which article carries which aligned claim (✓) and which leaves it out (·).', '');
  out.push(`| Claim | ${report.coverage.documents.map((id) => labels.get(id)).join(' | ')} |`);
  out.push(`| --- | ${report.coverage.documents.map(() => ':-:').join(' | ')} |`);
  for (const row of report.coverage.claims) {
    const first = sentences.get(row.sentences.find((s) => s !== null) ?? '');
    out.push(`| ${row.alignment}: ${cell(inline(shorten(first?.text ?? '', 70)))} | ${row.sentences.map((s) => (s ? '✓' : '·')).join(' | ')} |`);
  }
  if (report.warnings.length) {
    out.push('', '## Skipped or noted', '');
    for (const w of report.warnings) out.push(`- \`${w.path}\`: ${inline(w.message)}`);
  }
  return `${out.join('\n')}\n`;
};
