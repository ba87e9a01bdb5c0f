/**
 * HTML pages → article text, through Mozilla Readability on a linkedom DOM. Block elements become
 * paragraphs separated by a blank line, so the layout stage sees the same shape as a plain-text file.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';

// Loaded on the first HTML page: linkedom takes longer to load than a small story takes to compare.
let htmlModules: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } | undefined;
async function htmlSupport(): Promise<NonNullable<typeof htmlModules>> {
  if (!htmlModules) {
    const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
    htmlModules = { Readability, parseHTML };
  }
  return htmlModules;
}

export interface HtmlArticle {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'TR', 'TBODY', 'FIGURE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'DL']);
/** Not article text: captions and credits are page furniture, scripts are code. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'FIGURE', 'NAV', 'BUTTON', 'FORM', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Collects the text of each innermost block, in document order. */
function collectBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = collapse(inline);
    if (text) blocks.push(text);
    inline = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      inline += ' ';
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      for (const child of Array.from(node.childNodes)) visit(child);
      flush();
      return;
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  flush();
  return blocks;
}

function metaContent(document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null }, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

export async function extractHtmlArticle(page: string): Promise<HtmlArticle | null> {
  const { Readability, parseHTML } = await htmlSupport();
  const { document } = parseHTML(page);
  const published = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="DC.date.issued"]',
  ]);
  // Readability mutates the DOM it reads, so the metadata above is read first.
  let parsed: ReturnType<ReadabilityClass['parse']> = null;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  let blocks: string[] = [];
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    blocks = collectBlocks(content.body as unknown as DomNode);
  }
  if (blocks.length === 0) {
    // Readability declined (a short page): fall back to the body's own blocks.
    const { document: again } = parseHTML(page);
    if (again.body) blocks = collectBlocks(again.body as unknown as DomNode);
  }
  const title = collapse(parsed?.title ?? document.querySelector('title')?.textContent ?? '') || undefined;
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
