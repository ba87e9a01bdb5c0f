/**
 * Reports of pages scraped from anywhere: nothing from an article, a title or a file name reaches a
 * terminal as a control sequence, or a Markdown viewer or a browser as live markup. The JSON report
 * keeps the exact strings (it is the data contract, and JSON escapes the control characters itself).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { compare, REPORTERS } from '../src/index.js';
import { markdownCode, markdownLineStart, markdownOneLine, markdownText, oneLine, showControls } from '../src/reporters/safe-text.js';
import { shorten } from '../src/reporters/shared.js';
import type { Report } from '../src/types.js';
import { captureIo } from './helpers.js';

const ESC = '\u001b';
const BEL = '\u0007';
const RLO = '\u202e';
/** Sets the terminal window title. */
const OSC_TITLE = `${ESC}]0;owned${BEL}`;
const CLEAR_SCREEN = `${ESC}[2J`;
/** A hyperlink whose shown text hides where it goes. */
const OSC8_LINK = `${ESC}]8;;https://evil.example/${ESC}\\click here${ESC}]8;;${ESC}\\`;

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- idem, tab included (the text and Markdown reports have none)
const CONTROL_OR_TAB = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- the text reporter's own colour codes
const SGR = /\u001b\[[0-9;]*m/g;

/** File names with a backtick, a pipe and a tag; a line feed, a heading and a right-to-left override; escape sequences; a link. */
const FILES = {
  html: 'séisme `tick` | <img src=x onerror=alert(1)>.html',
  fr: `fr\n# Injected heading${RLO}txt.txt`,
  en: `en ${OSC_TITLE} [x](javascript:alert(1)).txt`,
  empty: `empty<svg onload=alert(1)>${CLEAR_SCREEN}${BEL}.txt`,
};

/** An English page: markup as entities (text once extracted), escape sequences raw, in the title and the text. */
const HTML_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Earthquake &lt;script&gt;alert(1)&lt;/script&gt; ${OSC_TITLE} strikes the south</title></head>
<body><article><h1>Earthquake &lt;script&gt;alert(1)&lt;/script&gt; ${OSC_TITLE} strikes the south</h1>
<p>The earthquake killed 38% of the residents of the mountain village &lt;img src=x onerror=alert(1)&gt;, the prefecture said on Monday.${CLEAR_SCREEN}</p>
<p>A prefecture spokesperson said: “Such damage is ${OSC8_LINK} unprecedented in the region.”</p>
<p>Rescuers arrived during the night with dogs, see [x](javascript:alert(1)).${BEL}</p>
</article></body></html>
`;

const FRENCH_ARTICLE = `Séisme dans le sud du pays <script>alert(1)</script>

Le séisme a fait 28% de victimes parmi les habitants du village de montagne <img src=x onerror=alert(1)>, selon la préfecture.
Un porte-parole de la préfecture a déclaré : « De tels dégâts sont fréquents dans la région. »
Les secours sont arrivés dans la nuit avec des chiens ${OSC_TITLE}, voir [x](javascript:alert(1)).
`;

const ENGLISH_ARTICLE = `Earthquake in the south <svg onload=alert(1)>

The earthquake killed 48% of the residents of the mountain village, the prefecture said.
A prefecture spokesperson said: “Such damage is <script>alert(1)</script> common in the region.”
Rescuers arrived during the night${CLEAR_SCREEN} with dogs | drones \`and\` ${RLO}cats.
`;

interface Run {
  code: number;
  out: string;
  err: string;
}

let tmp: string;
const runs: Record<'json' | 'textPlain' | 'textColour' | 'markdown' | 'html', Run> = {} as never;
let report: Report;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-report-safety-'));
  await fs.writeFile(path.join(tmp, FILES.html), HTML_ARTICLE);
  await fs.writeFile(path.join(tmp, FILES.fr), FRENCH_ARTICLE);
  await fs.writeFile(path.join(tmp, FILES.en), ENGLISH_ARTICLE);
  await fs.writeFile(path.join(tmp, FILES.empty), '');
  const cli = async (args: string[], env: Record<string, string> = {}): Promise<Run> => {
    const io = captureIo({ env, cwd: tmp });
    const code = await run(['compare', '.', '-b', 'lexical', '--no-cache', '--min-confidence', '0', ...args], io);
    return { code, out: io.out(), err: io.err() };
  };
  runs.json = await cli(['-f', 'json']);
  runs.textPlain = await cli(['-f', 'text', '--no-color']);
  runs.textColour = await cli(['-f', 'text'], { FORCE_COLOR: '1' });
  runs.markdown = await cli(['-f', 'markdown']);
  runs.html = await cli(['-f', 'html']);
  if (!runs.json.out) throw new Error(`no JSON report (exit ${runs.json.code}): ${runs.json.err}`);
  report = JSON.parse(runs.json.out) as Report;
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Cells of a GFM table row: a pipe right after a backslash is part of a cell (as cmark-gfm reads it). */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

/** Every GFM table (a run of lines starting with `|`) has as many cells in each row as in its header. */
function expectTablesKeepTheirColumns(markdown: string): void {
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
    const columns = cellCount(lines[i]!);
    for (let j = i; j < lines.length && lines[j]!.startsWith('|'); j++) {
      expect(cellCount(lines[j]!), lines[j]).toBe(columns);
      expect(lines[j]!.endsWith(' |'), lines[j]).toBe(true);
    }
  }
}

/** The report's own headings, and nothing else at the start of a line that could open a block. */
function expectOnlyOwnHeadings(markdown: string, findings: number): void {
  const headings = markdown.split('\n').filter((l) => /^ {0,3}#/.test(l));
  const own = headings.filter((l) => /^(# claimdiff report|## (Fact sheet|Articles|Discrepancies|Coverage|Skipped or noted))$/.test(l));
  const findingHeadings = headings.filter((l) => /^### .* · (HIGH|MEDIUM|LOW) · .*$/s.test(l));
  expect(own.length + findingHeadings.length, JSON.stringify(headings)).toBe(headings.length);
  expect(findingHeadings).toHaveLength(findings);
}

/** The HTML report's own tags (the fact sheet's timelines are inline SVG), with attributes whose values hold no quote and no angle bracket. */
const OWN_TAG =
  /<!doctype html>|<\/?(html|head|meta|title|style|body|header|h1|h2|p|main|table|thead|tbody|tr|th|td|code|span|form|fieldset|legend|label|input|button|section|div|mark|ul|li|script|svg|polyline|circle|text)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/g;
const OWN_ATTRIBUTES = new Set([
  'lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'id', 'type', 'value', 'checked', 'title', 'onsubmit', 'data-kind', 'data-rule', 'data-severity',
  // The fact sheet: its sortable table, its filter box and its timelines.
  'placeholder', 'aria-label', 'aria-sort', 'data-sort', 'data-status', 'data-rank', 'data-articles', 'data-order', 'role', 'width', 'height', 'points', 'cx', 'cy', 'r', 'x', 'y',
]);

/** Every `<` of the page opens one of the reporter's own tags, with only its own attributes and one script. */
function expectOnlyOwnMarkup(html: string): void {
  let scripts = 0;
  for (const tag of html.matchAll(OWN_TAG)) {
    if (tag[1] === 'script' && !tag[0].startsWith('</')) scripts++;
    for (const attribute of (tag[2] ?? '').matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
      expect(OWN_ATTRIBUTES.has(attribute[1]!), attribute[0]).toBe(true);
      if (attribute[1] === 'onsubmit') expect(tag[0]).toBe('<form class="filters" onsubmit="return false">');
    }
  }
  expect(scripts).toBe(1);
  expect(html.replace(OWN_TAG, '')).not.toContain('<');
}

describe('reports of articles and file names carrying markup and terminal escape sequences', () => {
  it('the inputs reach the JSON report as they are: it keeps the exact strings, its controls escaped by JSON', () => {
    expect(runs.json.code).toBe(0);
    const paths = report.documents.map((d) => d.path);
    expect(paths).toEqual([FILES.en, FILES.fr, FILES.html].sort());
    expect(report.documents.map((d) => d.title)).toContain(`Earthquake <script>alert(1)</script> ${OSC_TITLE} strikes the south`);
    const texts = report.sentences.map((s) => s.text).join('\n');
    for (const piece of ['<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '[x](javascript:alert(1))', CLEAR_SCREEN, OSC8_LINK, RLO, '`and`', '| drones']) {
      expect(texts).toContain(piece);
    }
    // Rule messages quote the document ids, which come from the file names.
    expect(report.discrepancies.length).toBeGreaterThan(0);
    expect(report.discrepancies.some((d) => d.message.includes(ESC) || d.message.includes('<img'))).toBe(true);
    expect(report.warnings).toEqual([{ path: FILES.empty, code: 'empty', message: 'empty file, skipped' }]);
    expect(runs.json.out).not.toMatch(CONTROL);
  });

  it('text report without colour: no control or bidi character, each shown as an escape', () => {
    const { code, out } = runs.textPlain;
    expect(code).toBe(0);
    expect(out).not.toMatch(CONTROL_OR_TAB);
    expect(out).not.toMatch(BIDI);
    expect(out).toContain('“Earthquake <script>alert(1)</script> \\x1b]0;owned\\x07 strikes the south”');
    expect(out).toContain('fr\\n# Injected heading\\u202etxt.txt');
    expect(out).toContain('\\x1b]8;;https://evil.example/\\x1b\\click');
    expect(out).toContain('night\\x1b[2J with dogs | drones `and` \\u202ecats.');
    // The line feed of the file name is shown, so the name never starts a line of its own.
    expect(out.split('\n').filter((l) => l.includes('# Injected heading')).every((l) => l.includes('fr\\n# Injected heading'))).toBe(true);
  });

  it('text report in colour: the only escape codes are its own colours, around the same text', () => {
    const { code, out } = runs.textColour;
    expect(code).toBe(0);
    expect(out).toMatch(SGR);
    const withoutColour = out.replace(SGR, '');
    expect(withoutColour).not.toMatch(CONTROL_OR_TAB);
    expect(withoutColour).not.toMatch(BIDI);
    expect(withoutColour).toBe(runs.textPlain.out);
  });

  it('warnings on standard error: one line each, whatever the format, control characters shown', () => {
    for (const { err } of Object.values(runs)) {
      expect(err).toBe('claimdiff: empty<svg onload=alert(1)>\\x1b[2J\\x07.txt: empty file, skipped\n');
    }
  });

  it('Markdown: no raw HTML, link or control character from the inputs, tables intact, no injected heading', () => {
    const { code, out } = runs.markdown;
    expect(code).toBe(0);
    expect(out).not.toContain('<');
    expect(out).not.toMatch(CONTROL_OR_TAB);
    expect(out).not.toMatch(BIDI);
    expect(out).not.toMatch(/(^|[^\\])\[x\\?\]\(javascript:/);
    expectTablesKeepTheirColumns(out);
    expectOnlyOwnHeadings(out, report.discrepancies.length);
    // Shown as text: the title, a file name with a backtick and a pipe (not in a code span), one with a line feed.
    expect(out).toContain('| Earthquake &lt;script&gt;alert(1)&lt;/script&gt; \\\\x1b\\]0;owned\\\\x07 strikes the south |');
    expect(out).toContain('| séisme \\`tick\\` \\| &lt;img src=x onerror=alert(1)&gt;.html |');
    expect(out).toContain('| fr\\\\n# Injected heading\\\\u202etxt.txt |');
    expect(out).toContain('- empty&lt;svg onload=alert(1)&gt;\\\\x1b\\[2J\\\\x07.txt: empty file, skipped\n');
  });

  it('HTML: no element or attribute from the inputs; their text, names and ids shown as text', () => {
    const { code, out } = runs.html;
    expect(code).toBe(0);
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(BIDI);
    expectOnlyOwnMarkup(out);

    const { document } = parseHTML(out);
    expect(document.querySelectorAll('img, svg, a, iframe, object, embed').length).toBe(0);
    const cells = [...document.querySelectorAll('table.articles tbody tr')];
    expect(cells.map((row) => row.querySelector('code')!.textContent)).toEqual(report.documents.map((d) => oneLine(d.path)));
    expect(cells.map((row) => row.lastElementChild!.textContent)).toContain('Earthquake <script>alert(1)</script> \\x1b]0;owned\\x07 strikes the south');
    expect([...document.querySelectorAll('section.finding')].map((s) => s.getAttribute('id'))).toEqual(report.discrepancies.map((d) => oneLine(d.id)));
    expect([...document.querySelectorAll('.coverage thead th[title]')].map((th) => th.getAttribute('title'))).toEqual(report.coverage.documents.map(oneLine));
    expect(document.body.textContent).toContain('\\x1b]8;;https://evil.example/\\x1b\\click here\\x1b]8;;\\x1b\\');
  });
});

describe('the escaping functions', () => {
  it('show control and bidi characters as escapes, keeping line feeds and tabs only in prose', () => {
    expect(showControls(`a${ESC}[2Jb${BEL}\u009b\u007f${RLO}\u2066\u200f\u061c\tc\nd`)).toBe('a\\x1b[2Jb\\x07\\x9b\\x7f\\u202e\\u2066\\u200f\\u061c\tc\nd');
    // A lone carriage return would move the cursor back over the line: it becomes a line feed.
    expect(showControls('one\rtwo\r\nthree')).toBe('one\ntwo\nthree');
    expect(oneLine('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
  });

  it('put a file name in a Markdown code span only when the span shows it exactly', () => {
    expect(markdownCode('articles/le-monde.txt')).toBe('`articles/le-monde.txt`');
    expect(markdownCode('a `b`.txt')).toBe('a \\`b\\`.txt');
    expect(markdownCode('a|b.txt')).toBe('a\\|b.txt');
    expect(markdownCode('<b>.txt')).toBe('&lt;b&gt;.txt');
    expect(markdownCode(`a${RLO}b`)).toBe('a\\\\u202eb');
    expect(markdownCode(' lead.txt')).toBe(' lead.txt');
    expect(markdownCode('')).toBe('');
  });

  it('keep inline Markdown from opening a block at the start of a line', () => {
    expect(markdownLineStart(markdownText('# Title'))).toBe('\\# Title');
    expect(markdownLineStart(markdownText('- item'))).toBe('\\- item');
    expect(markdownLineStart(markdownText('+ item'))).toBe('\\+ item');
    expect(markdownLineStart(markdownText('---'))).toBe('\\---');
    expect(markdownLineStart(markdownText('12. point'))).toBe('12\\. point');
    expect(markdownLineStart(markdownText('3) point'))).toBe('3\\) point');
    expect(markdownLineStart(markdownText('> quote'))).toBe('&gt; quote');
    expect(markdownLineStart(markdownOneLine('    code'))).toBe('&#32;&#32;&#32;&#32;code');
    expect(markdownLineStart(markdownText('A sentence - with # inside'))).toBe('A sentence - with # inside');
  });

  it('shorten never cuts a surrogate pair in two', () => {
    expect(shorten('ab😀cd', 4)).toBe('ab…');
    expect(shorten('abc😀', 4)).toBe('abc…');
    expect(shorten('abcd', 4)).toBe('abcd');
  });
});

// ---------------------------------------------------------------------------------------------
// Property: whatever the strings of a report, every reporter's output is safe.
// ---------------------------------------------------------------------------------------------

const NASTY = [
  ESC, BEL, '\u009b', '\u0085', '\u007f', '\u0000', '\r', '\n', '\t', RLO, '\u2066', '\u200f', '\u061c', '\u2028',
  '<', '>', '&', '"', "'", '`', '|', '\\', '#', '-', '+', '=', '*', '_', '[', ']', '(', ')', '~', '!', '1.', ' ', '    ',
  'a', 'é', '😀', '<script>', '</p>', '<img src=x onerror=alert(1)>', 'javascript:', '&lt;', '```', '---', '[2J', ']0;',
];
/** Any code point; the characters and fragments that break reports; any byte as a character (C0 and C1); any bytes as UTF-8. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 16 }),
  fc.uint8Array({ maxLength: 30 }).map((bytes) => String.fromCharCode(...bytes)),
  fc.uint8Array({ maxLength: 30 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
);

/**
 * `base` with its strings replaced by `strings` (cycled): document ids, paths, titles and languages,
 * sentence ids and texts (ends moved, evidence re-cut inside them by `cuts`), alignment, relation
 * and finding ids, rules, messages and bases, and warnings. Ids stay unique and cross-references
 * stay consistent, as the reporters expect.
 */
function withStrings(base: Report, strings: string[], cuts: number[]): Report {
  let s = 0;
  let c = 0;
  let n = 0;
  const next = () => strings[s++ % strings.length]!;
  const cut = (max: number) => cuts[c++ % cuts.length]! % (max + 1);
  // Ending with `#<counter>` keeps ids unique whatever the strings.
  const uniqueId = () => `${next()}#${n++}`;
  const documentIds = new Map(base.documents.map((d) => [d.id, uniqueId()]));
  const sentenceIds = new Map(base.sentences.map((x) => [x.id, `${documentIds.get(x.document)}:${x.index}`]));
  const sentenceOf = (id: string) => sentenceIds.get(id) ?? id;
  const sentences = base.sentences.map((x) => {
    const text = next();
    return { ...x, id: sentenceOf(x.id), document: documentIds.get(x.document)!, text, end: x.start + text.length, language: next(), facts: [] };
  });
  const byId = new Map(sentences.map((x) => [x.id, x]));
  const alignmentIds = new Map(base.alignments.map((a) => [a.id, uniqueId()]));
  const ids = [...documentIds.values()];
  return {
    ...base,
    documents: base.documents.map((d) => ({ ...d, id: documentIds.get(d.id)!, path: next(), title: next() || null, language: next() })),
    sentences,
    alignments: base.alignments.map((a) => ({ ...a, id: alignmentIds.get(a.id)!, sentences: a.sentences.map(sentenceOf), basis: a.basis.map(() => next()) })),
    relations: [{ id: uniqueId(), type: 'negation', sentences: [sentences[0]!.id, sentences[1]!.id], score: 0.5 }],
    copies: ids.length >= 2 ? [{ documents: [ids[0]!, ids[1]!], sharedSentences: 2, ratio: 0.5 }] : [],
    discrepancies: base.discrepancies.map((d) => ({
      ...d,
      id: uniqueId(),
      rule: next(),
      message: next(),
      sentences: d.sentences.map(sentenceOf),
      evidence: d.evidence.map((e) => {
        const sentence = byId.get(sentenceOf(e.sentence))!;
        const start = cut(sentence.text.length);
        const end = start + cut(sentence.text.length - start);
        return { sentence: sentence.id, start: sentence.start + start, end: sentence.start + end, text: sentence.text.slice(start, end) };
      }),
    })),
    coverage: {
      documents: base.coverage.documents.map((id) => documentIds.get(id)!),
      claims: base.coverage.claims.map((row) => ({ alignment: alignmentIds.get(row.alignment)!, sentences: row.sentences.map((id) => (id === null ? null : sentenceOf(id))) })),
    },
    warnings: [...base.warnings, { path: next(), code: 'encoding', message: next() }, { path: next(), code: 'empty', message: next() }],
    // Every status, values and labels from the strings, and timelines whose publication times are strings too.
    factSheet: {
      rows: (['disagreement', 'update', 'agreement'] as const).map((status, i) => ({
        id: `S${i + 1}`,
        kind: 'quantity' as const,
        slot: { measure: next() },
        label: next(),
        status,
        values: ids.map((id, k) => ({ display: next(), low: k, high: k, unit: next(), documents: [id], evidence: [] })),
        timeline: status === 'disagreement' ? [] : ids.map((id, k) => ({ document: id, published: next(), value: k })),
        finding: i === 0 ? uniqueId() : null,
      })),
      undated: ids.slice(0, 1),
    },
  };
}

describe('property: whatever strings a report holds, every report shows them safely', () => {
  let base: Report;

  beforeAll(async () => {
    base = await compare(
      [
        { path: 'a-en.txt', content: 'Earthquake in the south\n\nThe earthquake killed 48% of the residents of the mountain village, the prefecture said.\nA prefecture spokesperson said: “Such damage is common in the region.”\n' },
        { path: 'b-en.txt', content: 'Earthquake strikes the south\n\nThe earthquake killed 38% of the residents of the mountain village, the prefecture said.\nA prefecture spokesperson said: “Such damage is unprecedented in the region.”\n' },
      ],
      { bridge: 'lexical', cacheDir: false, cwd: os.tmpdir() },
    );
  });

  it('the base report has findings with evidence, so that marking is exercised', () => {
    expect(base.discrepancies.length).toBeGreaterThan(0);
    expect(base.discrepancies.flatMap((d) => d.evidence).length).toBeGreaterThan(0);
  });

  it('text (with and without colour), Markdown and HTML: no control, bidi, tag or structure from the strings', () => {
    fc.assert(
      fc.property(fc.array(anyString, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (strings, cuts) => {
        const report = withStrings(base, strings, cuts);

        const plain = REPORTERS.text(report, { color: false, width: 80 });
        expect(plain).not.toMatch(CONTROL_OR_TAB);
        expect(plain).not.toMatch(BIDI);
        const coloured = REPORTERS.text(report, { color: true, width: 80 });
        expect(coloured.replace(SGR, '')).toBe(plain);

        const markdown = REPORTERS.markdown(report, { color: false, width: 80 });
        expect(markdown).not.toContain('<');
        expect(markdown).not.toMatch(CONTROL_OR_TAB);
        expect(markdown).not.toMatch(BIDI);
        expectTablesKeepTheirColumns(markdown);
        expectOnlyOwnHeadings(markdown, report.discrepancies.length);
        // Each finding's message stays one paragraph that opens no block.
        const lines = markdown.split('\n');
        lines.forEach((line, i) => {
          if (line.startsWith('### ')) expect(lines[i + 2]).not.toMatch(/^([ \t]|[#>+=*_~`<-]|\d+[.)])/);
        });

        const html = REPORTERS.html(report, { color: false, width: 80 });
        expect(html).not.toMatch(CONTROL);
        expect(html).not.toMatch(BIDI);
        expectOnlyOwnMarkup(html);
      }),
      { numRuns: 300 },
    );
  });
});
