/**
 * One self-contained HTML page (no network request: styles and script inline): the articles, each
 * finding with its excerpts side by side and the differing words highlighted, filters by rule and
 * severity, and the coverage matrix.
 */
import type { Reporter } from './types.js';
import { documentLabels, plural, segmentsOf, sentenceIndex, shorten } from './shared.js';
// Every string from the report goes through one of these, in elements and in (always double-quoted)
// attributes alike: markup escaped, control and bidi characters shown as escapes.
import { htmlOneLine, htmlText } from './safe-text.js';

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
.badge { display: inline-block; font-size: 12px; font-weight: 700; padding: 1px 8px; border-radius: 10px; color: #fff; margin-right: 6px; }
.badge.high { background: var(--high); } .badge.medium { background: var(--medium); } .badge.low { background: var(--low); }
.rule { font-family: ui-monospace, monospace; font-size: 13px; }
.excerpts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; margin-top: 8px; }
.excerpt { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fcfcfd; }
.excerpt .where { font-size: 12px; color: #475467; margin-bottom: 4px; }
mark { background: var(--mark); padding: 0 2px; border-radius: 2px; }
.coverage td.yes { text-align: center; color: #067647; font-weight: 700; } .coverage td.no { text-align: center; color: #98a2b3; }
.count { color: #475467; font-size: 14px; }
`;

const SCRIPT = `
(() => {
  const boxes = [...document.querySelectorAll('.filters input[type=checkbox]')];
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
`;

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

  parts.push('<h2>Articles</h2><table><thead><tr><th></th><th>Document</th><th>Language</th><th>Sentences</th><th>Title</th></tr></thead><tbody>');
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
  if (report.discrepancies.length === 0) parts.push('<p>None found.</p>');
  for (const d of report.discrepancies) {
    parts.push(`<section class="finding ${htmlOneLine(d.severity)}" id="${htmlOneLine(d.id)}" data-rule="${htmlOneLine(d.rule)}" data-severity="${htmlOneLine(d.severity)}">`);
    parts.push(`<div><span class="badge ${htmlOneLine(d.severity)}">${htmlOneLine(d.severity.toUpperCase())}</span><span class="rule">${htmlOneLine(d.rule)}</span> · ${htmlOneLine(d.id)}</div>`);
    parts.push(`<p>${htmlOneLine(d.message)}</p><div class="excerpts">`);
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
