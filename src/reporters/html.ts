/**
 * One self-contained HTML page (no network request: styles and script inline): the fact sheet (a
 * table to sort and filter, with a timeline of each value that moved), the articles, each finding with
 * its excerpts side by side and the differing words highlighted, filters by rule and severity, and the
 * coverage matrix.
 */
import type { FactSheetRow, Report } from '../types.js';
import type { Reporter } from './types.js';
import {
  confidenceNote,
  leftOutNote,
  documentLabels,
  FACT_STATUSES,
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
  type TimelineStep,
} from './shared.js';
// Every string from the report goes through one of these, in elements and in (always double-quoted)
// attributes alike: markup escaped, control and bidi characters shown as escapes.
import { flatten, htmlOneLine, htmlText } from './safe-text.js';

const STYLE = `
:root { --high: #b42318; --medium: #b54708; --low: #175cd3; --mark: #fde68a; --line: #d0d5dd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #101828; background: #f9fafb; }
header, main { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 18px; margin-top: 28px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
.filters { display: flex; flex-wrap: wrap; gap: 16px; background: #fff; border: 1px solid var(--line); padding: 10px 12px; border-radius: 8px; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
.filters legend { font-weight: 600; margin-right: 6px; float: left; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 8px; margin: 14px 0; padding: 10px 14px; }
.finding.high { border-left-color: var(--high); } .finding.medium { border-left-color: var(--medium); } .finding.low { border-left-color: var(--low); }
.finding.hidden { display: none; }
.finding .confidence, .left-out { color: #555; font-size: 0.9em; margin: 4px 0; }
.badge { display: inline-block; font-size: 12px; font-weight: 700; padding: 1px 8px; border-radius: 10px; color: #fff; margin-right: 6px; }
.badge.high { background: var(--high); } .badge.medium { background: var(--medium); } .badge.low { background: var(--low); }
.rule { font-family: ui-monospace, monospace; font-size: 13px; }
.excerpts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; margin-top: 8px; }
.excerpt { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fcfcfd; }
.excerpt .where { font-size: 12px; color: #475467; margin-bottom: 4px; }
mark { background: var(--mark); padding: 0 2px; border-radius: 2px; }
.coverage td.yes { text-align: center; color: #067647; font-weight: 700; } .coverage td.no { text-align: center; color: #98a2b3; }
.count { color: #475467; font-size: 14px; }
.facts .status, .facts th { white-space: nowrap; } .facts .status { font-weight: 600; }
.facts tr.disagreement .status { color: var(--high); } .facts tr.update .status { color: var(--medium); } .facts tr.agreement .status { color: #067647; }
.facts th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
.facts th button::after { content: ' ↕'; color: #98a2b3; }
.facts th[aria-sort=ascending] button::after { content: ' ▲'; color: inherit; } .facts th[aria-sort=descending] button::after { content: ' ▼'; color: inherit; }
.facts .doc { color: #475467; font-size: 13px; } .facts .num { text-align: right; } .facts .label { font-weight: 600; }
.filters input[type=search] { font: inherit; padding: 2px 6px; border: 1px solid var(--line); border-radius: 4px; }
.timeline { display: block; margin-top: 6px; overflow: visible; }
.timeline .axis { fill: none; stroke: var(--line); } .timeline .line { fill: none; stroke: var(--medium); stroke-width: 1.5; }
.timeline circle { fill: #fff; stroke: var(--medium); stroke-width: 2; } .timeline circle:hover { fill: var(--medium); }
.timeline text { font-size: 10px; fill: #475467; } .timeline .end { text-anchor: end; }
`;

const SCRIPT = `
(() => {
  const boxes = [...document.querySelectorAll('.filters input[data-kind=rule], .filters input[data-kind=severity]')];
  const findings = [...document.querySelectorAll('.finding')];
  const count = document.getElementById('shown');
  function apply() {
    const on = (kind) => new Set(boxes.filter((b) => b.dataset.kind === kind && b.checked).map((b) => b.value));
    const rules = on('rule');
    const severities = on('severity');
    let shown = 0;
    for (const f of findings) {
      const visible = rules.has(f.dataset.rule) && severities.has(f.dataset.severity);
      f.classList.toggle('hidden', !visible);
      if (visible) shown += 1;
    }
    count.textContent = String(shown);
  }
  for (const b of boxes) b.addEventListener('change', apply);
  apply();
})();
(() => {
  // The fact sheet: sort by a header, filter by label and status. Ties keep the report's reading order.
  const table = document.getElementById('fact-sheet');
  if (!table) return;
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const search = document.getElementById('fact-filter');
  const statuses = [...document.querySelectorAll('.filters input[data-kind=status]')];
  const count = document.getElementById('facts-shown');
  const labelOf = (row) => row.querySelector('.label').textContent;
  const keys = {
    status: (row) => Number(row.dataset.rank),
    label: (row) => labelOf(row).toLowerCase(),
    kind: (row) => row.dataset.kind,
    articles: (row) => Number(row.dataset.articles),
  };
  let by = 'status';
  let direction = 1;
  function sort(key) {
    direction = key === by ? -direction : 1;
    by = key;
    const value = keys[key];
    const order = (a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'number' ? x - y : x.localeCompare(y);
      return c * direction || Number(a.dataset.order) - Number(b.dataset.order);
    };
    for (const row of [...rows].sort(order)) body.appendChild(row);
    for (const th of table.querySelectorAll('th[data-sort]')) {
      th.setAttribute('aria-sort', th.dataset.sort === by ? (direction > 0 ? 'ascending' : 'descending') : 'none');
    }
  }
  for (const th of table.querySelectorAll('th[data-sort]')) th.querySelector('button').addEventListener('click', () => sort(th.dataset.sort));
  function filter() {
    const query = search.value.trim().toLowerCase();
    const shown = new Set(statuses.filter((b) => b.checked).map((b) => b.value));
    let n = 0;
    for (const row of rows) {
      const visible = shown.has(row.dataset.status) && (!query || labelOf(row).toLowerCase().includes(query));
      row.hidden = !visible;
      if (visible) n += 1;
    }
    count.textContent = String(n);
  }
  search.addEventListener('input', filter);
  for (const b of statuses) b.addEventListener('change', filter);
  filter();
})();
`;

/** The timeline's drawing area, in pixels: value labels on the left, time labels below. */
const PLOT = { width: 360, height: 72, left: 80, right: 350, top: 10, bottom: 46 };

const coordinate = (n: number): string => n.toFixed(1);

/**
 * A small chart of a row's values over the articles' publication times: one mark per article (its
 * `<title>` says which, when and what), the lowest and highest values on the left, the first and last
 * times below. When a publication time cannot be read, the marks are spaced evenly instead.
 */
function timelineSvg(row: FactSheetRow, steps: TimelineStep[], labelOf: (id: string) => string): string {
  // `labelOf` gives escaped text without markup: an SVG `<title>` holds text only.
  if (steps.length < 2) return '';
  const { width, height, left, right, top, bottom } = PLOT;
  const instants = steps.map((step) => step.time.instant);
  const known = instants.filter((t): t is number => t !== null);
  const first = Math.min(...known);
  const span = Math.max(...known) - first;
  const x = (i: number): number => {
    const t = instants[i];
    if (known.length === steps.length && span > 0 && t !== null && t !== undefined) return left + ((t - first) / span) * (right - left);
    return left + (i / (steps.length - 1)) * (right - left);
  };
  const low = Math.min(...steps.map((s) => s.value));
  const high = Math.max(...steps.map((s) => s.value));
  const y = (value: number): number => (high > low ? bottom - ((value - low) / (high - low)) * (bottom - top) : (top + bottom) / 2);
  const fullTime = (step: TimelineStep) => (step.time.clock === null ? step.time.day : `${step.time.day} ${step.time.clock}`);
  const lowest = steps.find((s) => s.value === low)!;
  const highest = steps.find((s) => s.value === high)!;
  const points = steps.map((step, i) => `${coordinate(x(i))},${coordinate(y(step.value))}`);
  const parts = [
    `<svg class="timeline" width="${width}" height="${height}" role="img" aria-label="${htmlText(`${flatten(row.label)}: value by publication time`)}">`,
    `<polyline class="axis" points="${left},${top} ${left},${bottom} ${right},${bottom}"></polyline>`,
    `<text class="end" x="${left - 6}" y="${coordinate(y(high) + 3)}">${htmlText(shorten(flatten(highest.display), 14))}</text>`,
  ];
  if (high > low) parts.push(`<text class="end" x="${left - 6}" y="${coordinate(y(low) + 3)}">${htmlText(shorten(flatten(lowest.display), 14))}</text>`);
  parts.push(
    `<text x="${left}" y="${height - 8}">${htmlOneLine(shorten(fullTime(steps[0]!), 22))}</text>`,
    `<text class="end" x="${right}" y="${height - 8}">${htmlOneLine(shorten(fullTime(steps.at(-1)!), 22))}</text>`,
    `<polyline class="line" points="${points.join(' ')}"></polyline>`,
  );
  steps.forEach((step, i) => {
    const title = `${labelOf(step.document)} · ${htmlOneLine(fullTime(step))} · ${htmlText(flatten(step.display))}`;
    parts.push(`<circle cx="${coordinate(x(i))}" cy="${coordinate(y(step.value))}" r="4"><title>${title}</title></circle>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The fact sheet: counts, filters, then one table row per measure, disagreements first. */
function factSheetSection(report: Report, labels: Map<string, string>): string[] {
  const sheet = factSheetOf(report);
  if (sheet.rows.length === 0) return ['<h2>Fact sheet</h2><p>No figure, date or time stated by two articles.</p>'];
  const counts = statusCounts(sheet);
  const rows = rowsInReadingOrder(sheet);
  // A document label with the document's id on hover.
  const labelOf = (id: string) => `<span class="doc" title="${htmlOneLine(id)}">${labels.get(id) ?? htmlOneLine(id)}</span>`;
  const listed = (values: Array<{ display: string; documents: string[] }>) => values.map((v) => `${htmlText(flatten(v.display))} (${v.documents.map(labelOf).join(', ')})`).join(' · ');
  const parts: string[] = [];
  parts.push(`<h2>Fact sheet <span class="count">(<span id="facts-shown">${rows.length}</span> of ${rows.length} shown)</span></h2>`);
  parts.push(
    `<p class="count">${plural(sheet.rows.length, 'measure')}: ${STATUS_MARK.disagreement} ${counts.disagreement} disagree, ${STATUS_MARK.update} ${counts.update} updated over time ` +
      `(the value changes with the articles' publication times), ${STATUS_MARK.agreement} ${counts.agreement} agree. ` +
      `Articles: ${report.documents.map((d) => `${labels.get(d.id)} <code>${htmlOneLine(d.id)}</code>`).join(', ')}. Click a column header to sort.</p>`,
  );
  parts.push('<form class="filters" onsubmit="return false">');
  parts.push('<label>Measure <input type="search" id="fact-filter" placeholder="filter by label" aria-label="Filter the fact sheet by label"></label>');
  parts.push('<fieldset><legend>Status</legend>');
  for (const status of FACT_STATUSES) parts.push(`<label><input type="checkbox" data-kind="status" value="${status}" checked> ${STATUS_MARK[status]} ${status}</label>`);
  parts.push('</fieldset></form>');
  const header = (key: string, title: string) => `<th data-sort="${key}" aria-sort="${key === 'status' ? 'ascending' : 'none'}"><button type="button">${title}</button></th>`;
  parts.push(`<table class="facts" id="fact-sheet"><thead><tr>${header('status', 'Status')}${header('label', 'Measure')}${header('kind', 'Kind')}<th>Values</th>${header('articles', 'Articles')}<th>Finding</th></tr></thead><tbody>`);
  // `data-order` is the reading order: the tie-break of every sort, so sorting by status again restores it.
  for (const [order, row] of rows.entries()) {
    const steps = timelineSteps(row);
    let values = listed(row.values);
    if (row.status === 'update' && steps.length > 0) {
      values = steps.map((step) => `${htmlText(flatten(step.display))} (${labelOf(step.document)}, ${htmlOneLine(step.when)})`).join(' → ');
      const undated = valuesOffTimeline(row);
      if (undated.length) values += ` · no time: ${listed(undated)}`;
    }
    const status = htmlOneLine(row.status);
    parts.push(
      `<tr class="${status}" data-status="${status}" data-rank="${FACT_STATUSES.indexOf(row.status)}" data-kind="${htmlOneLine(row.kind)}" data-articles="${rowDocuments(row).length}" data-order="${order}">` +
        `<td class="status">${STATUS_MARK[row.status]} ${status}</td><td class="label">${htmlText(flatten(row.label))}</td><td>${htmlOneLine(row.kind)}</td>` +
        `<td>${values}${timelineSvg(row, steps, (id) => labels.get(id) ?? htmlOneLine(id))}</td><td class="num">${rowDocuments(row).length}</td><td>${row.finding ? htmlOneLine(row.finding) : ''}</td></tr>`,
    );
  }
  parts.push('</tbody></table>');
  if (noneDated(report, sheet)) parts.push(`<p class="count">No article has a publication time. ${UNDATED_CONSEQUENCE}</p>`);
  else if (sheet.undated.length > 0) {
    parts.push(`<p class="count">No publication time: ${sheet.undated.map((id) => `${labelOf(id)} (<code>${htmlOneLine(id)}</code>)`).join(', ')}. ${UNDATED_CONSEQUENCE}</p>`);
  }
  return parts;
}

export const htmlReporter: Reporter = (report) => {
  const sentences = sentenceIndex(report);
  const labels = documentLabels(report);
  const rules = [...new Set(report.discrepancies.map((d) => d.rule))].sort();
  const severities = ['high', 'medium', 'low'];
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`);
  parts.push(`<title>claimdiff report</title><style>${STYLE}</style></head><body>`);
  parts.push(`<header><h1>claimdiff report</h1><p class="count">${htmlText(`${plural(report.documents.length, 'article')}, ${plural(report.alignments.length, 'aligned claim')}, ${plural(report.discrepancies.length, 'discrepancy', 'discrepancies')} · claimdiff ${report.tool.version}`)}</p></header><main>`);

  parts.push(...factSheetSection(report, labels));

  parts.push('<h2>Articles</h2><table class="articles"><thead><tr><th></th><th>Document</th><th>Language</th><th>Sentences</th><th>Title</th></tr></thead><tbody>');
  for (const d of report.documents) {
    parts.push(`<tr><td>${labels.get(d.id)}</td><td><code>${htmlOneLine(d.path)}</code></td><td>${htmlOneLine(d.language)} (${d.languageConfidence.toFixed(2)})</td><td>${d.sentenceCount}</td><td>${htmlText(shorten(d.title ?? '', 120))}</td></tr>`);
  }
  parts.push('</tbody></table>');

  parts.push(`<h2>Discrepancies <span class="count">(<span id="shown">${report.discrepancies.length}</span> shown)</span></h2>`);
  parts.push('<form class="filters" onsubmit="return false">');
  parts.push('<fieldset><legend>Severity</legend>');
  for (const s of severities) parts.push(`<label><input type="checkbox" data-kind="severity" value="${s}" checked> ${s}</label>`);
  parts.push('</fieldset><fieldset><legend>Rule</legend>');
  for (const r of rules) parts.push(`<label><input type="checkbox" data-kind="rule" value="${htmlOneLine(r)}" checked> <span class="rule">${htmlOneLine(r)}</span></label>`);
  parts.push('</fieldset></form>');
  const leftOut = leftOutNote(report);
  if (leftOut) parts.push(`<p class="left-out">${htmlText(leftOut)}</p>`);
  if (report.discrepancies.length === 0) parts.push('<p>None found.</p>');
  for (const d of report.discrepancies) {
    parts.push(`<section class="finding ${htmlOneLine(d.severity)}" id="${htmlOneLine(d.id)}" data-rule="${htmlOneLine(d.rule)}" data-severity="${htmlOneLine(d.severity)}">`);
    parts.push(`<div><span class="badge ${htmlOneLine(d.severity)}">${htmlOneLine(d.severity.toUpperCase())}</span><span class="rule">${htmlOneLine(d.rule)}</span> · ${htmlOneLine(d.id)}</div>`);
    parts.push(`<p>${htmlOneLine(d.message)}</p>`);
    parts.push(`<p class="confidence">${htmlOneLine(confidenceNote(d))}</p><div class="excerpts">`);
    for (const id of d.sentences) {
      const s = sentences.get(id);
      if (!s) continue;
      const body = segmentsOf(s, d)
        .map((seg) => (seg.marked ? `<mark>${htmlText(seg.text)}</mark>` : htmlText(seg.text)))
        .join('');
      parts.push(`<div class="excerpt" lang="${htmlOneLine(s.language)}"><div class="where">${labels.get(s.document)} · ${htmlOneLine(s.id)} · ${htmlOneLine(s.language)}</div>${body}</div>`);
    }
    parts.push('</div></section>');
  }

  parts.push('<h2>Coverage</h2><p class="count">Which article carries which aligned claim.</p><table class="coverage"><thead><tr><th>Claim</th>');
  for (const id of report.coverage.documents) parts.push(`<th title="${htmlOneLine(id)}">${labels.get(id)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (const row of report.coverage.claims) {
    const first = sentences.get(row.sentences.find((s) => s !== null) ?? '');
    parts.push(`<tr><td>${htmlOneLine(row.alignment)}: ${htmlText(shorten(first?.text ?? '', 110))}</td>`);
    for (const s of row.sentences) parts.push(s ? `<td class="yes" title="${htmlOneLine(s)}">✓</td>` : '<td class="no">·</td>');
    parts.push('</tr>');
  }
  parts.push('</tbody></table>');

  if (report.warnings.length) {
    parts.push('<h2>Skipped or noted</h2><ul>');
    for (const w of report.warnings) parts.push(`<li><code>${htmlOneLine(w.path)}</code>: ${htmlOneLine(w.message)}</li>`);
    parts.push('</ul>');
  }
  parts.push(`</main><script>${SCRIPT}</script></body></html>`);
  return `${parts.join('\n')}\n`;
};
