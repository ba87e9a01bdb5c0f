/**
 * Showing strings from the inputs safely. Article text, titles, file names and the warnings and rule
 * messages that quote them come from pages scraped anywhere: they may hold terminal control sequences
 * (ESC, BEL, C1 controls: a title change, a cleared screen, a hidden link), bidirectional overrides
 * that reorder what a reader sees (`report\u202Etxt.exe`), or markup. The text, Markdown and HTML
 * reporters and the warning lines show such characters as visible escapes (`\x1b`, `\u202e`) and
 * escape markup for the format they write. The JSON report keeps the exact strings: it is the data
 * contract, and JSON.stringify escapes the C0 controls itself.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- idem, with tab, line feed and the Unicode line and paragraph separators
const UNSAFE_ON_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- idem, for a test rather than a replacement
const HAS_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function escapeCharacter(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Prose (article text, titles, messages): control and bidi characters shown as escapes; line feeds and
 * tabs kept for the layout to handle. A carriage return becomes a line feed: alone it would send the
 * cursor back to overwrite the line.
 */
export function showControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, escapeCharacter);
}

/** Something that must stay on one line (a file name, an id, a warning): line feeds, tabs and U+2028/U+2029 shown as escapes too. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_ON_ONE_LINE, escapeCharacter);
}

/** Prose on one line (a table cell, an excerpt in a list): controls shown, every run of white space one space. */
export function flatten(text: string): string {
  return showControls(text).replace(/\s+/g, ' ');
}

/** Whether `text` holds a character that `showControls` would show as an escape (tab and line feed aside). */
export function hasUnsafeCharacter(text: string): boolean {
  return HAS_UNSAFE.test(text);
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text for an HTML element or a quoted attribute value: controls shown, `<>&"'` escaped. */
export function htmlText(text: string): string {
  return escapeMarkup(showControls(text));
}

/** A file name or an id for HTML (an element or a quoted attribute value): one line, `<>&"'` escaped. */
export function htmlOneLine(text: string): string {
  return escapeMarkup(oneLine(text));
}

// ---------------------------------------------------------------------------------------------
// Markdown (CommonMark and GitHub Flavored Markdown)
// ---------------------------------------------------------------------------------------------

/**
 * Escapes for inline Markdown, valid in a paragraph, a list item, a heading and a table cell: `<`,
 * `>` and `&` as entities, so no raw HTML and no autolink can start from the input; backslash,
 * backtick, `*`, `_`, `[`, `]`, `~` and `|` backslash-escaped, so no emphasis, code span, link, image,
 * strikethrough or table column can start either.
 */
function escapeInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, '\\$&');
}

/** Prose for inline Markdown, on one line: controls shown, white space runs as one space, markup escaped. */
export function markdownText(text: string): string {
  return escapeInline(flatten(text));
}

/** A file name or an id for inline Markdown: controls, line feeds and tabs shown, markup escaped. */
export function markdownOneLine(text: string): string {
  return escapeInline(oneLine(text));
}

/** What a code span can hold as is: no backtick (it would close the span), `<`, `>` or `|`, no escape to show, no edge space. */
const CODE_SPAN_SAFE = /^[^\s`<>|](?:[^`<>|\t\n]*[^\s`<>|])?$/;

/**
 * A file name or an id as a code span when a plain code span shows it exactly; otherwise as escaped
 * text. A code span shows its content raw (no escapes, no entities), so a name with a backtick, `<`,
 * `|` or a control character cannot be both exact and safe in one, whatever its fence.
 */
export function markdownCode(text: string): string {
  return CODE_SPAN_SAFE.test(text) && !hasUnsafeCharacter(text) ? `\`${text}\`` : markdownOneLine(text);
}

/**
 * Inline Markdown that starts a line of a paragraph or a list item, made unable to open a block: a
 * leading `#` (heading), `-` or `+` (list, thematic break), `=` (setext underline) or `1.` / `1)`
 * (ordered list) is escaped, and leading spaces (an indented code block) are written as entities.
 * `>`, `*`, `_`, `~`, backtick and `<` are already escaped by the functions above.
 */
export function markdownLineStart(inline: string): string {
  return inline
    .replace(/^[ \t]+/, (spaces) => spaces.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Inline Markdown for an ATX heading: also `#`, which could close the heading early. */
export function markdownHeading(inline: string): string {
  return inline.replace(/#/g, '\\#');
}
