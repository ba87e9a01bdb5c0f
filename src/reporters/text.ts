/**
 * The terminal report: the fact sheet, the documents, then the discrepancies that matter most, then
 * the aligned claims, then what was skipped. Coloured only when asked to. Every string from the report
 * is made safe (safe-text.ts) before it is coloured, so that the only escape codes written are the
 * reporter's own.
 */
import { Chalk } from 'chalk';
import type { FactSheetRow, Report, ReportSentence, Severity } from '../types.js';
import type { Reporter } from './types.js';
import {
  confidenceNote,
  documentLabels,
  factSheetOf,
  leftOutNote,
  noneDated,
  rowsInReadingOrder,
  segmentsOf,
  shorten,
  STATUS_MARK,
  statusCounts,
  timelineSteps,
  UNDATED_CONSEQUENCE,
  valuesOffTimeline,
  type FactStatus,
} from './shared.js';
import { flatten, oneLine, showControls } from './safe-text.js';

// eslint-disable-next-line no-control-regex -- matching terminal escape codes is the point
const ANSI_CODE = /\u001b\[[0-9;]*m/g;

/** Length as the terminal shows it: without colour codes. */
export function visibleLength(text: string): number {
  return text.replace(ANSI_CODE, '').length;
}

/**
 * Wraps `text` to `width` columns, every line starting with `indent`. Words may carry colour codes;
 * a word longer than the line is left whole.
 */
export function wrap(text: string, width: number, indent: string): string {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = visibleLength(word);
    // A bare colour code (left by a coloured string that starts or ends with a space) sticks to its line.
    if (length === 0) {
      line += word;
      continue;
    }
    const current = visibleLength(line);
    if (current > 0 && current + 1 + length > room) {
      lines.push(line);
      line = word;
    } else {
      line = current > 0 ? `${line} ${word}` : line + word;
    }
  }
  if (visibleLength(line) > 0) lines.push(line);
  else if (line && lines.length > 0) lines[lines.length - 1] += line;
  return lines.map((l) => indent + l).join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `text` wrapped with a hanging indent: the first line at `first`, the lines it runs on to at `rest` (no shorter than `first`). */
function hang(text: string, width: number, first: string, rest: string): string {
  return first + wrap(text, width, rest).slice(rest.length);
}

type Paint = (s: string) => string;

// A document's label and its id stay on one line: their spaces are held by a character that no report
// string can carry raw (oneLine shows every control character as an escape) until the line is wrapped.
const HELD_SPACE = '\u0001';
const together = (text: string): string => text.replace(/ /g, HELD_SPACE);
const keptTogether = (wrapped: string): string => wrapped.replaceAll(HELD_SPACE, ' ');

/**
 * The fact sheet: one line (wrapped) per measure, disagreements first, each value with the articles
 * that state it; for an update, the values in publication order with their times.
 */
function factSheetLines(report: Report, width: number, labels: Map<string, string>, paint: { bold: Paint; dim: Paint; status: Record<FactStatus, Paint> }): string[] {
  const sheet = factSheetOf(report);
  const { bold, dim } = paint;
  if (sheet.rows.length === 0) return [bold('Fact sheet') + dim(' — no figure, date or time stated by two articles')];
  const label = (id: string) => labels.get(id) ?? oneLine(id);
  const counts = statusCounts(sheet);
  const mark = (status: FactStatus) => paint.status[status](STATUS_MARK[status]);
  const out = [
    wrap(
      `${bold('Fact sheet')} ${dim(`— ${plural(sheet.rows.length, 'measure')}:`)} ${mark('disagreement')} ${dim(`${counts.disagreement} disagree,`)} ` +
        `${mark('update')} ${dim(`${counts.update} updated over time,`)} ${mark('agreement')} ${dim(`${counts.agreement} agree`)}`,
      width,
      '',
    ),
  ];
  out.push(dim(keptTogether(wrap(`Articles: ${report.documents.map((d) => together(`${label(d.id)} ${oneLine(d.id)}`)).join(' · ')}`, width, '  '))));
  const listed = (values: Array<{ display: string; documents: string[] }>) => values.map((v) => `${flatten(v.display)} (${v.documents.map(label).join(', ')})`).join(' · ');
  const valuesOf = (row: FactSheetRow): string => {
    if (row.status !== 'update' || row.timeline.length === 0) return listed(row.values);
    const steps = timelineSteps(row).map((step) => `${flatten(step.display)} (${label(step.document)}, ${oneLine(step.when)})`).join(' → ');
    const undated = valuesOffTimeline(row);
    return undated.length ? `${steps} · no time: ${listed(undated)}` : steps;
  };
  for (const row of rowsInReadingOrder(sheet)) {
    const finding = row.finding ? dim(` — see ${oneLine(row.finding)}`) : '';
    out.push(hang(`${mark(row.status)} ${bold(flatten(row.label))} ${dim(`(${oneLine(row.kind)})`)}: ${valuesOf(row)}${finding}`, width, '  ', '    '));
  }
  if (noneDated(report, sheet)) out.push(dim(wrap(`No article has a publication time. ${UNDATED_CONSEQUENCE}`, width, '  ')));
  else if (sheet.undated.length > 0) {
    out.push(dim(keptTogether(wrap(`No publication time: ${sheet.undated.map((id) => together(`${label(id)} (${oneLine(id)})`)).join(', ')}. ${UNDATED_CONSEQUENCE}`, width, '  '))));
  }
  return out;
}

export const textReporter: Reporter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, options.width);
  const sentences = new Map<string, ReportSentence>(report.sentences.map((s) => [s.id, s]));
  const severityColour: Record<Severity, (s: string) => string> = { high: c.red.bold, medium: c.yellow, low: c.cyan };
  const out: string[] = [];

  const discrepancies = report.discrepancies.length === 1 ? '1 discrepancy' : `${report.discrepancies.length} discrepancies`;
  out.push(
    wrap(
      `${c.bold(`claimdiff ${report.tool.version}`)} — ${plural(report.documents.length, 'document')}, ` +
        `${plural(report.sentences.length, 'sentence')}, ${plural(report.alignments.length, 'aligned claim')}, ${discrepancies}`,
      width,
      '',
    ),
  );
  const bridges = Object.entries(report.bridge).filter(([, b]) => b !== 'pivot').map(([l, b]) => `${l} via ${b}`);
  if (bridges.length) out.push(c.dim(wrap(`bridge: ${bridges.join(', ')}`, width, '')));
  const labels = documentLabels(report);
  out.push('');
  out.push(...factSheetLines(report, width, labels, { bold: c.bold, dim: c.dim, status: { disagreement: c.red.bold, update: c.yellow.bold, agreement: c.green } }));
  out.push('');
  out.push(c.bold('Documents'));
  const idWidth = Math.max(...report.documents.map((d) => oneLine(d.id).length), 2);
  for (const doc of report.documents) {
    out.push(`  ${labels.get(doc.id)} ${c.bold(oneLine(doc.id).padEnd(idWidth))}  ${c.magenta(oneLine(doc.language))} ${doc.languageConfidence.toFixed(2)}  ${plural(doc.sentenceCount, 'sentence')}`);
    out.push(wrap(c.dim(oneLine(doc.path)), width, '      '));
    if (doc.title) out.push(wrap(`“${showControls(doc.title)}”`, width, '      '));
  }

  out.push('');
  out.push(c.bold('Discrepancies'));
  const leftOut = leftOutNote(report);
  if (leftOut) out.push(c.dim(wrap(leftOut, width, '  ')));
  if (report.discrepancies.length === 0) out.push(c.dim('  none found'));
  for (const d of report.discrepancies) {
    out.push(wrap(`${c.bold(oneLine(d.id))} ${severityColour[d.severity](d.severity.toUpperCase())} ${c.bold(oneLine(d.rule))}: ${oneLine(d.message)}`, width, '  '));
    out.push(c.dim(wrap(oneLine(confidenceNote(d)), width, '  ')));
    for (const id of d.sentences) {
      const s = sentences.get(id);
      if (!s) continue;
      // Each highlighted word is coloured on its own so that wrapping never colours the indent.
      const text = segmentsOf(s, d)
        .map((seg) => {
          const safe = showControls(seg.text);
          return seg.marked ? safe.split(/(\s+)/).map((w) => (w.trim() ? c.inverse(w) : w)).join('') : safe;
        })
        .join('');
      out.push(`    ${c.dim(`${labels.get(s.document)} ${oneLine(id)} [${oneLine(s.language)}]`)}`);
      out.push(wrap(text, width, '      '));
    }
  }

  if (report.coverage.claims.length > 0) {
    out.push('');
    out.push(c.bold('Coverage') + c.dim(' (which article carries which claim)'));
    const docs = report.coverage.documents.map((id) => labels.get(id)!);
    out.push(`  ${'claim'.padEnd(6)} ${docs.map((l) => l.padEnd(3)).join(' ')}`);
    for (const row of report.coverage.claims) {
      const first = sentences.get(row.sentences.find((x) => x !== null) ?? '');
      const cells = row.sentences.map((x) => (x ? c.green('✓') : c.dim('·')).padEnd(3 + (x ? c.green('✓').length - 1 : c.dim('·').length - 1))).join(' ');
      const room = Math.max(10, width - 10 - docs.length * 4);
      out.push(`  ${oneLine(row.alignment).padEnd(6)} ${cells} ${c.dim(shorten(flatten(first?.text ?? ''), room))}`);
    }
  }
  out.push('');
  out.push(c.bold('Aligned claims'));
  if (report.alignments.length === 0) out.push(c.dim('  none'));
  const stack = (ids: readonly string[]) => {
    for (const id of ids) {
      const s = sentences.get(id);
      if (!s) continue;
      out.push(`    ${c.dim(`${oneLine(id)} [${oneLine(s.language)}]`)}`);
      out.push(wrap(showControls(s.text), width, '      '));
    }
  };
  for (const a of report.alignments) {
    out.push(wrap(`${c.bold(oneLine(a.id))} ${c.dim(`score ${a.score.toFixed(2)}${a.basis.length ? ` · ${a.basis.map(showControls).join(', ')}` : ''}`)}`, width, '  '));
    stack(a.sentences);
  }

  if (report.relations.length > 0) {
    out.push('');
    out.push(c.bold('Claims and their negations'));
    for (const r of report.relations) {
      out.push(wrap(`${c.bold(oneLine(r.id))} ${c.dim(`score ${r.score.toFixed(2)} · one side negated: a denial, or a contradiction`)}`, width, '  '));
      stack(r.sentences);
    }
  }

  if (report.copies.length > 0) {
    out.push('');
    out.push(c.bold('Copies'));
    for (const copy of report.copies) {
      out.push(wrap(`${oneLine(copy.documents[0])} and ${oneLine(copy.documents[1])} share ${copy.sharedSentences} identical sentences (${Math.round(copy.ratio * 100)}% of the shorter): syndicated copy`, width, '  '));
    }
  }

  if (report.warnings.length > 0) {
    out.push('');
    out.push(c.bold('Skipped or noted'));
    for (const w of report.warnings) out.push(wrap(`${c.yellow(oneLine(w.path))}: ${oneLine(w.message)}`, width, '  '));
  }
  return `${out.join('\n')}\n`;
};
