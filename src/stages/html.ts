/**
 * HTML pages → article text, through Mozilla Readability on a linkedom DOM. Block elements become
 * paragraphs separated by a blank line, so the layout stage sees the same shape as a plain-text file.
 *
 * One bad page costs only itself: its nesting is bounded before it is parsed (html-depth.ts), a page
 * with too many elements is refused, one too costly for Readability is read whole instead, and any
 * failure inside becomes a warning for that page. Nothing here recurses, so no depth overflows the stack.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { WarningCode } from '../types.js';
import { MAX_HTML_DEPTH, boundHtmlNesting } from './html-depth.js';

// Loaded on the first HTML page: linkedom takes longer to load than a small story takes to compare.
let htmlModules: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } | undefined;
async function htmlSupport(): Promise<NonNullable<typeof htmlModules>> {
  if (!htmlModules) {
    const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
    htmlModules = { Readability, parseHTML };
  }
  return htmlModules;
}

/**
 * The most start tags a page may have. A news page has a few thousand (Lighthouse flags a DOM over
 * 1,400 elements), and a whole book on one page (the Rust book, 1.8 MB) has 24,500. Past this a page
 * is refused before it is parsed: parsing alone grows with it (half a second for 100,000 elements),
 * and so does memory.
 */
export const MAX_HTML_ELEMENTS = 100_000;
/**
 * The most text and comment nodes a page may parse into. An article has a few thousand; a page made
 * of character references (`&amp;` after `&amp;`) or stray `<` has one per few bytes, millions in the
 * 16 MB an HTML file may hold, and 160,000 already take a second to read. Past this a page is refused.
 */
export const MAX_HTML_TEXT_NODES = 200_000;

/**
 * The most work Readability is given on one page, in its own unit: each element counts the square of
 * its depth plus ELEMENT_WORK, each character of text its depth. Readability re-reads the text below
 * every container it scores and cleans, and for each container the text below every block inside it,
 * so its time grows with these sums, 12 to 17 ns a unit: one chain of 512 `<div>`s (45 million units)
 * took 0.8 s, 40 chains of 252 (228 million) 2.8 s, a flat page of 100,000 `<div>`s 2.4 s, 100 chains of
 * 256 `<div>`s each holding a sentence (840 million) 20 s on a loaded machine. Real pages measured: a
 * short article 0.03 million, a 900 kB API reference page 21 million, a whole book on one page 39
 * million. The budget buys one to two seconds of Readability; past it the page's text is read without
 * Readability: every block of the body, menus and footers included.
 */
export const MAX_READABILITY_WORK = 64_000_000;
/** What one element costs Readability whatever its depth, in work units (24 µs, against 17 ns a unit). */
const ELEMENT_WORK = 1_000;
/** What one text node costs Readability besides its characters, in work units (4 µs). */
const TEXT_NODE_WORK = 250;

export interface HtmlArticle {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
}

export interface HtmlWarning {
  code: WarningCode;
  message: string;
}

/** What was read from one page: the article, or null when the page was skipped; and why, if it was. */
export interface HtmlExtraction {
  article: HtmlArticle | null;
  warnings: HtmlWarning[];
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'TR', 'TBODY', 'FIGURE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'DL']);
/** Not article text: captions and credits are page furniture, scripts are code. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'FIGURE', 'NAV', 'BUTTON', 'FORM', 'SVG', 'IFRAME']);

/** Removed by Readability before it scores anything, so they cost it nothing. */
const NOT_READ_BY_READABILITY = new Set(['SCRIPT', 'NOSCRIPT', 'STYLE']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
}

/**
 * Visits `root`'s subtree in document order without recursion: `enter` on the way down (returning
 * false skips the node's children), `leave` on the way up from every element whose children it entered.
 */
function walk(root: DomNode, enter: (node: DomNode, depth: number) => boolean, leave: (node: DomNode) => void = () => {}, rootDepth = 0): void {
  let node: DomNode | null = root.firstChild;
  let depth = rootDepth + 1;
  while (node) {
    const entered = enter(node, depth);
    if (entered && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    if (entered && node.nodeType === ELEMENT_NODE) leave(node);
    // Up to the nearest node with a next sibling, leaving each element passed on the way.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root) break;
      leave(node);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Collects the text of each innermost block, in document order. */
function collectBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let inline: string[] = [];
  const flush = () => {
    const text = collapse(inline.join(''));
    if (text) blocks.push(text);
    inline = [];
  };
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        inline.push(node.textContent ?? '');
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const tag = node.nodeName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) return false;
      if (tag === 'BR') inline.push(' ');
      else if (BLOCK_TAGS.has(tag)) flush();
      return true;
    },
    (node) => {
      if (BLOCK_TAGS.has(node.nodeName.toUpperCase())) flush();
    },
  );
  flush();
  return blocks;
}

/** How much work the page would give Readability (see MAX_READABILITY_WORK), and its shape. */
function measureReadabilityWork(document: { childNodes: ArrayLike<DomNode> }): { work: number; elements: number; depth: number; characters: number } {
  let work = 0;
  let elements = 0;
  let deepest = 0;
  let characters = 0;
  const visit = (node: DomNode, depth: number): boolean => {
    if (node.nodeType === TEXT_NODE) {
      const length = node.textContent?.length ?? 0;
      characters += length;
      work += length * depth + TEXT_NODE_WORK;
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    elements++;
    work += depth * depth + ELEMENT_WORK;
    deepest = Math.max(deepest, depth);
    // Readability removes these before it reads anything.
    return !NOT_READ_BY_READABILITY.has(node.nodeName.toUpperCase());
  };
  // From the document's own children (`<html>` at depth 1): linkedom's doctype node has no next sibling.
  for (const top of Array.from(document.childNodes)) {
    if (visit(top, 1)) walk(top, visit, undefined, 1);
  }
  return { work, elements, depth: deepest, characters };
}

function metaContent(document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null }, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

/** A warning is one line on standard error. */
function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}

/** A page refused as a whole: its message is the warning. */
class HtmlPageRefused extends Error {}

async function readArticle(page: string, warnings: HtmlWarning[]): Promise<HtmlArticle | null> {
  const bound = boundHtmlNesting(page, MAX_HTML_DEPTH);
  if (bound.elements > MAX_HTML_ELEMENTS) {
    throw new HtmlPageRefused(`HTML page too complex to read (${bound.elements} elements; the limit is ${MAX_HTML_ELEMENTS}), skipped`);
  }
  if (bound.textNodes > MAX_HTML_TEXT_NODES) {
    throw new HtmlPageRefused(`HTML page too complex to read (${bound.textNodes} pieces of text and comments; the limit is ${MAX_HTML_TEXT_NODES}), skipped`);
  }
  if (bound.droppedTags > 0) {
    warnings.push({ code: 'html-flattened', message: `HTML nested ${bound.depth} deep (the limit is ${MAX_HTML_DEPTH}); deeper tags were flattened` });
  }
  const { Readability, parseHTML } = await htmlSupport();
  const { document } = parseHTML(bound.markup);
  const published = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="DC.date.issued"]',
  ]);
  const documentTitle = document.querySelector('title')?.textContent ?? '';
  const shape = measureReadabilityWork(document as unknown as { childNodes: ArrayLike<DomNode> });
  let parsed: ReturnType<ReadabilityClass['parse']> = null;
  let documentMutated = false;
  if (shape.work > MAX_READABILITY_WORK) {
    warnings.push({
      code: 'html-too-complex',
      message: `HTML page too complex to pick out the article (${shape.elements} elements nested up to ${shape.depth} deep, ${shape.characters} characters of text); all its text was read, page furniture included`,
    });
  } else {
    // Readability mutates the DOM it reads, so the metadata above is read first.
    documentMutated = true;
    try {
      parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
    } catch {
      parsed = null;
    }
  }
  let blocks: string[] = [];
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    blocks = collectBlocks(content.body as unknown as DomNode);
  }
  if (blocks.length === 0) {
    // Readability declined (a short page) or was not run: fall back to the body's own blocks.
    const body = documentMutated ? parseHTML(bound.markup).document.body : document.body;
    if (body) blocks = collectBlocks(body as unknown as DomNode);
  }
  const title = collapse(parsed?.title ?? documentTitle) || undefined;
  if (blocks.length === 0) return null;
  // The title leads the text unless the article body already opens with it.
  if (title && blocks[0] !== title) blocks.unshift(title);
  return {
    text: blocks.join('\n\n'),
    title,
    byline: collapse(parsed?.byline ?? '') || undefined,
    published: (parsed as { publishedTime?: string | null } | null)?.publishedTime ?? published,
  };
}

/**
 * Reads one HTML page. Never throws: a page that cannot be read is skipped with a warning
 * (`html-too-complex`, or `html-no-article` when it holds no article text), and others are still read.
 */
export async function extractHtmlArticle(page: string): Promise<HtmlExtraction> {
  const warnings: HtmlWarning[] = [];
  try {
    const article = await readArticle(page, warnings);
    if (article && article.text.trim() !== '') return { article, warnings };
    warnings.push({ code: 'html-no-article', message: 'HTML page has no readable article text, skipped' });
  } catch (error) {
    const message = error instanceof HtmlPageRefused ? error.message : `HTML page could not be read (${firstLine(error instanceof Error ? error.message : String(error))}), skipped`;
    warnings.push({ code: 'html-too-complex', message });
  }
  return { article: null, warnings };
}
