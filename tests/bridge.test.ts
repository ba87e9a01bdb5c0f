import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apertiumStatus, protectNames, resetApertiumStatus, restoreNames, translateLines } from '../src/bridge/apertium.js';
import { bridgeSentences } from '../src/bridge/index.js';
import { loadDictionary } from '../src/bridge/dictionary.js';
import { TranslationCache } from '../src/bridge/cache.js';
import { tokenize } from '../src/stages/segment.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import { vectorize, dot, GROUP_WEIGHTS } from '../src/align/vectors.js';
import type { LanguageCode } from '../src/types.js';
import { FIXTURES } from './helpers.js';

const HAS_APERTIUM = apertiumStatus().languages.length === 2;

function item(text: string, language: LanguageCode) {
  return { text, language, tokens: tokenize(text, { start: 0, end: text.length }, LANGUAGE_PACKS[language]) };
}

/** A folder holding a stand-in `apertium` script. */
async function fakeApertium(name: string, body: string): Promise<string> {
  const bin = path.join(tmp, name);
  await fs.mkdir(bin, { recursive: true });
  await fs.writeFile(path.join(bin, 'apertium'), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return bin;
}

/** Runs `fn` with `dir` first on PATH (or as the whole PATH), Apertium looked up afresh. */
async function withPath(dir: string, fn: () => Promise<void>, only = false): Promise<void> {
  const saved = process.env.PATH;
  process.env.PATH = only ? dir : `${dir}${path.delimiter}${saved}`;
  resetApertiumStatus();
  try {
    await fn();
  } finally {
    process.env.PATH = saved;
    resetApertiumStatus();
  }
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-bridge-'));
});

describe('protecting names from translation', () => {
  it('replaces names and acronyms by placeholders and puts them back', () => {
    const names = new Set(['Meta', 'Netflix']);
    const p = protectNames("Meta ne partageait pas l'API de Netflix avec la FTC.", names);
    expect(p.text).not.toMatch(/Meta|Netflix|API|FTC/);
    expect(restoreNames(p.text, p.restore)).toBe("Meta ne partageait pas l'API de Netflix avec la FTC.");
    // Placeholders survive a change of case by the translator.
    expect(restoreNames(p.text.toUpperCase(), p.restore)).toBe("Meta NE PARTAGEAIT PAS L'API DE Netflix AVEC LA FTC.");
  });
});

describe('FreeDict dictionaries', () => {
  it('reads both directions of a dictd dictionary', () => {
    const dictionary = loadDictionary('fr', [path.join(FIXTURES, 'dictd')])!;
    expect(dictionary.get('partager')).toEqual(['divide', 'separate', 'share']);
    expect(dictionary.get('courant')).toEqual(['current', 'running', 'common', 'usual']);
    // From the English→French file, inverted.
    expect(dictionary.get('message')).toEqual(['message']);
    expect(dictionary.get('courriel')).toEqual(['message']);
  });

  it('is absent, not an error, when none is installed', () => {
    expect(loadDictionary('it', [path.join(tmp, 'nowhere')])).toBeUndefined();
  });
});

describe('the lexical bridge', () => {
  it('brings a French sentence closer to its English translation than to another English sentence', async () => {
    const items = [
      item('Meta ne partageait pas les messages privés des gens avec Netflix.', 'fr'),
      item('Meta did not share people’s private messages with Netflix.', 'en'),
      item('The lawsuit was filed in April 2023 in California.', 'en'),
    ];
    const result = await bridgeSentences(items, { bridge: 'lexical', dictionaryDirs: [path.join(FIXTURES, 'dictd')] });
    expect(result.backends).toEqual({ fr: 'lexical', en: 'pivot' });
    expect(result.translations).toEqual([undefined, undefined, undefined]);
    const space = vectorize(result.features, GROUP_WEIGHTS.lexical);
    expect(dot(space.vectors[0]!, space.vectors[1]!)).toBeGreaterThan(dot(space.vectors[0]!, space.vectors[2]!) + 0.1);
  });

  it('turns the language-neutral anchors it is given (durations from the facts stage) into shared features', async () => {
    const items = [item('Netflix envoyait un rapport toutes les deux semaines.', 'fr'), item('Netflix sent fortnightly reports.', 'en')];
    const result = await bridgeSentences(
      items.map((x, i) => ({ ...x, anchors: [['dur:14'], ['dur:14']][i] })),
      { bridge: 'lexical', dictionaryDirs: [] },
    );
    expect(result.features[0]!.get('n:dur:14')).toBe(1);
    expect(result.features[1]!.get('n:dur:14')).toBe(1);
  });
});

describe.skipIf(!HAS_APERTIUM)('the Apertium bridge (installed here)', () => {
  afterEach(() => resetApertiumStatus());

  it('translates French and Italian to English, one line per sentence', async () => {
    const french = await translateLines('fr', ['Le chat dort.', 'Il pleut beaucoup.']);
    expect(french).toHaveLength(2);
    expect(french[0]).toBe('The cat sleeps.');
    expect(french[1]).toMatch(/rain/i);
    const italian = await translateLines('it', ['Il gatto dorme.']);
    expect(italian).toHaveLength(1);
    expect(italian[0]).toMatch(/cat/i);
  });

  it('keeps names through the Spanish pivot and caches translations on disk', async () => {
    const cacheDir = path.join(tmp, 'cache');
    const items = [item('Selon Meta, Netflix ne lisait pas les messages.', 'fr'), item('Meta said Netflix did not read messages.', 'en')];
    const first = await bridgeSentences(items, { bridge: 'apertium', cacheDir });
    expect(first.backends.fr).toBe('apertium');
    expect(first.translations[0]).toMatch(/Meta/);
    expect(first.translations[0]).not.toMatch(/Dip/);
    expect(first.translated).toBe(1);
    const files = await fs.readdir(cacheDir);
    expect(files).toContain('apertium-fr-en.jsonl');
    const second = await bridgeSentences(items, { bridge: 'apertium', cacheDir });
    expect(second.translated).toBe(0);
    expect(second.translations).toEqual(first.translations);
  });

  it('falls back to the lexical bridge with one warning when Apertium crashes', async () => {
    await withPath(await fakeApertium('crashing', 'echo "segmentation fault" >&2\nexit 139'), async () => {
      const result = await bridgeSentences([item('Le chat dort.', 'fr')], { bridge: 'auto' });
      expect(result.backends.fr).toBe('lexical');
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/Apertium failed on fr .*exited with 139/);
    });
  });

  it('falls back when Apertium hangs past its time limit', async () => {
    await withPath(await fakeApertium('hanging', 'sleep 30'), async () => {
      const result = await bridgeSentences([item('Le chat dort.', 'fr')], { bridge: 'auto', timeoutMs: 500 });
      expect(result.backends.fr).toBe('lexical');
      expect(result.warnings[0]).toMatch(/timed out/);
    });
  });
});

describe('when Apertium is missing', () => {
  afterEach(() => resetApertiumStatus());

  it('auto uses the lexical bridge silently; apertium says why once', async () => {
    await withPath(path.join(tmp, 'empty'), async () => {
      const auto = await bridgeSentences([item('Le chat dort.', 'fr')], { bridge: 'auto' });
      expect(auto.backends.fr).toBe('lexical');
      expect(auto.warnings).toEqual([]);
      const asked = await bridgeSentences([item('Le chat dort.', 'fr'), item('Il gatto dorme.', 'it')], { bridge: 'apertium' });
      expect(asked.backends).toEqual({ fr: 'lexical', it: 'lexical' });
      expect(asked.warnings).toHaveLength(2);
      expect(asked.warnings[0]).toMatch(/Apertium cannot translate fr here \(missing: apertium/);
    }, true);
  });
});

describe('the translation cache', () => {
  it('survives a damaged line', async () => {
    const dir = path.join(tmp, 'damaged');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'test.jsonl'), '{"k":"a","t":"one"}\n{"k":"b","t":\n');
    const cache = new TranslationCache(dir, 'test');
    expect(cache.get('a')).toBe('one');
    expect(cache.get('b')).toBeUndefined();
  });
});
