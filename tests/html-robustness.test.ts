/**
 * One bad HTML page costs only itself (docs/robustness.md): a page nested thousands deep is flattened
 * and read, a page with too many elements or pieces of text is refused, one too costly for Readability is read whole, and
 * a page whose reading fails is skipped; every time with a one-line warning, the other articles still
 * compared and exit code 0. The pages are generated here; the ones that used to take minutes or overflow
 * the stack must now take well under a second (the 15 s timeouts only catch a return of the old cost).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli.js';
import { MAX_HTML_DEPTH, boundHtmlNesting } from '../src/stages/html-depth.js';
import { MAX_HTML_ELEMENTS, MAX_HTML_TEXT_NODES, extractHtmlArticle } from '../src/stages/html.js';
import { FIXTURES, captureIo } from './helpers.js';

/** A page holding this marker makes the mocked parser throw, as a page that breaks linkedom would. */
const PARSER_FAILURE_MARKER = 'data-parser-failure';

vi.mock('linkedom', async (importOriginal) => {
  const linkedom = await importOriginal<typeof import('linkedom')>();
  return {
    ...linkedom,
    parseHTML: (markup: string, ...rest: unknown[]) => {
      if (markup.includes(PARSER_FAILURE_MARKER)) throw new RangeError('Maximum call stack size exceeded');
      return (linkedom.parseHTML as (...args: unknown[]) => ReturnType<typeof linkedom.parseHTML>)(markup, ...rest);
    },
  };
});

const BAD_INPUTS = path.join(FIXTURES, 'bad-inputs');
const GOOD = [path.join(BAD_INPUTS, 'good-en.txt'), path.join(BAD_INPUTS, 'good-fr.txt')];
const SLOW_PAGE_TIMEOUT = 15_000;

/** The English good article as HTML paragraphs: what a deep page hides at its bottom. */
const ARTICLE = readFileSync(GOOD[0]!, 'utf8')
  .split(/\n\s*\n/)
  .map((paragraph) => `<p>${paragraph.trim()}</p>`)
  .join('\n');

function page(body: string): string {
  return `<!doctype html><html><head><title>Storm floods the port of Genoa</title></head><body>${body}</body></html>`;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-html-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Compares the two good articles with the page `html` saved as `name`; returns exit code, stderr, report. */
async function compareWithPage(name: string, html: string) {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  const io = captureIo();
  const code = await run(['compare', ...GOOD, file, '-f', 'json', '-b', 'lexical', '--no-cache'], io);
  const report = code === 0 ? (JSON.parse(io.out()) as { documents: Array<{ id: string }>; warnings: Array<{ code: string; message: string }> }) : undefined;
  const lines = io.err().split('\n').filter((line) => line.includes(name));
  return { code, lines, report, documents: (report?.documents.map((d) => d.id) ?? []).sort() };
}

describe('a deeply nested page is flattened past MAX_HTML_DEPTH and read', () => {
  it.each<[string, string]>([
    ['10,000 nested <div>s', page('<div>'.repeat(10_000) + ARTICLE + '</div>'.repeat(10_000))],
    ['10,000 nested <span><b><i>', page('<span><b><i>'.repeat(3_334) + ARTICLE + '</i></b></span>'.repeat(3_334))],
    ['10,000 <div>s never closed', page('<div>\n  '.repeat(10_000) + ARTICLE)],
  ])('%s', async (_, html) => {
    // The page alone reads in about 0.25 s (it was a stack overflow or minutes): the timeout is for
    // loaded machines.
    const { code, lines, report, documents } = await compareWithPage('deep.html', html);
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^claimdiff: .*deep\.html: HTML nested 100\d\d deep \(the limit is 256\); deeper tags were flattened$/)]);
    expect(report!.warnings.map((w) => w.code)).toEqual(['html-flattened']);
    expect(documents).toEqual(['deep', 'good-en', 'good-fr']);
  }, SLOW_PAGE_TIMEOUT);
});

describe('a page too complex to read costs only itself', () => {
  it('a page of more than MAX_HTML_ELEMENTS elements is refused before it is parsed', async () => {
    const elements = MAX_HTML_ELEMENTS + 5_000;
    const { code, lines, documents } = await compareWithPage('wide.html', page(ARTICLE + '<span>w</span>'.repeat(elements)));
    expect(code).toBe(0);
    // The page's own <html>, <head>, <title>, <body> and the article's <p>s count too.
    expect(lines).toEqual([expect.stringMatching(/^claimdiff: .*wide\.html: HTML page too complex to read \(1050\d\d elements; the limit is 100000\), skipped$/)]);
    expect(documents).toEqual(['good-en', 'good-fr']);
  }, SLOW_PAGE_TIMEOUT);

  it('a page cut into more than MAX_HTML_TEXT_NODES pieces of text is refused before it is parsed', async () => {
    // Each character reference is a text node of its own: 1.25 MB of `&amp;` makes 250,000.
    const { code, lines, documents } = await compareWithPage('entities.html', page(ARTICLE + '&amp;'.repeat(MAX_HTML_TEXT_NODES + 50_000)));
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^claimdiff: .*entities\.html: HTML page too complex to read \(2500\d\d pieces of text and comments; the limit is 200000\), skipped$/)]);
    expect(documents).toEqual(['good-en', 'good-fr']);
  }, SLOW_PAGE_TIMEOUT);

  it('a page too costly for Readability is read whole, without it', async () => {
    // 40 chains of 252 nested <div>s: within the depth and element limits, but Readability would read
    // each chain once per enclosing container (2.8 s measured, against 0.15 s for one chain).
    const chain = '<div>'.repeat(MAX_HTML_DEPTH - 4) + 'Genoa' + '</div>'.repeat(MAX_HTML_DEPTH - 4);
    const { code, lines, report, documents } = await compareWithPage('chains.html', page(ARTICLE + chain.repeat(40)));
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(
        /^claimdiff: .*chains\.html: HTML page too complex to pick out the article \(\d+ elements nested up to 25\d deep, \d+ characters of text\); all its text was read, page furniture included$/,
      ),
    ]);
    expect(report!.warnings.map((w) => w.code)).toEqual(['html-too-complex']);
    expect(documents).toEqual(['chains', 'good-en', 'good-fr']);
  }, SLOW_PAGE_TIMEOUT);

  it('a page whose reading throws is skipped with a warning', async () => {
    const { code, lines, documents } = await compareWithPage('broken.html', page(`<div ${PARSER_FAILURE_MARKER}>${ARTICLE}</div>`));
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^claimdiff: .*broken\.html: HTML page could not be read \(Maximum call stack size exceeded\), skipped$/)]);
    expect(documents).toEqual(['good-en', 'good-fr']);
  });

  it('a page with no article text still says so', async () => {
    const { article, warnings } = await extractHtmlArticle(page('<script>var a = 1;</script><style>p {}</style>'));
    expect(article).toBeNull();
    expect(warnings).toEqual([{ code: 'html-no-article', message: 'HTML page has no readable article text, skipped' }]);
  });
});

describe('boundHtmlNesting mirrors the parser', () => {
  const depthOfElements = (markup: string) => boundHtmlNesting(markup, Number.MAX_SAFE_INTEGER).depth;

  it('leaves a real page as it is', () => {
    const markup = readFileSync(path.join(FIXTURES, 'ingest', 'article.html'), 'utf8');
    const bound = boundHtmlNesting(markup);
    expect(bound.markup).toBe(markup);
    expect(bound.droppedTags).toBe(0);
    expect(bound.depth).toBe(6);
  });

  it('counts no depth for void elements, implied closes, comments, raw text or self-closing SVG', () => {
    expect(depthOfElements('<br><img src=x><input><hr>'.repeat(1_000))).toBe(0);
    expect(depthOfElements('<p>one'.repeat(1_000))).toBe(1);
    expect(depthOfElements('<ul>' + '<li>item'.repeat(1_000) + '</ul>')).toBe(2);
    expect(depthOfElements('<!-- ' + '<div>'.repeat(1_000) + ' -->')).toBe(0);
    expect(depthOfElements('<script>' + '<div>'.repeat(1_000) + '</script>')).toBe(1);
    expect(depthOfElements('<div title="a>b"><div class=\'c>d\'></div></div>')).toBe(2);
    expect(depthOfElements('<svg>' + '<path d="M0"/>'.repeat(1_000) + '</svg>')).toBe(1);
    // In HTML `<div/>` opens a <div>, as the parser reads it.
    expect(depthOfElements('<div/>'.repeat(1_000))).toBe(1_000);
  });

  it('keeps the text of dropped tags, whole words inside inline ones', () => {
    const bound = boundHtmlNesting('<div><div><div><b>Gen</b>oa <div>port</div></div></div></div>', 2);
    expect(bound.markup).toBe('<div><div> Genoa port </div></div>');
    expect(bound.depth).toBe(4);
    expect(bound.droppedTags).toBe(6);
  });

  it('keeps a lone "<" before a dropped tag as text: it opens no tag with the words after it', async () => {
    // (found by the property below: "<div/><<a b=c/>word " bounded at depth 1 lost "<word")
    expect(boundHtmlNesting('<div/><<b>word ', 1).markup).toBe('<div/>&lt;word ');
  });

  it('never lets the parsed page nest deeper than the limit, and keeps all its text (property)', async () => {
    const { parseHTML } = await import('linkedom');
    const tag = fc.constantFrom('div', 'p', 'span', 'b', 'li', 'ul', 'td', 'tr', 'table', 'svg', 'path', 'math', 'mi', 'title', 'br', 'hr', 'input', 'select', 'option', 'dd', 'body', 'DIV');
    const token = fc.oneof(
      tag.map((name) => `<${name}>`),
      tag.map((name) => `<${name}/>`),
      tag.map((name) => `<${name} title="a>b">`),
      tag.map((name) => `</${name}>`),
      fc.constantFrom('word ', 'x', ' ', '<', '</', '<!-- c -->', '<!-->', '<!x>', '<?p?>', '<![CDATA[z]]>', '</ >', '</3>', '<a b=c/>', '<br / >', '&amp;'),
    );
    interface ParsedNode {
      nodeType: number;
      data?: string;
      firstChild: ParsedNode | null;
      nextSibling: ParsedNode | null;
    }
    /** The deepest element, and all text, of the parsed page. */
    const parsed = (markup: string) => {
      const { document } = parseHTML(markup);
      let deepest = 0;
      let text = '';
      const stack = Array.from(document.childNodes as unknown as ArrayLike<ParsedNode>).map((node): [ParsedNode, number] => [node, 1]);
      while (stack.length > 0) {
        const [node, depth] = stack.pop()!;
        if (node.nodeType === 3) text = (node.data ?? '') + text;
        if (node.nodeType !== 1) continue;
        deepest = Math.max(deepest, depth);
        for (let child = node.firstChild; child; child = child.nextSibling) stack.push([child, depth + 1]);
      }
      return { deepest, text: text.replace(/\s+/g, '') };
    };
    fc.assert(
      fc.property(fc.array(token, { maxLength: 300 }), fc.integer({ min: 1, max: 12 }), (tokens, limit) => {
        const markup = tokens.join('');
        const bound = boundHtmlNesting(markup, limit);
        const after = parsed(bound.markup);
        // Open elements nest at most `limit` deep; an empty or void element may sit one below them.
        expect(after.deepest).toBeLessThanOrEqual(limit + 1);
        // <title> is the one raw-text element here: a dropped one goes whole, with its text.
        if (!/<title/i.test(markup)) expect(after.text).toBe(parsed(markup).text);
      }),
      { numRuns: 300 },
    );
  });
});
