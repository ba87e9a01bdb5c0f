import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { run } from '../src/cli.js';
import { runPipeline } from '../src/pipeline.js';
import { claimMatch } from '../src/rules/common.js';
import { englishTaggerDir, parseTaggedLine, tagEnglish } from '../src/bridge/tagger.js';
import { verbBase, verbsShareSense } from '../src/bridge/wordnet.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import type { ClaimFrame, CompareOptions } from '../src/types.js';
import { captureIo, storyWriter } from './helpers.js';

const storyOf = storyWriter('frames');

/** Each sentence's text and frame. */
async function framesOf(articles: Record<string, string>, bridge: CompareOptions['bridge'] = 'lexical'): Promise<Map<string, ClaimFrame>> {
  const context = await runPipeline([storyOf(articles)], { bridge, cacheDir: false });
  return new Map(context.corpus.sentences.map((s, i) => [s.text, context.corpus.frames![i]!]));
}

describe('English verbs through WordNet', () => {
  it('detaches inflections and reads irregular forms from the English pack', () => {
    expect(verbBase('opened')).toBe('open');
    expect(verbBase('stopped')).toBe('stop');
    expect(verbBase('carries')).toBe('carry');
    expect(verbBase('went', LANGUAGE_PACKS.en.frames.irregularVerbs)).toBe('go');
    expect(verbBase('quickly')).toBeUndefined();
  });

  it('tells verbs that share a sense from verbs that do not', () => {
    expect(verbsShareSense('begin', 'start')).toBe(true);
    expect(verbsShareSense('imagine', 'know')).toBe(false);
  });
});

describe("Apertium's stream format", () => {
  it('reads lemmas and tags, joined words and unknown words', () => {
    expect(parseTaggedLine('^open<vblex><pp>$ ^a<pr>+il<det><def>$ ^*Zuckerberg$^.<sent>$')).toEqual([
      { lemma: 'open', tags: ['vblex', 'pp'] },
      { lemma: 'a', tags: ['pr'] },
      { lemma: 'il', tags: ['det', 'def'] },
      { lemma: 'zuckerberg', tags: ['unknown'] },
      { lemma: '.', tags: ['sent'] },
    ]);
  });

  it.skipIf(!englishTaggerDir())('tags one line per sentence with the installed English tagger', () => {
    const tagged = tagEnglish(['Prosecutors have opened an investigation.', 'It did not respond.'])!;
    expect(tagged).toHaveLength(2);
    expect(tagged[0]!.find((w) => w.lemma === 'open')?.tags[0]).toBe('vblex');
  });
});

describe('claim frames', () => {
  const articles = {
    'a-en.txt':
      'Minister questioned\n\nDid the minister know about the contracts?\n\nA plea bargain is an agreement in which the accused admits a charge.\n\nThe company transferred the data of 3 million clients, the regulator said.\n\nWe have lost a rocket, not a programme.\n\nThe company did not warn the residents.\n',
    'b-fr.txt': 'Ministre\n\nUne API est un logiciel qui permet à deux programmes de communiquer.\n\nLe ministre savait-il ?\n',
  };

  for (const bridge of ['lexical', 'auto'] as const) {
    it(`reads sentence types, predicates and the scope of negation (${bridge})`, async () => {
      const frames = await framesOf(articles, bridge);
      expect(frames.get('Did the minister know about the contracts?')?.type).toBe('question');
      expect(frames.get('Le ministre savait-il ?')?.type).toBe('question');
      expect(frames.get('A plea bargain is an agreement in which the accused admits a charge.')?.type).toBe('definition');
      expect(frames.get('Une API est un logiciel qui permet à deux programmes de communiquer.')?.type).toBe('definition');
      const transfer = frames.get('The company transferred the data of 3 million clients, the regulator said.')!;
      expect(transfer.type).toBe('assertion');
      // "said" reports the claim; it is not its predicate.
      expect(transfer.predicates).toEqual(['transfer']);
      expect(transfer.attributed).toBe('here');
      expect(frames.get('We have lost a rocket, not a programme.')?.negated).toBe(false);
      expect(frames.get('The company did not warn the residents.')?.negated).toBe(true);
    });
  }

  it('carries an attribution from the sentence before in the same paragraph', async () => {
    const frames = await framesOf({ 'a-en.txt': 'Suit\n\nAccording to the complaint, the firm sold the data. It then bought a rival.\n\nThe rival closed.\n' });
    expect(frames.get('It then bought a rival.')?.attributed).toBe('carried');
    expect(frames.get('The rival closed.')?.attributed).toBeNull();
  });
});

describe('the same claim, and only it, is compared', () => {
  it('two quotations of one speaker are one claim when they share words, two when they do not', async () => {
    const dir = storyOf({
      'a-en.txt': 'Verdict\n\n"We will appeal this unjust ruling," said the lawyer Anna Brel.\n',
      'b-en.txt': 'Verdict\n\n"We may appeal this unjust ruling," said the lawyer Anna Brel.\n',
      'c-en.txt': 'Verdict\n\n"The court ignored every witness," said the lawyer Anna Brel.\n',
    });
    const context = await runPipeline([dir], { bridge: 'lexical', cacheDir: false, minConfidence: 0 });
    const index = (doc: string) => context.corpus.sentences.findIndex((s) => s.document === doc && s.text.startsWith('"'));
    const [a, b, c] = [index('a-en'), index('b-en'), index('c-en')];
    expect(claimMatch(context.corpus, a, b)).toBeDefined();
    expect(claimMatch(context.corpus, a, c)).toBeUndefined();
    const quotes = context.report!.discrepancies.filter((d) => d.rule === 'altered-quote');
    expect(quotes.map((d) => d.sentences.map((s) => s.split(':')[0]).sort())).toEqual([['a-en', 'b-en']]);
  });

  it('sets no quote of one speaker against another’s, a speaker carried from the sentence before or after; a named person may be the spokesperson', async () => {
    const dir = storyOf({
      'a-en.txt': 'Bridge\n\n"People were screaming in the water," said Ivo Sarren, a survivor. "We still do not know why the bridge failed."\n',
      'b-en.txt': 'Bridge\n\n"We still do not know why the bridge failed. Our engineers are on site," Petra Holm told reporters.\n',
      'c-en.txt': 'Bridge\n\n"We will never know why the bridge failed," Holm said.\n',
    });
    const context = await runPipeline([dir], { bridge: 'lexical', cacheDir: false, minConfidence: 0 });
    const quotes = context.report!.discrepancies.filter((d) => d.rule === 'altered-quote');
    // Sarren's words are not Holm's misquoted.
    expect(quotes.filter((d) => d.sentences.some((s) => s.startsWith('a-en')))).toEqual([]);
    const { differentParties } = await import('../src/rules/sources.js');
    expect(differentParties({ names: new Set(['holm']), roles: new Set() }, { names: new Set(['petra holm']), roles: new Set() })).toBe(false);
    expect(differentParties({ names: new Set(['andy stone']), roles: new Set() }, { names: new Set(['meta']), roles: new Set(['spokesperson']) })).toBe(false);
    // …but a role followed by its own name is that person speaking: "sports director Dario Menkes" is not Voricz.
    const { partyOf } = await import('../src/rules/sources.js');
    const menkes = await runPipeline([storyOf({ 'a-en.txt': 'Race\n\n"Nobody can build a race around that," sports director Dario Menkes said.\n' })], { bridge: 'lexical', cacheDir: false });
    const party = partyOf('sports director Dario Menkes', menkes.corpus, 0);
    expect(party.titled).toBe(true);
    expect(differentParties({ names: new Set(['voricz']), roles: new Set() }, party)).toBe(true);
  });

  it('a question is never set against an assertion as its negation', async () => {
    const report = await compare(
      [
        storyOf({
          'a-en.txt': 'Plant\n\nDid the company not warn the residents before the fire?\n',
          'b-en.txt': 'Plant\n\nThe company warned the residents before the fire.\n',
          'c-en.txt': 'Plant\n\nThe company did not warn the residents before the fire.\n',
        }),
      ],
      { bridge: 'lexical', cacheDir: false, minConfidence: 0 },
    );
    const flips = report.discrepancies.filter((d) => d.rule === 'polarity-flip');
    expect(flips.map((d) => d.sentences.map((s) => s.split(':')[0]).sort())).toEqual([['b-en', 'c-en']]);
  });

  it('sets no negation against a claim restated through what alone holds', async () => {
    const report = await compare(
      [
        storyOf({
          'a-en.txt': 'Plant\n\nOnly the second reactor stopped at the plant overnight; the first kept running at full power.\n',
          'b-en.txt': 'Plant\n\nThe first reactor never stopped at the plant overnight and kept running at full power.\n',
        }),
      ],
      { bridge: 'lexical', cacheDir: false, minConfidence: 0 },
    );
    expect(report.discrepancies.filter((d) => d.rule === 'polarity-flip')).toEqual([]);
  });
});

describe('confidence', () => {
  const dir = storyOf({
    'a-en.txt': 'Plant\n\nThe company warned the residents before the fire.\n',
    'b-en.txt': 'Plant\n\nThe company did not warn the residents before the fire.\n',
  });

  it('every finding carries a confidence from 0 to 1 and its reasons', async () => {
    const report = await compare([dir], { bridge: 'lexical', cacheDir: false, minConfidence: 0 });
    expect(report.discrepancies.length).toBeGreaterThan(0);
    for (const d of report.discrepancies) {
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
      expect(d.reasons[0]).toContain(`${d.rule}/`);
    }
    expect(report.leftOut).toEqual({ minConfidence: 0, findings: 0 });
  });

  it('reads its class from the rule, its severity or variant and how close the two sentences are', async () => {
    const close = await compare([dir], { bridge: 'lexical', cacheDir: false, minConfidence: 0 });
    expect(close.discrepancies.find((d) => d.rule === 'polarity-flip')?.confidenceClass).toBe('polarity-flip/high/close');
    const loose = await compare(
      [
        storyOf({
          'a-en.txt': 'Plant\n\nThe company warned the residents before the fire, which destroyed two warehouses, a canteen and the offices of the union near the harbour.\n',
          'b-en.txt': 'Plant\n\nThe company did not warn the residents before the fire.\n',
        }),
      ],
      { bridge: 'lexical', cacheDir: false, minConfidence: 0 },
    );
    expect(loose.discrepancies.find((d) => d.rule === 'polarity-flip')?.confidenceClass).toBe('polarity-flip/high/loose');
    for (const d of [...close.discrepancies, ...loose.discrepancies]) expect(d.reasons.some((r) => r.startsWith('their words meet both ways'))).toBe(true);
  });

  it('leaves out the findings under the threshold and counts them', async () => {
    const all = await compare([dir], { bridge: 'lexical', cacheDir: false, minConfidence: 0 });
    const none = await compare([dir], { bridge: 'lexical', cacheDir: false, minConfidence: 1 });
    expect(none.discrepancies).toEqual([]);
    expect(none.leftOut).toEqual({ minConfidence: 1, findings: all.discrepancies.length });
  });

  it('the command line takes --min-confidence from 0 to 1, says what it left out, and refuses anything else', async () => {
    const shown = captureIo();
    expect(await run(['compare', dir, '-b', 'lexical', '--no-cache', '--min-confidence', '1', '--no-color'], shown)).toBe(0);
    expect(shown.out()).toMatch(/\d+ findings? below confidence 1 left out/);
    for (const bad of ['1.5', '-0.1', 'high']) {
      expect(await run(['compare', dir, '-b', 'lexical', '--no-cache', '--min-confidence', bad], captureIo())).toBe(2);
    }
  });
});
