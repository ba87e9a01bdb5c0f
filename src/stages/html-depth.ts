/**
 * Bounds how deep an HTML page nests, and counts its parts, before it is parsed.
 *
 * A page of thousands of nested elements is no article, but it costs whoever reads it: Readability
 * scores and cleans each container by reading the text of every container inside it, which grows with
 * the cube of the depth (1,000 nested `<div>`s took 5 s, 2,000 took 40 s, 4,000 eleven minutes), and
 * recursive walks overflow the call stack near 10,000. So the markup is scanned once, linearly and
 * without recursion, and the tags that would open an element deeper than the limit are dropped, their
 * text kept. The same scan counts the elements and text nodes the page will parse into, so that a page
 * too big to parse can be refused first.
 *
 * The scan mirrors how linkedom's parser (htmlparser2, HTML mode) tokenizes and nests: void elements,
 * comments, CDATA, declarations, the raw text of `<script>`, `<style>`, `<title>`, `<textarea>` and
 * `<xmp>`, quoted attribute values, `<x/>` (self-closing only inside SVG and MathML), the tags that
 * close an open `<p>` or `<li>`, and end tags that close every element opened after their own. Because
 * it replays the parser's stack on the markup it writes, no element of the parsed page is deeper than
 * the limit.
 */

/**
 * The deepest nesting of open elements kept. Real news pages stay within about 30 (Lighthouse flags a
 * DOM deeper than 32) and rarely pass 60; past 256 the page is generated or hostile, and at 256
 * Readability still reads a worst-case page (a single chain of `<div>`s) in about 0.15 s.
 */
export const MAX_HTML_DEPTH = 256;

export interface NestingBound {
  /** The markup to parse: the input itself when nothing was dropped. */
  markup: string;
  /** How deep the input's elements nest (`<html>` and `<body>` count; void and empty leaves do not). */
  depth: number;
  /** How many start tags the input has, void ones included. */
  elements: number;
  /**
   * How many text and comment nodes the input parses into, at most: the parser starts a new text node
   * at each character reference (`&amp;`) and each `<` that opens no tag, so these count one each.
   */
  textNodes: number;
  /** How many start and end tags were dropped. */
  droppedTags: number;
}

// htmlparser2's tables (Parser.ts), which decide what the parsed tree looks like.
const VOID_ELEMENTS = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FOREIGN_ELEMENTS = new Set(['math', 'svg']);
const HTML_INTEGRATION_ELEMENTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const P_TAG = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['select', FORM_TAGS],
  ['input', FORM_TAGS],
  ['output', FORM_TAGS],
  ['button', FORM_TAGS],
  ['datalist', FORM_TAGS],
  ['textarea', FORM_TAGS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (tag): [string, Set<string>] => [tag, P_TAG],
  ),
]);
/** Elements whose content the tokenizer reads as raw text up to their own end tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** A dropped inline tag leaves nothing, so a word split by `<b>` stays whole; any other leaves a space. */
const INLINE_ELEMENTS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var']);

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const AMPERSAND = 0x26;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}
function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A stack of tag names that answers "is `name` open?" in constant time. */
class TagStack {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  get length(): number {
    return this.names.length;
  }
  top(): string | undefined {
    return this.names[this.names.length - 1];
  }
  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }
  /** Pops down to and including the innermost `name`, which must be open. */
  popThrough(name: string): void {
    while (this.pop() !== name);
  }
  clear(): void {
    this.names.length = 0;
    this.counts.clear();
  }
}

/** End of a `<...>` token whose end is the next `>` (declarations, processing instructions, end tags). */
function nextGreaterThan(markup: string, from: number): number {
  const gt = markup.indexOf('>', from);
  return gt < 0 ? markup.length : gt + 1;
}

/** The index just past the end of the start tag whose name ends at `from`, and whether it ends in `/>`. */
function endOfStartTag(markup: string, from: number): { end: number; selfClosing: boolean } {
  let i = from;
  const n = markup.length;
  while (i < n) {
    const c = markup.charCodeAt(i);
    if (c === GT) return { end: i + 1, selfClosing: false };
    if (c === SLASH) {
      // `/` then optional white space then `>` closes the tag; anything else starts an attribute.
      let j = i + 1;
      while (j < n && isWhitespace(markup.charCodeAt(j))) j++;
      if (j < n && markup.charCodeAt(j) === GT) return { end: j + 1, selfClosing: true };
      i = j;
      continue;
    }
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    // An attribute name, up to `=`, white space, `/` or `>`.
    while (i < n) {
      const d = markup.charCodeAt(i);
      if (d === EQUALS || d === SLASH || d === GT || isWhitespace(d)) break;
      i++;
    }
    while (i < n && isWhitespace(markup.charCodeAt(i))) i++;
    if (i < n && markup.charCodeAt(i) === EQUALS) {
      i++;
      while (i < n && isWhitespace(markup.charCodeAt(i))) i++;
      const quote = markup.charCodeAt(i);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const close = markup.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
        i = close < 0 ? n : close + 1;
      } else {
        while (i < n) {
          const d = markup.charCodeAt(i);
          if (d === GT || isWhitespace(d)) break;
          i++;
        }
      }
    }
  }
  return { end: n, selfClosing: false };
}

/** Where the raw text of a `<name>` element ends: at `</name` followed by `>` or white space. */
function endOfRawText(markup: string, from: number, name: string): number {
  let i = from;
  for (;;) {
    const lt = markup.indexOf('</', i);
    if (lt < 0) return markup.length;
    const after = lt + 2 + name.length;
    if (after < markup.length && markup.slice(lt + 2, after).toLowerCase() === name) {
      const c = markup.charCodeAt(after);
      if (c === GT || isWhitespace(c)) return lt;
    }
    i = lt + 2;
  }
}

/**
 * Scans `markup` and drops the start and end tags of elements that would nest deeper than `maxDepth`,
 * keeping their text. Linear in the length of the markup; never recursive.
 */
export function boundHtmlNesting(markup: string, maxDepth: number = MAX_HTML_DEPTH): NestingBound {
  // What the parser will hold open, given the markup written so far.
  const open = new TagStack();
  // Elements whose start tag was dropped, inside the innermost open one: their end tags are dropped too.
  const dropped = new TagStack();
  // htmlparser2's foreign-content flags (SVG, MathML): there `<x/>` closes itself.
  const foreign: boolean[] = [false];
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let droppedTags = 0;
  let elements = 0;
  let textNodes = 0;
  let depth = 0;
  /** Text nodes in markup[from, to): one, plus one for each `&` (a character reference is a node). */
  const countTextNodes = (from: number, to: number) => {
    if (from >= to) return;
    textNodes++;
    // A character loop, not indexOf: that would search past `to`, to the end, for every segment.
    for (let k = from; k < to; k++) if (markup.charCodeAt(k) === AMPERSAND) textNodes++;
  };

  let outputEndsInSpace = false;
  const drop = (start: number, end: number, name: string) => {
    // White space between dropped tags (the indentation of deep markup) becomes one space: kept, it
    // would pile up into one long text that Readability re-reads once per enclosing element.
    const between = markup.slice(copiedUpTo, start);
    const blank = isBlank(between);
    if (!blank) {
      // A lone "<" before the dropped tag would open a tag with the text after it ("<<b>word" → "<word"):
      // written as a character reference it stays text.
      pieces.push(between.endsWith('<') ? `${between.slice(0, -1)}&lt;` : between);
      outputEndsInSpace = isWhitespace(between.charCodeAt(between.length - 1));
    }
    const separate = between.length > 0 ? blank || !INLINE_ELEMENTS.has(name) : !INLINE_ELEMENTS.has(name);
    if (separate && !outputEndsInSpace) {
      pieces.push(' ');
      outputEndsInSpace = true;
    }
    copiedUpTo = end;
    droppedTags++;
  };
  const noteDepth = () => {
    depth = Math.max(depth, open.length + dropped.length);
  };
  const foreignEndTag = (name: string) => {
    if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) foreign.pop();
  };
  /** How many open elements the start tag `name` closes first (`<p>` closes an open `<p>`…). */
  const impliedCloses = (name: string): number => {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    let count = 0;
    while (closes && count < open.length && closes.has(open.names[open.length - 1 - count]!)) count++;
    return count;
  };

  let i = 0;
  const n = markup.length;
  while (i < n) {
    const lt = markup.indexOf('<', i);
    countTextNodes(i, lt < 0 ? n : lt);
    if (lt < 0 || lt + 1 >= n) break;
    const c = markup.charCodeAt(lt + 1);

    if (c === BANG) {
      textNodes++;
      if (markup.startsWith('--', lt + 2)) {
        // `<!-->` is a whole comment: the end `-->` may reuse the opening dashes.
        const close = markup.indexOf('-->', lt + 2);
        i = close < 0 ? n : close + 3;
      } else if (markup.startsWith('[CDATA[', lt + 2)) {
        const close = markup.indexOf(']]>', lt + 9);
        i = close < 0 ? n : close + 3;
      } else {
        i = nextGreaterThan(markup, lt + 2);
      }
      continue;
    }
    if (c === QUESTION) {
      i = nextGreaterThan(markup, lt + 2);
      continue;
    }

    if (c === SLASH) {
      let start = lt + 2;
      while (start < n && isWhitespace(markup.charCodeAt(start))) start++;
      if (start >= n || !isAsciiAlpha(markup.charCodeAt(start))) {
        // `</>` is ignored and `</3…>` is a comment: neither nests.
        textNodes++;
        i = nextGreaterThan(markup, start);
        continue;
      }
      let nameEnd = start;
      while (nameEnd < n) {
        const d = markup.charCodeAt(nameEnd);
        if (d === GT || isWhitespace(d)) break;
        nameEnd++;
      }
      const name = markup.slice(start, nameEnd).toLowerCase();
      const end = nextGreaterThan(markup, nameEnd);
      i = end;
      if (dropped.has(name)) {
        dropped.popThrough(name);
        drop(lt, end, name);
        continue;
      }
      // A void end tag opens nothing (`</br>` makes an empty `<br>`, a leaf like any void element), and
      // a stray `</p>` makes an empty `<p>`, a leaf too.
      if (!VOID_ELEMENTS.has(name) && open.has(name)) {
        // Closing an open element closes the dropped ones inside it too.
        dropped.clear();
        open.popThrough(name);
      }
      foreignEndTag(name);
      continue;
    }

    if (!isAsciiAlpha(c)) {
      // A `<` that opens no tag is text, in a text node of its own.
      textNodes++;
      i = lt + 1;
      continue;
    }

    // A start tag.
    let nameEnd = lt + 2;
    while (nameEnd < n) {
      const d = markup.charCodeAt(nameEnd);
      if (d === GT || d === SLASH || isWhitespace(d)) break;
      nameEnd++;
    }
    const name = markup.slice(lt + 1, nameEnd).toLowerCase();
    const { end, selfClosing } = endOfStartTag(markup, nameEnd);
    elements++;
    i = end;
    const isVoid = VOID_ELEMENTS.has(name);
    const rawText = !isVoid && !selfClosing && RAW_TEXT_ELEMENTS.has(name);

    // Dropped elements nest as the parser would have nested them: `<p>` closes a dropped `<p>`. If
    // that closes them all, the tag is read as if nothing had been dropped.
    const closesDropped = OPEN_IMPLIES_CLOSE.get(name);
    while (closesDropped && dropped.length > 0 && closesDropped.has(dropped.top()!)) dropped.pop();
    if (dropped.length > 0) {
      // Inside a dropped element the innermost open element is at the limit: nothing more may open
      // there, and a void tag is kept only if it closes nothing.
      if (isVoid && impliedCloses(name) === 0) continue;
      if (rawText) {
        i = nextGreaterThan(markup, endOfRawText(markup, end, name));
        drop(lt, i, name);
        continue;
      }
      drop(lt, end, name);
      const closesItself = selfClosing && (FOREIGN_ELEMENTS.has(name) || dropped.has('svg') || dropped.has('math'));
      if (!isVoid && !closesItself) dropped.push(name);
      noteDepth();
      continue;
    }

    const closes = impliedCloses(name);
    if (isVoid) {
      for (let k = 0; k < closes; k++) open.pop();
      continue;
    }
    // htmlparser2 pushes the foreign flag before it decides whether `<x/>` closes itself.
    const foreignInside = FOREIGN_ELEMENTS.has(name) ? true : HTML_INTEGRATION_ELEMENTS.has(name) ? false : (foreign[foreign.length - 1] ?? false);
    if (!(selfClosing && foreignInside) && open.length - closes + 1 > maxDepth) {
      if (rawText) {
        i = nextGreaterThan(markup, endOfRawText(markup, end, name));
        drop(lt, i, name);
        continue;
      }
      drop(lt, end, name);
      dropped.push(name);
      noteDepth();
      continue;
    }
    for (let k = 0; k < closes; k++) open.pop();
    if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) foreign.push(foreignInside);
    // An element that closes itself is a leaf, like a void one: it holds nothing deeper.
    if (selfClosing && foreignInside) continue;
    open.push(name);
    noteDepth();
    if (rawText) {
      i = endOfRawText(markup, end, name);
      // Only <title> decodes character references in its raw text.
      if (name === 'title') countTextNodes(end, i);
      else textNodes++;
    }
  }

  if (droppedTags === 0) return { markup, depth, elements, textNodes, droppedTags };
  pieces.push(markup.slice(copiedUpTo));
  return { markup: pieces.join(''), depth, elements, textNodes, droppedTags };
}
