/**
 * Mojibake: UTF-8 text that went once through Windows-1252 ("Metaâ€™s" for "Meta’s", "Ã©tÃ©" for
 * "été"). Each garbled run is turned back into bytes and decoded as UTF-8; a run that does not decode
 * is left as it is. Letters of another script inside a Latin word ("Fbβs") are garbled too but cannot
 * be undone: they are only counted, so that the user is told.
 */

/** Windows-1252 characters of 0x80–0x9F, by their byte; 0xA0–0xFF are Latin-1 itself. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const byteOf = new Map<string, number>();
for (let i = 0; i < 32; i += 1) byteOf.set(CP1252_HIGH[i]!, 0x80 + i);
for (let b = 0xa0; b <= 0xff; b += 1) byteOf.set(String.fromCharCode(b), b);

const escape = (chars: string) => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const CONTINUATION = `[${escape(CP1252_HIGH)}\\u00a0-\\u00bf]`;
// A lead byte of a two-, three- or four-byte sequence, then its continuation bytes, as Windows-1252 shows them.
const GARBLED = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'gu');
// A letter of another script, or a replacement character, between Latin letters.
const FOREIGN_IN_WORD = new RegExp(`\\p{Script=Latin}[\\p{Script=Greek}\\p{Script=Cyrillic}\\uFFFD]+\\p{Script=Latin}?|\\p{Script=Latin}\\uFFFD|[\\u00c2-\\u00f4]${CONTINUATION}*\\uFFFD`, 'gu');

export interface MojibakeRepair {
  text: string;
  /** Words repaired, as [before, after], in order. */
  repaired: Array<[string, string]>;
  /** Words garbled beyond repair. */
  left: string[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The word around [start, end) of `text`. */
function wordAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && /[^\s]/u.test(text[a - 1]!)) a -= 1;
  while (b < text.length && /[^\s]/u.test(text[b]!)) b += 1;
  return text.slice(a, b).replace(/^[(«“"']+|[.,;:!?)»”"]+$/gu, '');
}

export function repairMojibake(text: string): MojibakeRepair {
  const repaired: Array<[string, string]> = [];
  let out = text;
  if (GARBLED.test(text)) {
    GARBLED.lastIndex = 0;
    const pieces: string[] = [];
    let last = 0;
    for (const m of text.matchAll(GARBLED)) {
      let fixed: string | undefined;
      try {
        fixed = decoder.decode(Uint8Array.from([...m[0]].map((c) => byteOf.get(c) ?? 0)));
      } catch {
        fixed = undefined;
      }
      // Only a character that text would hold: not a control character.
      if (fixed === undefined || /\p{Cc}/u.test(fixed)) continue;
      pieces.push(text.slice(last, m.index), fixed);
      if (repaired.length === 0) {
        const before = wordAround(text, m.index, m.index + m[0].length);
        repaired.push([before, repairMojibake(before.replace(m[0], fixed)).text]);
      } else repaired.push(['', '']);
      last = m.index + m[0].length;
    }
    pieces.push(text.slice(last));
    out = pieces.join('');
  }
  const left = [...out.matchAll(FOREIGN_IN_WORD)].map((m) => wordAround(out, m.index, m.index + m[0].length));
  return { text: out, repaired, left };
}

/** A one-line account of a repair, or undefined when the text was clean. */
export function describeRepair(repair: MojibakeRepair): string | undefined {
  if (repair.repaired.length === 0 && repair.left.length === 0) return undefined;
  const parts: string[] = [];
  if (repair.repaired.length > 0) {
    const [before, after] = repair.repaired[0]!;
    parts.push(`${repair.repaired.length} repaired, e.g. “${before}” → “${after}”`);
  }
  if (repair.left.length > 0) parts.push(`${repair.left.length} left as they are, e.g. “${repair.left[0]}”`);
  return `garbled characters (mojibake): ${parts.join('; ')}`;
}
