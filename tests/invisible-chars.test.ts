import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasInvisibles, removeInvisibles, visibleText } from '../src/facts/invisible.js';
import { parseNumeral } from '../src/facts/numerals.js';
import { factList, sentenceFacts, type Fact } from '../src/stages/facts.js';
import { tokenize } from '../src/stages/segment.js';
import { sentenceFeatures } from '../src/bridge/features.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import { run } from '../src/cli.js';
import type { LanguageCode, Report } from '../src/types.js';
import { captureIo } from './helpers.js';

/** Characters a reader does not see: zero-width space, joiners, word joiner, BOM, soft hyphen, and kin. */
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u2061', '\u2062', '\u2063', '\u2064', '\u200e', '\u202a', '\u{e0041}'];
const VISIBLE = [...'ab Zé0159 .,:$€%«»\u00a0\u202f', '😀', '\u0600'];

describe('the visible view of a text and its offset map', () => {
  it('leaves a text without invisible characters as it is, offsets unchanged', () => {
    const view = visibleText('The company paid $150 million.');
    expect(view.changed).toBe(false);
    expect(view.text).toBe('The company paid $150 million.');
    expect(view.spanToOriginal(17, 29)).toEqual([17, 29]);
  });

  it('removes every kind of invisible format character, and only those', () => {
    for (const ch of INVISIBLES) {
      expect(hasInvisibles(`1${ch}50`), JSON.stringify(ch)).toBe(true);
      expect(visibleText(`1${ch}50`).text).toBe('150');
    }
    // Letters, digits, spaces that group digits, an emoji, and the visible Arabic number sign stay.
    for (const ch of VISIBLE) expect(hasInvisibles(ch), JSON.stringify(ch)).toBe(false);
  });

  it('maps a span of the visible text to the original, invisible characters inside kept, those at its edges not', () => {
    const original = 'paid \u200b$1\u200b50\u2060 million\ufeff.';
    const view = visibleText(original);
    expect(view.text).toBe('paid $150 million.');
    const figure = view.text.indexOf('$150 million');
    const [start, end] = view.spanToOriginal(figure, figure + '$150 million'.length);
    expect(original.slice(start, end)).toBe('$1\u200b50\u2060 million');
    // An empty span sits before the next visible character.
    expect(view.spanToOriginal(5, 5)).toEqual([6, 6]);
    expect(view.toOriginal(view.text.length)).toBe(original.length);
  });

  it('removes a tag character written as two code units whole, leaving no half of it', () => {
    const view = visibleText('Meta\u{e0041}\u{e0042} paid');
    expect(view.text).toBe('Meta paid');
    const [start, end] = view.spanToOriginal(0, 4);
    expect([start, end]).toEqual([0, 4]);
    expect(view.spanToOriginal(5, 9)).toEqual([9, 13]);
  });

  it('maps any span back to original text that reads the same once invisible characters are removed', () => {
    const piece = fc.oneof(fc.constantFrom(...VISIBLE), fc.constantFrom(...INVISIBLES));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const original = pieces.join('');
        const view = visibleText(original);
        expect(view.text).toBe(pieces.filter((p) => !INVISIBLES.includes(p)).join(''));
        // Spans on code-point boundaries of the visible text, as the extractors' matches are.
        const boundaries = [0];
        for (const ch of view.text) boundaries.push(boundaries[boundaries.length - 1]! + ch.length);
        const [a, b] = [boundaries[x % boundaries.length]!, boundaries[y % boundaries.length]!].sort((p, q) => p - q) as [number, number];
        const [start, end] = view.spanToOriginal(a, b);
        expect(start).toBeLessThanOrEqual(end);
        expect(removeInvisibles(original.slice(start, end))).toBe(view.text.slice(a, b));
        // A span neither starts nor ends on an invisible character.
        const characters = [...original.slice(start, end)];
        if (characters.length > 0) expect(hasInvisibles(characters[0]!) || hasInvisibles(characters[characters.length - 1]!)).toBe(false);
      }),
    );
  });
});

/** The facts of `text` as the pipeline extracts them, in a source that has a sentence before it. */
function factsOf(text: string, language: LanguageCode): { source: string; facts: Fact[] } {
  const source = `Intro. ${text}`;
  const span = { start: 'Intro. '.length, end: source.length };
  const tokens = tokenize(source, span, LANGUAGE_PACKS[language]);
  return { source, facts: factList(sentenceFacts(source, { ...span, tokens }, language)) };
}

/** A fact without where it stands: what it says. */
const meaning = ({ start, end, text, ...rest }: Fact) => (void start, void end, void text, rest);

describe('facts across invisible characters', () => {
  it.each<[LanguageCode, string, string, Record<string, unknown>]>([
    ['en', 'The company paid $1\u200b50 million to settle the case.', '$1\u200b50 million', { kind: 'quantity', value: 150_000_000, category: 'money', unit: 'USD' }],
    ['en', 'Floods damaged 1\u2060500km of roads.', '1\u2060500km', { kind: 'quantity', value: 1500, category: 'distance', unit: 'km' }],
    ['en', 'Officials said 12\u2060500 people were evacuated.', '12\u2060500 people', { kind: 'quantity', value: 12_500, category: 'people' }],
    ['it', 'Una scossa di magnitudo 7\u00ad,8 ha colpito la regione.', 'di magnitudo 7\u00ad,8', { kind: 'quantity', value: 7.8, category: 'magnitude' }],
    ['it', 'Sono stati evacuati 17\ufeffmila abitanti.', '17\ufeffmila abitanti', { kind: 'quantity', value: 17_000, category: 'people' }],
    ['fr', 'Le texte a été adopté le 12\u200b mai 2023 par les députés.', '12\u200b mai 2023', { kind: 'date', day: 12, month: 5, year: 2023 }],
    ['en', 'The quake struck at 7:\u200b42 on Monday.', '7:\u200b42', { kind: 'time', hour: 7, minute: 42 }],
    ['en', 'A lawyer for Mark Zucker\u00adberg declined to comment.', 'Mark Zucker\u00adberg', { kind: 'name', key: 'mark zuckerberg' }],
    ['en', 'A lawyer for Mark Zucker\u200bberg declined to comment.', 'Mark Zucker\u200bberg', { kind: 'name', key: 'mark zuckerberg' }],
  ])('%s: %j reads as its visible text', (language, text, written, expected) => {
    const { source, facts } = factsOf(text, language);
    const fact = facts.find((f) => f.text === written);
    expect(fact, JSON.stringify(facts)).toMatchObject(expected);
    // Offsets into the original source, which still holds the invisible character.
    expect(source.slice(fact!.start, fact!.end)).toBe(written);
    // The same facts, every one, as the text without its invisible characters gives.
    const clean = factsOf(removeInvisibles(text), language);
    expect(facts.map(meaning)).toEqual(clean.facts.map(meaning));
    expect(facts.map((f) => removeInvisibles(f.text))).toEqual(clean.facts.map((f) => f.text));
  });

  it('reads a numeral with an invisible character between its digits', () => {
    expect(parseNumeral('1\u2060500', 'en')).toBe(1500);
    expect(parseNumeral('7\u00ad,8', 'it')).toBe(7.8);
  });

  it('knows a name split by a soft hyphen as the name written whole elsewhere in the story', async () => {
    const { runPipeline } = await import('../src/pipeline.js');
    const content = 'The settlement was approved by Zuckerberg on Monday.\n\nZucker\u00adberg said nothing more.';
    const context = await runPipeline([{ path: 'z.txt', content }], { languages: ['en'], bridge: 'lexical', cacheDir: false });
    const names = context.corpus.facts.flatMap((f) => f.names);
    const split = names.find((n) => n.text === 'Zucker\u00adberg');
    expect(split, JSON.stringify(names)).toMatchObject({ key: 'zuckerberg' });
    expect(content.slice(split!.start, split!.end)).toBe('Zucker\u00adberg');
  });
});

describe('words and features across invisible characters', () => {
  it('keeps a word split by a zero-width space as one token, its text the original', () => {
    const source = 'Mark Zucker\u200bberg paid $1\u200b50 million.';
    const tokens = tokenize(source, { start: 0, end: source.length }, LANGUAGE_PACKS.en);
    expect(tokens.filter((t) => t.isWord).map((t) => t.text)).toEqual(['Mark', 'Zucker\u200bberg', 'paid', '1\u200b50', 'million']);
    for (const t of tokens) expect(source.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives a sentence with invisible characters the features of its visible text', () => {
    const features = (text: string) => sentenceFeatures({ text, tokens: tokenize(text, { start: 0, end: text.length }, LANGUAGE_PACKS.en), language: 'en' });
    const clean = features('Regulators say Zuckerberg’s company paid $150 million.');
    expect(features('Regulators say Zucker\u200bberg’s company paid $1\u200b50 million.')).toEqual(clean);
    expect(features('Regulators say Zucker\u00adberg’s company paid $1\u206050 million.')).toEqual(clean);
  });
});

describe('comparing articles through the command line', () => {
  let work: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-invisible-'));
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  const article = (headline: string, figure: string, name: string) =>
    [
      headline,
      '',
      `The company paid ${figure} to settle a class action over the tracking of its users, a court filing showed on Tuesday.`,
      '',
      `${name} did not comment on the settlement. The plaintiffs said the deal would cover 87 million users across the United States.`,
      '',
    ].join('\n');

  async function compare(name: string, a: string, b: string) {
    const dir = path.join(work, name);
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'a.txt'), a);
    await fs.writeFile(path.join(dir, 'b.txt'), b);
    const io = captureIo();
    const code = await run(['compare', dir, '-f', 'json', '-b', 'lexical', '--no-cache'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    return JSON.parse(io.out()) as Report;
  }

  it('finds no divergent figure where one article writes "$150 million" with a zero-width space inside', async () => {
    const report = await compare(
      'same',
      article('Meta settles privacy lawsuit', '$150 million', 'Mark Zuckerberg'),
      article('Meta agrees to privacy settlement', '$1\u200b50 million', 'Mark Zucker\u00adberg'),
    );
    // The two claims are aligned, and the figure is read whole: the absence of a finding means agreement.
    expect(report.alignments.map((x) => x.sentences)).toContainEqual(['a:1', 'b:1']);
    const figure = report.sentences.find((x) => x.id === 'b:1')!.facts.find((f) => f.kind === 'quantity');
    expect(figure).toMatchObject({ text: '$1\u200b50 million', value: 150_000_000, unit: 'USD' });
    expect(report.discrepancies.filter((f) => f.rule === 'divergent-figure')).toEqual([]);
    expect(report.discrepancies.filter((f) => f.rule === 'name-mismatch')).toEqual([]);
  });

  it('still finds a real difference, with evidence offsets that slice the original text', async () => {
    const a = article('Meta settles privacy lawsuit', '$160 million', 'Mark Zuckerberg');
    const b = article('Meta agrees to privacy settlement', '$1\u200b50 million', 'Mark Zuckerberg');
    const figures = (await compare('different', a, b)).discrepancies.filter((f) => f.rule === 'divergent-figure');
    expect(figures).toHaveLength(1);
    const evidence = figures[0]!.evidence;
    expect(evidence.map((e) => e.text).sort()).toEqual(['$160 million', '$1\u200b50 million']);
    for (const e of evidence) expect((e.sentence.startsWith('a:') ? a : b).slice(e.start, e.end)).toBe(e.text);
  });
});
