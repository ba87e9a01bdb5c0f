import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, RULES } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { namesMatch, namesTranslateInPart, soundAlike } from '../src/rules/common.js';
import type { NameFact } from '../src/facts/names.js';
import type { LanguageCode } from '../src/types.js';

const RULES_DIR = path.join(FIXTURES, 'rules');

interface Expected {
  fires: { severity: string; evidence: string[] };
  /** More folders where the rule fires, for a rule that reports more than one kind of finding. */
  also?: Array<{ folder: string; severity: string; evidence: string[] }>;
  /** More look-alike folders where it must stay silent. */
  alsoSilent?: string[];
}

describe('every rule has a fixture folder', () => {
  it('with articles where it fires and look-alikes where it must not', () => {
    expect(readdirSync(RULES_DIR).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe.each(RULES.map((r) => r.id))('%s', (rule) => {
  const expected = JSON.parse(readFileSync(path.join(RULES_DIR, rule, 'expected.json'), 'utf8')) as Expected;

  it.each([{ folder: 'fires', ...expected.fires }, ...(expected.also ?? [])])('fires on its fixture ($folder), with the differing words as evidence', async ({ folder, severity, evidence }) => {
    const report = await compare([path.join(RULES_DIR, rule, folder)], { bridge: 'lexical', cacheDir: false, rules: [rule], minConfidence: 0 });
    const findings = report.discrepancies.filter((d) => d.rule === rule);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe(severity);
    expect(findings[0]!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(evidence));
    // Evidence points at the exact words.
    for (const e of findings[0]!.evidence) {
      const sentence = report.sentences.find((s) => s.id === e.sentence)!;
      expect(sentence.text.slice(e.start - sentence.start, e.end - sentence.start)).toBe(e.text);
    }
  });

  it.each(['silent', ...(expected.alsoSilent ?? [])])('stays silent on the look-alike ($0): the same facts said differently', async (folder) => {
    const report = await compare([path.join(RULES_DIR, rule, folder)], { bridge: 'lexical', cacheDir: false, rules: [rule], minConfidence: 0 });
    expect(report.discrepancies).toEqual([]);
  });
});

describe('names across languages', () => {
  const name = (text: string, type: NameFact['type'] = 'name'): NameFact => ({ kind: 'name', start: 0, end: text.length, text, key: text.toLowerCase(), type });
  it.each<[string, LanguageCode, string, LanguageCode, boolean]>([
    // Exonyms keep their sound.
    ['Zagabria', 'it', 'Zagreb', 'en', true],
    ['Siviglia', 'it', 'Sevilla', 'en', true],
    ['Efeso', 'it', 'Ephesus', 'en', true],
    ['Marsiglia', 'it', 'Marseille', 'fr', true],
    // Other places and people do not.
    ['Londres', 'fr', 'Xinhua', 'en', false],
    ['Vietnam', 'it', 'Allies', 'en', false],
    ['Obama', 'fr', 'Osama', 'en', false],
  ])('%s (%s) sounds like %s (%s): %s', (x, _lx, y, _ly, same) => {
    expect(soundAlike(name(x), name(y))).toBe(same);
  });

  it('takes a name spelt out for its acronym', () => {
    expect(namesMatch(name('Application Programming Interface'), name('Inbox API', 'acronym'))).toBe(true);
    expect(namesMatch(name('Application Programming Interface'), name('Inbox APP', 'acronym'))).toBe(false);
  });

  it('keeps two people who share a family name apart', () => {
    expect(soundAlike(name('Baba Kanjar'), name('Bhutha Kanjar'))).toBe(false);
  });

  it.each<[string, LanguageCode, string, LanguageCode, boolean]>([
    // Institutions with their everyday words translated, and places named by their adjective.
    ['Nouveau-Mexique', 'fr', 'New Mexico', 'en', true],
    ['Haut-Karabakh', 'fr', 'Nagorno Karabakh', 'it', true],
    ['Caire', 'fr', 'Museo Egizio del Cairo', 'it', true],
    ['Ungheria', 'it', 'Hungarian Grand Prix', 'en', true],
    // A shared everyday word does not make one company of two.
    ['Barrick Gold', 'it', 'Kubo Takefusa Gold', 'en', false],
    ['Barrick Gold', 'it', 'Canada Black', 'en', false],
  ])('%s (%s) is %s (%s) in part: %s', (x, lx, y, ly, same) => {
    const place = (t: string) => (['Ungheria'].includes(t) ? 'place' : 'name');
    expect(namesTranslateInPart(name(x, place(x)), name(y), lx, ly)).toBe(same);
  });
});

describe('omitted-claim and headlines', () => {
  it('does not report an article for leaving out the headline other articles share, but still for a body claim', async () => {
    const report = await compare(
      [
        { path: 'a-en.txt', content: 'Volcano erupts in Keldaria, thousands evacuated\n\nThe Sarkel volcano erupted on Saturday, forcing thousands of people from their homes. The main airport was closed for the day. The government promised an emergency fund.\n' },
        { path: 'b-fr.txt', content: "Le volcan entre en éruption en Keldarie, des milliers d'évacués\n\nLe volcan Sarkel est entré en éruption samedi, chassant des milliers de personnes de leurs maisons. Le principal aéroport a été fermé toute la journée. Le gouvernement a promis un fonds d'urgence.\n" },
        { path: 'c-it.txt', content: 'Cenere e paura sul Sarkel\n\nIl vulcano Sarkel è entrato in eruzione sabato, costringendo migliaia di persone a lasciare le loro case. Il governo ha promesso un fondo di emergenza.\n' },
      ],
      { bridge: 'lexical', cacheDir: false, minConfidence: 0 },
    );
    const omitted = report.discrepancies.filter((d) => d.rule === 'omitted-claim');
    const titles = new Set(report.sentences.filter((s) => s.kind === 'title').map((s) => s.id));
    expect(omitted.some((d) => d.sentences.every((s) => titles.has(s)))).toBe(false);
    expect(omitted.some((d) => d.message.includes('airport') || d.message.includes('aéroport'))).toBe(true);
  });
});

describe('altered-quote and two quotations', () => {
  it('does not set two quotations of one speaker that share no word against each other, and still reports one with words replaced', async () => {
    const run = (b: string) =>
      compare(
        [
          { path: 'a-en.txt', content: `Drought aid criticised\n\nFarmers in Montalve said on Monday that the aid offered by the province was not enough. "The aid will pay for the water we should have had for free," farmer Mira Tesslan said of the province's drought plan.\n` },
          { path: 'b-en.txt', content: `Drought plan criticised\n\nFarmers in Montalve said on Monday that the province's aid was not enough. ${b} farmer Mira Tesslan said of the province's drought plan.\n` },
        ],
        { bridge: 'lexical', cacheDir: false, minConfidence: 0 },
      );
    const quoted = async (b: string) => (await run(b)).discrepancies.filter((d) => d.rule === 'altered-quote').length;
    expect(await quoted('"It is a drop in the ocean,"')).toBe(0);
    expect(await quoted('"The aid will pay for the water we were promised in spring,"')).toBeGreaterThan(0);
  });
});

describe('figure findings say how many articles state each side', () => {
  it('one article against one: neither outnumbers the other', async () => {
    const report = await compare([path.join(RULES_DIR, 'divergent-figure', 'fires')], { bridge: 'lexical', cacheDir: false, rules: ['divergent-figure'], minConfidence: 0 });
    const [finding] = report.discrepancies;
    expect(finding!.reasons).toContain('each value is stated by one article: none outnumbers another');
  });
  it('three articles against one: the odd value is outnumbered', async () => {
    const report = await compare([path.join(FIXTURES, 'stories', 'earthquake')].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f))), { bridge: 'lexical', cacheDir: false, rules: ['divergent-figure'], minConfidence: 0 });
    const reasons = report.discrepancies.flatMap((d) => d.reasons ?? []);
    expect(reasons.some((r) => /^[3-9] articles state the value set against it, one this one$/.test(r))).toBe(true);
  });
});
