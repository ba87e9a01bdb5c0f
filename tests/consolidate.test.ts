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
    expect([...finding!.sentences].sort()).toEqual(['a-en:1', 'b-en:1', 'c-fr:1', 'd-it:1', 'e-en:1']);
    expect(finding!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['12', '21']));
    expect(finding!.message).toMatch(/3 other articles/);
  });
});
