import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { FIXTURES } from './helpers.js';

describe('findings on many articles', () => {
  it('reports an altered figure once, against every article that has it right, copies included', async () => {
    // a-en and b-en are one wire copy; c-fr and d-it translate it; e-en alters the toll.
    const report = await compare([path.join(FIXTURES, 'scale', 'outlier')], { bridge: 'lexical', cacheDir: false, rules: ['divergent-figure'] });
    expect(report.discrepancies).toHaveLength(1);
    const [finding] = report.discrepancies;
    // The outlier against one article that has it right; the message names them all (the fact sheet).
    expect(finding!.sentences).toContain('e-en:1');
    expect(finding!.sentences).toHaveLength(2);
    expect(finding!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['12', '21']));
    expect(finding!.message).toMatch(/12 \(a-en, b-en, c-fr, d-it\) · 21 \(e-en\)/);
    const row = report.factSheet.rows.find((r) => r.finding === finding!.id);
    expect(row?.slot.measure).toBe('deaths');
    expect(row?.values.map((v) => v.documents)).toEqual([['a-en', 'b-en', 'c-fr', 'd-it'], ['e-en']]);
  });
});
