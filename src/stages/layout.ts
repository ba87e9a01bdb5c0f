/**
 * Page layout: lines → paragraphs, with page furniture (menus, share bars, credits, captions,
 * bylines, stray markup) recognised and kept out of the claims. Offsets always point into the
 * original source; nothing is rewritten.
 */
import type { BoilerplateKind, BoilerplateSpan, SentenceKind, SourceFormat, Span } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import { MARKUP_DEBRIS, PHOTO_AGENCIES, SHARE_TARGETS } from '../lang/shared.js';
import { escapeRegExp } from '../lang/patterns.js';

export interface LayoutParagraph extends Span {
  kind: SentenceKind;
  /** Parts of the paragraph that hold article text (the paragraph minus in-line credits). */
  regions: Span[];
}

export interface Layout {
  paragraphs: LayoutParagraph[];
  boilerplate: BoilerplateSpan[];
  /** First line that is article text. */
  title?: string;
}

interface Line extends Span {
  /** Offsets of the line without surrounding white space or Markdown markers. */
  text: string;
  blankBefore: boolean;
  markdownHeading: boolean;
  markdownBlock: boolean;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const LETTER = /\p{L}/u;
const TERMINAL = /[.!?…:;»”"’)\]]$/u;


const SHARE_LINE = new RegExp(`^(share( on| via)? )?(${SHARE_TARGETS.map(escapeRegExp).join('|')})$`, 'i');
const AGENCY_LINE = new RegExp(`^(${PHOTO_AGENCIES.map(escapeRegExp).join('|')})$`, 'i');
const AGENCY = new RegExp(`\\b(${PHOTO_AGENCIES.map(escapeRegExp).join('|')})\\b`, 'i');
/** A parenthesised credit inside a paragraph: "(Jaap Arriens/NurPhoto via Getty Images)". */
const INLINE_CREDIT = new RegExp(`\\((?=[^()]*\\b(?:${PHOTO_AGENCIES.map(escapeRegExp).join('|')})\\b)[^()]*\\)`, 'gi');

function splitLines(source: string, format: SourceFormat): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blankBefore = true;
  let inFence = false;
  while (pos <= source.length) {
    let end = source.indexOf('\n', pos);
    if (end === -1) end = source.length;
    let lineEnd = end;
    if (lineEnd > pos && source[lineEnd - 1] === '\r') lineEnd -= 1;
    let start = pos;
    while (start < lineEnd && SPACE.test(source[start]!)) start += 1;
    let stop = lineEnd;
    while (stop > start && SPACE.test(source[stop - 1]!)) stop -= 1;
    let markdownHeading = false;
    let markdownBlock = false;
    if (format === 'markdown' && start < stop) {
      const raw = source.slice(start, stop);
      if (/^(```|~~~)/.test(raw)) {
        inFence = !inFence;
        pos = end + 1;
        blankBefore = true;
        continue;
      }
      if (inFence) {
        pos = end + 1;
        continue;
      }
      const marker = /^(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)/.exec(raw);
      if (marker) {
        markdownHeading = marker[0].startsWith('#');
        markdownBlock = true;
        start += marker[0].length;
        // Closing hashes of an ATX heading are markup too.
        if (markdownHeading) {
          const closing = /[ \t]+#+$/.exec(source.slice(start, stop));
          if (closing) stop -= closing[0].length;
        }
      }
    }
    if (start < stop) {
      lines.push({ start, end: stop, text: source.slice(start, stop), blankBefore, markdownHeading, markdownBlock });
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    pos = end + 1;
  }
  return lines;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => LETTER.test(w)).length;
}

/** The kind of page furniture a whole line is, if it is one. */
function classifyLine(text: string, packs: readonly LanguagePack[]): BoilerplateKind | undefined {
  if (!LETTER.test(text)) return 'markup';
  if (MARKUP_DEBRIS.test(text)) return 'caption';
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return 'caption';
  if (/^<!--.*-->$/.test(text) || /^<\/?[a-z][^>]*>$/i.test(text)) return 'markup';
  if (/^(©|\(c\)|copyright\b)/i.test(text)) return 'credit';
  if (/^\(.*\)$/.test(text) && AGENCY.test(text)) return 'credit';
  // A bare agency name on its own line is a credit ("Getty Images").
  if (AGENCY_LINE.test(text)) return 'credit';
  for (const pack of packs) {
    const { menu, navigation, byline, dateline, credit } = pack.boilerplateLines;
    if (menu.some((re) => re.test(text))) return 'menu';
    if (navigation.some((re) => re.test(text))) return 'navigation';
    if (credit.some((re) => re.test(text))) return 'credit';
    if (dateline.some((re) => re.test(text))) return 'dateline';
    if (byline.some((re) => re.test(text))) return 'byline';
  }
  // Image alt text and labels left in the text: short, all lower case, no sentence punctuation.
  if (wordCount(text) <= 3 && text === text.toLowerCase() && !/[.!?]$/.test(text)) return 'caption';
  return undefined;
}

export function layoutDocument(source: string, format: SourceFormat, packs: readonly LanguagePack[]): Layout {
  const lines = splitLines(source, format);
  const kinds: Array<BoilerplateKind | undefined> = lines.map((line) => classifyLine(line.text, packs));

  // A run of two or more share-target lines is a share bar; one "Facebook" line alone is not.
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && SHARE_LINE.test(lines[j]!.text)) j += 1;
    if (j - i >= 2) for (let k = i; k < j; k += 1) kinds[k] = 'share-bar';
    i = Math.max(j, i + 1);
  }

  // Kickers and section labels above the headline ("Social", "Menu"): one- or two-word lines before
  // the first line of three words or more.
  for (let i = 0; i < lines.length; i += 1) {
    if (kinds[i]) continue;
    if (wordCount(lines[i]!.text) >= 3) break;
    kinds[i] = 'section-label';
  }

  const boilerplate: BoilerplateSpan[] = [];
  const paragraphs: LayoutParagraph[] = [];
  let previous: { line: Line; paragraph: LayoutParagraph } | undefined;
  let title: string | undefined;

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const kind = kinds[i];
    if (kind) {
      boilerplate.push({ kind, start: line.start, end: line.end, text: line.text });
      previous = undefined;
      continue;
    }
    const regions: Span[] = [];
    let cursor = line.start;
    for (const match of line.text.matchAll(INLINE_CREDIT)) {
      const start = line.start + match.index;
      const end = start + match[0].length;
      boilerplate.push({ kind: 'credit', start, end, text: match[0] });
      if (start > cursor) regions.push({ start: cursor, end: start });
      cursor = end;
    }
    if (cursor < line.end) regions.push({ start: cursor, end: line.end });
    const trimmed = regions
      .map((r) => {
        let { start, end } = r;
        while (start < end && SPACE.test(source[start]!)) start += 1;
        while (end > start && SPACE.test(source[end - 1]!)) end -= 1;
        return { start, end };
      })
      .filter((r) => r.end > r.start && LETTER.test(source.slice(r.start, r.end)));
    if (trimmed.length === 0) continue;

    // Hard-wrapped text: a line that does not end a sentence, continued by a line in lower case
    // (or, in Markdown, by any plain line without a blank line between) belongs to the same paragraph.
    const continues =
      previous !== undefined &&
      !line.blankBefore &&
      !line.markdownBlock &&
      !previous.line.markdownHeading &&
      (format === 'markdown' ? previous.paragraph.kind === 'body' : !TERMINAL.test(previous.line.text) && /^\p{Ll}/u.test(line.text));
    if (continues && previous) {
      // A line continued in lower case was never a heading.
      if (previous.paragraph.kind !== 'body' && format !== 'markdown') {
        previous.paragraph.kind = 'body';
      }
      previous.paragraph.end = line.end;
      previous.paragraph.regions.push(...trimmed);
      previous.line = line;
      continue;
    }
    const words = wordCount(line.text);
    const headingLike = line.markdownHeading || (!TERMINAL.test(line.text) && words <= 20);
    const paragraphKind: SentenceKind = paragraphs.length === 0 && headingLike ? 'title' : headingLike ? 'heading' : 'body';
    if (title === undefined) title = line.text;
    const paragraph: LayoutParagraph = { start: line.start, end: line.end, kind: paragraphKind, regions: trimmed };
    paragraphs.push(paragraph);
    previous = { line, paragraph };
  }

  boilerplate.sort((a, b) => a.start - b.start);
  return { paragraphs, boilerplate, title };
}
