/**
 * Synthetic stories for `npm run bench`: N articles in French, Italian and English built from the
 * FLORES dev mini-articles (real, professionally translated text).
 *
 * Each article follows one stretch of the FLORES articles (eight consecutive mini-articles, about 28
 * sentences), keeps most of its sentences and drops the rest, and carries a few distractor sentences
 * from far away (the "related stories" an outlet adds). Articles that start near one another share
 * claims, in any of the three languages, so a claim is carried by tens of articles when N is large, as
 * in a big story. One article in four has one figure altered — the discrepancy the rules must find.
 * The generator is seeded: the same N gives the same story.
 */
import type { LanguageCode } from '../src/types.js';
import { floresArticles, type Flores } from './flores.js';

export interface StoryArticle {
  name: string;
  language: LanguageCode;
  text: string;
}

export interface Story {
  articles: StoryArticle[];
  /** Figures deliberately altered: the article, the FLORES line, the number before and after. */
  alterations: Array<{ article: string; line: number; from: string; to: string }>;
}

/** Mini-articles per synthetic article (about 3.5 sentences each). */
const WINDOW = 8;
const KEEP = 0.85;
const DISTRACTORS = 3;
const ALTERED_SHARE = 0.25;
const LANGUAGES: LanguageCode[] = ['fr', 'it', 'en'];

/** mulberry32: a small, fast, seedable generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Changes one figure written in digits: the number grows by about half, keeping its notation. */
function alterFigure(sentence: string, rnd: () => number): { text: string; from: string; to: string } | undefined {
  // A number standing alone: not a group of a longer one ("24 000"), not a decimal, and staying under
  // a thousand so that it cannot turn into a year.
  const numbers = [...sentence.matchAll(/(?<![\p{L}\d.,]|\d[ \u00a0\u202f])\d{1,3}(?![\d\p{L}]|[ \u00a0\u202f]\d{3}|[.,]\d)/gu)].filter(
    (m) => Math.round(Number(m[0]) * 1.5) + 1 < 1000,
  );
  if (numbers.length === 0) return undefined;
  const m = numbers[Math.floor(rnd() * numbers.length)]!;
  const from = m[0];
  const to = String(Math.round(Number(from) * 1.5) + 1);
  return { text: sentence.slice(0, m.index) + to + sentence.slice(m.index + from.length), from, to };
}

export function generateStory(flores: Flores, n: number, seed = 20261123): Story {
  const rnd = random(seed + n);
  const articles = floresArticles(flores);
  const story: Story = { articles: [], alterations: [] };
  for (let a = 0; a < n; a += 1) {
    const language = LANGUAGES[Math.floor(rnd() * LANGUAGES.length)]!;
    const first = Math.floor(rnd() * (articles.length - WINDOW));
    const lines = articles.slice(first, first + WINDOW).flat().filter(() => rnd() < KEEP);
    for (let d = 0; d < DISTRACTORS; d += 1) {
      const far = articles[(first + WINDOW + 10 + Math.floor(rnd() * (articles.length - 2 * WINDOW - 20))) % articles.length]!;
      lines.splice(Math.floor(rnd() * (lines.length + 1)), 0, far[Math.floor(rnd() * far.length)]!);
    }
    const name = `story-${String(a + 1).padStart(4, '0')}-${language}`;
    const sentences = lines.map((line) => flores.lines[language][line]!);
    if (rnd() < ALTERED_SHARE) {
      const order = sentences.map((_, i) => i).sort(() => rnd() - 0.5);
      for (const i of order) {
        const altered = alterFigure(sentences[i]!, rnd);
        if (!altered) continue;
        sentences[i] = altered.text;
        story.alterations.push({ article: name, line: lines[i]!, from: altered.from, to: altered.to });
        break;
      }
    }
    // Paragraphs of three sentences, as a news page would have.
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
    story.articles.push({ name, language, text: `${paragraphs.join('\n\n')}\n` });
  }
  return story;
}
