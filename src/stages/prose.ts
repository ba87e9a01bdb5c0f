/**
 * Is this text prose? Keyword-stuffed pages, tag clouds, word lists and dumps are not, and compared as
 * articles they crowd out the real ones: thousands of pieces that share every word of the story make
 * those words too common to pair anything. Two signs, both language-neutral, both measured only on
 * texts long enough to judge: almost no end of sentence, and the same few word sequences again and
 * again. Real coverage, even a long piece that repeats its lede, is far from either bound.
 */

/** Shorter texts are not judged: a brief or a caption may well lack a full stop. */
export const MIN_WORDS_JUDGED = 400;
/** Fewer ends of sentence than one per this many words is not prose (news runs at one per 15 to 40). */
export const MAX_WORDS_PER_SENTENCE_END = 500;
/**
 * A smaller share of distinct three-word sequences than this is text repeating itself. Prose keeps
 * above 0.9; an article given twice over in one file is at 0.5.
 */
export const MIN_DISTINCT_TRIGRAM_SHARE = 0.25;

const WORD = /[\p{L}\p{N}]+/gu;
/** A full stop, question or exclamation mark (any script), or an ellipsis, before a space or the end. */
const SENTENCE_END = /[.!?…。！？](?=[\s"'’”»)\]]|$)/gu;

export interface ProseMeasure {
  words: number;
  sentenceEnds: number;
  distinctTrigramShare: number;
}

export function measureProse(text: string): ProseMeasure {
  const words = text.toLowerCase().match(WORD) ?? [];
  const sentenceEnds = text.match(SENTENCE_END)?.length ?? 0;
  const trigrams = new Set<string>();
  for (let i = 2; i < words.length; i += 1) trigrams.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  const distinctTrigramShare = words.length > 2 ? trigrams.size / (words.length - 2) : 1;
  return { words: words.length, sentenceEnds, distinctTrigramShare };
}

/** Why `text` is not prose, for the warning, or undefined when it is (or is too short to judge). */
export function notProseReason(text: string): string | undefined {
  const m = measureProse(text);
  if (m.words < MIN_WORDS_JUDGED) return undefined;
  const count = (n: number) => n.toLocaleString('en-US');
  if (m.sentenceEnds * MAX_WORDS_PER_SENTENCE_END < m.words) {
    return `not prose (${count(m.sentenceEnds)} ends of sentence in ${count(m.words)} words), left out`;
  }
  if (m.distinctTrigramShare < MIN_DISTINCT_TRIGRAM_SHARE) {
    return `not prose (the same words repeated: ${Math.round(m.distinctTrigramShare * 100)}% of its word sequences distinct), left out`;
  }
  return undefined;
}
