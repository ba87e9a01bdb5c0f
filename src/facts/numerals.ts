/**
 * Numerals written in digits, in the notations of each language: "6,4" and "6.4", "4 210" (space,
 * no-break space or narrow no-break space), "12.000" and "2.750" in French and Italian (thousands),
 * "12,000" in English.
 */
import type { LanguageCode } from '../types.js';
import { removeInvisibles } from './invisible.js';

/** Spaces that group thousands: space, no-break, figure, thin and narrow no-break space. */
export const GROUP_SPACE = ' \u00a0\u2007\u2009\u202f';

/** Any of the grouping spaces, everywhere in a string. */
export const GROUP_SPACES = new RegExp(`[${GROUP_SPACE}]`, 'g');
const GROUPS_OF_THREE: Record<string, RegExp> = { '.': /^\d{1,3}(\.\d{3})+$/, ',': /^\d{1,3}(,\d{3})+$/ };

/** A run of digits with the separators that may sit inside a number. */
export const NUMERAL = new RegExp(`\\d{1,3}(?:[${GROUP_SPACE}]\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)*`, 'g');

/** Languages that write a comma for the decimal point and a dot or space between thousands. */
const DECIMAL_COMMA: ReadonlySet<string> = new Set(['fr', 'it']);

/** The value of a numeral as written in `language`, or undefined when it is not one. */
export function parseNumeral(raw: string, language: LanguageCode | string): number | undefined {
  // Spaces between groups of digits and invisible characters ("1\u200b500") are not part of the value.
  const text = removeInvisibles(raw).replace(GROUP_SPACES, '');
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return undefined;
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let normalised: string;
  if (dots > 0 && commas > 0) {
    // Both: whichever comes last is the decimal separator.
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normalised = text.split(group).join('').replace(decimal, '.');
  } else if (dots + commas === 0) {
    normalised = text;
  } else {
    const separator = dots > 0 ? '.' : ',';
    const count = dots + commas;
    const groupsOfThree = GROUPS_OF_THREE[separator]!.test(text);
    const decimalComma = DECIMAL_COMMA.has(language);
    const isGrouping =
      groupsOfThree && (count > 1 || (separator === '.' ? decimalComma : !decimalComma));
    if (isGrouping) normalised = text.split(separator).join('');
    else if (count === 1) normalised = text.replace(separator, '.');
    else return undefined;
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** The positions at which two digit strings of one length differ. */
export function differingDigits(x: string, y: string): number[] {
  return [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
}

/** Whether two numbers write the same digits but two side by side swapped: 1978 and 1987, 46 and 64. */
export function digitsSwapped(x: number | string, y: number | string): boolean {
  const [a, b] = [String(x), String(y)];
  if (a.length !== b.length || a === b) return false;
  const at = differingDigits(a, b);
  return at.length === 2 && at[1] === at[0]! + 1 && a[at[0]!] === b[at[1]!] && a[at[1]!] === b[at[0]!];
}
