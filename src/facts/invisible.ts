/**
 * Invisible characters inside words and numbers: a zero-width space, a joiner, a word joiner, a BOM
 * left in the middle of a text, a soft hyphen, a bidirectional mark, an invisible operator. A reader
 * sees "$150 million" and "Zuckerberg"; a regular expression sees "$1", "50 million", "Zucker", "berg".
 *
 * Facts are read on a view of the text without them, and every span found in the view is mapped back
 * to the original, so that `source.slice(start, end)` still returns what the article wrote, invisible
 * characters included.
 */

/**
 * The characters removed: format characters (Cf) that Unicode also marks default-ignorable, that is
 * rendered as nothing (U+00AD, U+180E, U+200B–U+200F, U+202A–U+202E, U+2060–U+206F, U+FEFF, tags…).
 * The visible format characters (the Arabic number signs U+0600–U+0605, U+06DD) are not ignorable and stay.
 */
const INVISIBLE_CLASS = '(?=\\p{Default_Ignorable_Code_Point})\\p{Cf}';
export const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');
const HAS_INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');

export function hasInvisibles(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/** The text without its invisible characters (for keys and features, where no offset is kept). */
export function removeInvisibles(text: string): string {
  return hasInvisibles(text) ? text.replace(INVISIBLE, '') : text;
}

/** A text without its invisible characters, and the way back to offsets in the original. */
export interface VisibleText {
  /** The text without its invisible characters. */
  text: string;
  /** Whether any character was removed; when not, offsets are the same in both texts. */
  changed: boolean;
  /** Offset in the original of the character at `index` in `text` (`text.length` maps to the original's end). */
  toOriginal(index: number): number;
  /**
   * The original span of `text.slice(start, end)`: the invisible characters inside it are part of it,
   * those just before or after it are not.
   */
  spanToOriginal(start: number, end: number): [number, number];
}

export function visibleText(original: string): VisibleText {
  if (!hasInvisibles(original)) {
    return { text: original, changed: false, toOriginal: (index) => index, spanToOriginal: (start, end) => [start, end] };
  }
  // origin[i] is the original offset of the i-th code unit kept; one more entry for the end.
  const origin = new Int32Array(original.length + 1);
  const kept: string[] = [];
  let length = 0;
  let from = 0;
  const keep = (a: number, b: number) => {
    for (let k = a; k < b; k += 1) origin[length++] = k;
    kept.push(original.slice(a, b));
  };
  for (const m of original.matchAll(INVISIBLE)) {
    keep(from, m.index);
    from = m.index + m[0].length;
  }
  keep(from, original.length);
  origin[length] = original.length;
  const toOriginal = (index: number) => origin[Math.max(0, Math.min(index, length))]!;
  return {
    text: kept.join(''),
    changed: true,
    toOriginal,
    spanToOriginal: (start, end) => {
      const a = toOriginal(start);
      // The end follows the last character of the span, not the invisible ones after it.
      return [a, end > start ? toOriginal(end - 1) + 1 : a];
    },
  };
}

/**
 * Moves facts found in `view` (offsets into `view.text`) to offsets into `source`, where the viewed
 * text starts at `base`; each fact's text becomes the original words again. Facts are changed in place.
 */
export function toSourceSpans<T extends { start: number; end: number; text: string }>(facts: T[], view: VisibleText, source: string, base: number): T[] {
  for (const fact of facts) {
    const [start, end] = view.spanToOriginal(fact.start, fact.end);
    fact.start = base + start;
    fact.end = base + end;
    if (view.changed) fact.text = source.slice(fact.start, fact.end);
  }
  return facts;
}
