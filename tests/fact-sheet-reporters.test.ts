/**
 * The fact sheet in every report format: first after the summary, disagreements then updates then
 * agreements, each value with its articles, an update in publication order with its times, the undated
 * articles named, a timeline chart in HTML, hostile labels and values shown as text; and the JSON
 * contract for it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTERS } from '../src/index.js';
import { visibleLength } from '../src/reporters/text.js';
import type { FactSheet, FactSheetValue, MeasureSlot, Report } from '../src/types.js';
import { ROOT } from './helpers.js';
import { reportWithFactSheet } from './fact-sheet-fixture.js';

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- the text reporter's own colour codes
const SGR = /\u001b\[[0-9;]*m/g;

let report: Report;

beforeAll(async () => {
  report = await reportWithFactSheet();
});

const render = (format: 'text' | 'markdown' | 'html' | 'json', width = 200) => REPORTERS[format](report, { color: false, width });

/** The report without a fact sheet, as a report made before the stage that fills it. */
function withoutFactSheet(): Report {
  const copy = structuredClone(report) as Partial<Report>;
  delete copy.factSheet;
  return copy as Report;
}

describe('text report', () => {
  it('shows the fact sheet right after the summary, before the documents and the discrepancies', () => {
    const out = render('text');
    const at = out.indexOf('Fact sheet');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(out.indexOf('\nDocuments'));
    expect(at).toBeLessThan(out.indexOf('\nDiscrepancies'));
    expect(out.split('\n')[2]).toMatch(/^Fact sheet — 4 measures: ✗ 1 disagree, ↗ 1 updated over time, ✓ 2 agree$/);
    expect(out).toContain('  Articles: D1 alpha · D2 bravo · D3 charlie · D4 delta\n');
  });

  it('lists disagreements, then updates, then agreements, each value with its articles', () => {
    const rows = render('text').split('\n').filter((l) => /^ {2}[✗↗✓] /.test(l));
    expect(rows.map((l) => l[2])).toEqual(['✗', '↗', '✓', '✓']);
    expect(rows[0]).toBe(`  ✗ deaths in Valencia (quantity): 12 (D1, D3) · 15 (D2) · 21 (D4) — see ${report.factSheet.rows[1]!.finding}`);
    // An update: publication order, each time in UTC, the day left out when it repeats; the undated article's value after.
    expect(rows[1]).toBe('  ↗ injured (quantity): 40 (D1, 2024-10-30 07:00 UTC) → 52 (D2, 12:30 UTC) → 60 (D3, 2024-10-31 08:00 UTC) · no time: 45 (D4)');
    expect(rows[2]).toBe('  ✓ time of the alert (time): 20:12 (D1, D2, D3, D4)');
  });

  it('names the articles without a publication time', () => {
    expect(render('text')).toContain('  No publication time: D4 (delta). Their values cannot be placed in time, so a change reads as a disagreement.\n');
  });

  it('shows hostile labels and values as text: controls and bidi characters as escapes, colours only its own', () => {
    const out = render('text');
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(BIDI);
    expect(out).toContain('✓ rain in <script>alert(1)</script> \\x1b]0;owned\\x07 | `code` # Injected \\u202eheading (quantity): <img src=x onerror=alert(1)>\\x1b[2J 30 mm (D1, D2)');
    const coloured = REPORTERS.text(report, { color: true, width: 200 });
    expect(coloured).toMatch(SGR);
    expect(coloured.replace(SGR, '')).toBe(out);
  });

  it('wraps to the width with a hanging indent, keeping an article label with its id', () => {
    const out = render('text', 50);
    const section = out.slice(0, out.indexOf('\nDocuments')).split('\n').slice(2);
    for (const line of section) expect(visibleLength(line), line).toBeLessThanOrEqual(50);
    const update = section.findIndex((l) => l.startsWith('  ↗ injured'));
    expect(section[update + 1]).toMatch(/^ {4}\S/);
    expect(section.some((l) => /D\d$/.test(l))).toBe(false);
  });
});

describe('Markdown report', () => {
  it('puts a fact sheet table before the articles and the discrepancies, disagreements first', () => {
    const out = render('markdown');
    expect(out.indexOf('\n## Fact sheet\n')).toBeGreaterThan(0);
    expect(out.indexOf('\n## Fact sheet\n')).toBeLessThan(out.indexOf('\n## Articles\n'));
    expect(out.indexOf('\n## Fact sheet\n')).toBeLessThan(out.indexOf('\n## Discrepancies\n'));
    const table = out.split('\n').filter((l) => /^\| [✗↗✓] /.test(l));
    expect(table).toHaveLength(4);
    expect(table[0]).toBe(`| ✗ disagreement | deaths in Valencia | quantity | 12 (D1, D3) · 15 (D2) · 21 (D4) | 4 | \`${report.factSheet.rows[1]!.finding}\` |`);
    expect(table[1]).toBe('| ↗ update | injured | quantity | 40 (D1, 2024-10-30 07:00 UTC) → 52 (D2, 12:30 UTC) → 60 (D3, 2024-10-31 08:00 UTC) · no time: 45 (D4) | 4 |  |');
    expect(table.slice(2).every((l) => l.startsWith('| ✓ agreement | '))).toBe(true);
    expect(out).toContain('\nNo publication time: D4 (`delta`). Their values cannot be placed in time, so a change reads as a disagreement.\n');
  });

  it('keeps hostile labels and values as escaped text in their cells', () => {
    const out = render('markdown');
    expect(out).not.toContain('<');
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(BIDI);
    expect(out).not.toMatch(/^# Injected/m);
    const row = out.split('\n').find((l) => l.includes('rain in'))!;
    expect(row).toBe(
      '| ✓ agreement | rain in &lt;script&gt;alert(1)&lt;/script&gt; \\\\x1b\\]0;owned\\\\x07 \\| \\`code\\` # Injected \\\\u202eheading | quantity | &lt;img src=x onerror=alert(1)&gt;\\\\x1b\\[2J 30 mm (D1, D2) | 2 |  |',
    );
    // Six cells: the escaped pipe of the label opens no column.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });
});

type PageDocument = ReturnType<typeof parseHTML>['document'];
type PageElement = NonNullable<ReturnType<PageDocument['querySelector']>>;

/** Tags of an SVG fragment balanced, nothing but tags and escaped text: what an XML parser accepts. */
function expectWellFormed(fragment: string): void {
  const open: string[] = [];
  const text = fragment.replace(/<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/g, (_tag, closing: string, name: string) => {
    if (closing) expect(open.pop(), fragment).toBe(name);
    else open.push(name);
    return '';
  });
  expect(open).toEqual([]);
  expect(text).not.toContain('<');
  expect(text).not.toContain('>');
  expect(text.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
}

describe('HTML report', () => {
  let html: string;
  let document: PageDocument;

  beforeAll(() => {
    html = render('html');
    document = parseHTML(html).document;
  });

  it('puts the fact sheet table before the articles and the discrepancies', () => {
    const table = document.querySelector('table#fact-sheet')!;
    expect(table).not.toBeNull();
    expect(html.indexOf('<h2>Fact sheet')).toBeLessThan(html.indexOf('<h2>Articles'));
    expect(html.indexOf('id="fact-sheet"')).toBeLessThan(html.indexOf('<h2>Discrepancies'));
    expect(document.querySelector('#facts-shown')!.textContent).toBe('4');
  });

  it('has one row per measure, disagreements first, with its values, articles, status and finding', () => {
    const rows = [...document.querySelectorAll('#fact-sheet tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['disagreement', 'update', 'agreement', 'agreement']);
    expect(rows.map((r) => r.getAttribute('data-articles'))).toEqual(['4', '4', '4', '2']);
    const cells = (r: PageElement) => [...r.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells(rows[0]!)).toEqual(['✗ disagreement', 'deaths in Valencia', 'quantity', '12 (D1, D3) · 15 (D2) · 21 (D4)', '4', report.factSheet.rows[1]!.finding]);
    expect(cells(rows[1]!)[3]).toMatch(/^40 \(D1, 2024-10-30 07:00 UTC\) → 52 \(D2, 12:30 UTC\) → 60 \(D3, 2024-10-31 08:00 UTC\) · no time: 45 \(D4\)/);
    // The article's id on hover of its label.
    expect(rows[0]!.querySelector('.doc')!.getAttribute('title')).toBe('alpha');
    expect(document.body.textContent).toContain('No publication time: D4 (delta). Their values cannot be placed in time');
  });

  it('draws a timeline for each row of two dated articles or more, one mark per article with its title', () => {
    const rows = [...document.querySelectorAll('#fact-sheet tbody tr')];
    expect(rows.map((r) => r.querySelectorAll('svg.timeline').length)).toEqual([0, 1, 0, 1]);
    const marks = [...rows[1]!.querySelectorAll('svg.timeline circle')];
    expect(marks.map((m) => m.querySelector('title')!.textContent)).toEqual(['D1 · 2024-10-30 07:00 UTC · 40', 'D2 · 2024-10-30 12:30 UTC · 52', 'D3 · 2024-10-31 08:00 UTC · 60']);
    // Later on the time axis, higher for a higher value (SVG y grows downwards).
    const at = marks.map((m) => [Number(m.getAttribute('cx')), Number(m.getAttribute('cy'))] as const);
    expect(at[0]![0]).toBeLessThan(at[1]![0]);
    expect(at[1]![0]).toBeLessThan(at[2]![0]);
    expect(at[0]![1]).toBeGreaterThan(at[1]![1]);
    expect(at[1]![1]).toBeGreaterThan(at[2]![1]);
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g)!) expectWellFormed(svg);
  });

  it('shows hostile labels, values and publication times as text, in cells, chart labels and titles', () => {
    expect(html).not.toMatch(CONTROL);
    expect(html).not.toMatch(BIDI);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelectorAll('img, b, a, iframe')).toHaveLength(0);
    const row = [...document.querySelectorAll('#fact-sheet tbody tr')][3]!;
    expect(row.querySelector('.label')!.textContent).toBe('rain in <script>alert(1)</script> \\x1b]0;owned\\x07 | `code` # Injected \\u202eheading');
    expect(row.querySelector('circle title')!.textContent).toBe('D1 · <b>yesterday</b>\\x1b[2J · <img src=x onerror=alert(1)>\\x1b[2J 30 mm');
    expect(row.querySelector('svg')!.getAttribute('aria-label')).toContain('<script>alert(1)</script>');
  });

  it('can be sorted by label, kind, status and number of articles, and filtered by label and status', () => {
    const sorts = [...document.querySelectorAll('#fact-sheet th[data-sort]')];
    expect(sorts.map((th) => th.getAttribute('data-sort'))).toEqual(['status', 'label', 'kind', 'articles']);
    expect(sorts.every((th) => th.querySelector('button[type="button"]'))).toBe(true);
    expect(document.querySelector('input#fact-filter[type="search"]')).not.toBeNull();
    expect([...document.querySelectorAll('input[data-kind="status"]')].map((b) => b.getAttribute('value'))).toEqual(['disagreement', 'update', 'agreement']);
    const script = document.querySelector('script')!.textContent!;
    for (const piece of ["getElementById('fact-sheet')", "getElementById('fact-filter')", 'th[data-sort]', 'row.hidden', "setAttribute('aria-sort'"]) expect(script).toContain(piece);
  });
});

describe('every format without a fact sheet (a report made before the stage that fills it)', () => {
  it('says there is nothing to show, and still shows the rest', () => {
    const bare = withoutFactSheet();
    expect(REPORTERS.text(bare, { color: false, width: 100 })).toContain('Fact sheet — no figure, date or time stated by two articles');
    expect(REPORTERS.markdown(bare, { color: false, width: 100 })).toContain('## Fact sheet\n\nNo figure, date or time stated by two articles.\n');
    const html = REPORTERS.html(bare, { color: false, width: 100 });
    expect(html).toContain('<h2>Fact sheet</h2><p>No figure, date or time stated by two articles.</p>');
    expect(html).not.toContain('id="fact-sheet"');
    for (const out of [REPORTERS.text(bare, { color: false, width: 100 }), REPORTERS.markdown(bare, { color: false, width: 100 }), html]) expect(out).toMatch(/Discrepancies/);
  });
});

describe('the JSON contract', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('the JSON report carries the fact sheet as it is, and it validates against docs/report.schema.json', () => {
    const json = JSON.parse(render('json')) as Report;
    expect(json.factSheet).toEqual(report.factSheet);
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects a report without a fact sheet, or with a row that breaks it (the schema is no rubber stamp)', () => {
    const broken = (change: (json: Report) => void) => {
      const json = JSON.parse(render('json')) as Report;
      change(json);
      return validate(json);
    };
    const rows = (json: Report) => json.factSheet.rows;
    expect(broken(() => {})).toBe(true);
    expect(broken((j) => delete (j as Partial<Report>).factSheet)).toBe(false);
    expect(broken((j) => delete (j.factSheet as Partial<FactSheet>).undated)).toBe(false);
    expect(broken((j) => Object.assign(rows(j)[0]!, { status: 'maybe' }))).toBe(false);
    expect(broken((j) => Object.assign(rows(j)[0]!, { kind: 'name' }))).toBe(false);
    expect(broken((j) => Object.assign(rows(j)[0]!, { extra: 1 }))).toBe(false);
    expect(broken((j) => delete (rows(j)[1]!.slot as Partial<MeasureSlot>).measure)).toBe(false);
    expect(broken((j) => (rows(j)[1]!.values = []))).toBe(false);
    expect(broken((j) => delete (rows(j)[1]!.values[0] as Partial<FactSheetValue>).evidence)).toBe(false);
    expect(broken((j) => Object.assign(rows(j)[2]!.timeline[0]!, { value: '40' }))).toBe(false);
    expect(broken((j) => (rows(j)[2]!.finding = 'S3'))).toBe(false);
  });
});
