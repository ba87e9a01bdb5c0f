import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, RULES } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const RULES_DIR = path.join(FIXTURES, 'rules');

interface Expected {
  fires: { severity: string; evidence: string[] };
}

describe('every rule has a fixture folder', () => {
  it('with articles where it fires and look-alikes where it must not', () => {
    expect(readdirSync(RULES_DIR).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe.each(RULES.map((r) => r.id))('%s', (rule) => {
  const expected = JSON.parse(readFileSync(path.join(RULES_DIR, rule, 'expected.json'), 'utf8')) as Expected;

  it('fires on its fixture, with the differing words as evidence', async () => {
    const report = await compare([path.join(RULES_DIR, rule, 'fires')], { bridge: 'lexical', cacheDir: false, rules: [rule] });
    const findings = report.discrepancies.filter((d) => d.rule === rule);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe(expected.fires.severity);
    expect(findings[0]!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(expected.fires.evidence));
    // Evidence points at the exact words.
    for (const e of findings[0]!.evidence) {
      const sentence = report.sentences.find((s) => s.id === e.sentence)!;
      expect(sentence.text.slice(e.start - sentence.start, e.end - sentence.start)).toBe(e.text);
    }
  });

  it('stays silent on the look-alike: the same facts said differently', async () => {
    const report = await compare([path.join(RULES_DIR, rule, 'silent')], { bridge: 'lexical', cacheDir: false, rules: [rule] });
    expect(report.discrepancies).toEqual([]);
  });
});
