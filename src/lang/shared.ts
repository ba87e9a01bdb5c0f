/**
 * Language-neutral page furniture: names of share targets and photo agencies that appear the same in
 * every language, and generic abbreviation shapes.
 */

/** Share-bar entries: a run of two or more such lines is a share bar. */
export const SHARE_TARGETS = [
  'facebook', 'twitter', 'x', 'linkedin', 'reddit', 'telegram', 'whatsapp', 'pinterest', 'tumblr',
  'email', 'e-mail', 'mail', 'print', 'copy link', 'flipboard', 'messenger', 'threads', 'bluesky',
  'mastodon', 'share', 'tweet', 'pocket', 'vk', 'weibo', 'line', 'viber', 'skype',
];

/** Photo agencies and image banks whose names mark a credit or caption. */
export const PHOTO_AGENCIES = [
  'Getty Images', 'Getty', 'Shutterstock', 'AFP', 'Reuters', 'AP Photo', 'Associated Press', 'NurPhoto',
  'Alamy', 'iStock', 'iStockphoto', 'ANSA', 'LaPresse', 'EPA', 'Imago', 'SOPA Images', 'LightRocket',
  'Bloomberg', 'Sipa', 'Hans Lucas', 'Abaca', 'MaxPPP', 'Unsplash', 'Pexels', 'Wikimedia Commons',
  'Adobe Stock', 'Dreamstime', 'Depositphotos', 'Ipa', 'Agf', 'Fotogramma', 'Xinhua', 'WireImage',
];

/** Measure concepts (`LanguagePack.measureWords`) that only an amount of money can be: a fine, a revenue. */
export const MONEY_CONCEPTS: readonly string[] = ['revenue', 'profit', 'loss', 'spending', 'investment', 'fine', 'damages', 'price', 'cost', 'salary', 'valuation', 'bonus', 'deficit', 'tax'];

/** Shortcode and markup debris left by content-management systems. */
export const MARKUP_DEBRIS = /\[\/?(caption|embed|gallery|video|audio|quote)\b[^\]]*\]/i;

/** The memory of each remembering stemmer, so that it can be saved and seeded. */
const stemMemories = new WeakMap<(word: string) => string, Map<string, string>>();

/**
 * A stemmer that remembers: the Porter stemmers cost microseconds a word, and a story repeats its
 * words thousands of times. The memory is cleared when it grows past a bound.
 */
export function memoStem(stem: (word: string) => string, bound = 200_000): (word: string) => string {
  const memory = new Map<string, string>();
  const remembering = (word: string) => {
    let out = memory.get(word);
    if (out === undefined) {
      out = stem(word);
      if (memory.size >= bound) memory.clear();
      memory.set(word, out);
    }
    return out;
  };
  stemMemories.set(remembering, memory);
  return remembering;
}

/** Teaches a remembering stemmer stems computed before (by an earlier run, kept on disk). */
export function seedStems(stem: (word: string) => string, pairs: ReadonlyArray<readonly [string, string]>): void {
  const memory = stemMemories.get(stem);
  if (memory) for (const [word, out] of pairs) if (!memory.has(word)) memory.set(word, out);
}

/**
 * Spellings of one sound across French, Italian and English, levelled in order before names are
 * compared by their consonants ("Efeso" / "Ephesus", "Giudea" / "Judea", "Equador" / "Ecuador").
 */
export const SPELLING_LEVELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/gi(?=[aeiou])/g, 'j'],
  [/qu|ck|k|q/g, 'c'],
  [/([tcg])h/g, '$1'],
  [/w/g, 'v'],
  [/j/g, 'g'],
];
