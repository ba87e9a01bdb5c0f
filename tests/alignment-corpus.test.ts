import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { apertiumStatus } from '../src/bridge/apertium.js';
import type { Report } from '../src/types.js';
import { CORPUS, ROOT } from './helpers.js';

const HAS_APERTIUM = apertiumStatus().languages.length === 2;

/** Short ids: "001:16" for "001_0f2e79a83c14df18:16". */
function short(id: string): string {
  return `${id.slice(0, 3)}${id.slice(id.indexOf(':'))}`;
}

function groupOf(report: Report, id: string): string[] {
  const group = report.alignments.find((a) => a.sentences.some((s) => short(s) === id));
  return group ? group.sentences.map(short) : [];
}

const bridges = [
  { bridge: 'lexical' as const, run: true },
  { bridge: 'apertium' as const, run: HAS_APERTIUM },
];

describe.each(bridges)('claim alignment on the corpus, $bridge bridge', ({ bridge, run }) => {
  let report: Report;
  it.runIf(run)('runs', async () => {
    report = await compare([CORPUS], { cwd: ROOT, bridge, cacheDir: false });
    expect(report.bridge.fr).toBe(bridge);
  });

  it.runIf(run)('groups the Meta denial across all four articles that carry it', () => {
    expect(groupOf(report, '004:15')).toEqual(expect.arrayContaining(['001:16', '003:22', '004:15']));
    if (bridge === 'apertium') expect(groupOf(report, '004:15')).toContain('002:13');
  });

  it.runIf(run)('groups the Titan API sentence of 000 with that of 003, and nothing about the Inbox API', () => {
    const group = groupOf(report, '000:8');
    expect(group).toEqual(expect.arrayContaining(['000:8', '003:16']));
    expect(group).not.toContain('004:10');
  });

  it.runIf(run)('groups "toutes les deux semaines" with "every two weeks" and "fortnightly reports"', () => {
    expect(groupOf(report, '000:7')).toEqual(expect.arrayContaining(['000:7', '003:15', '004:12']));
  });

  it.runIf(run)('keeps the denial apart from the allegation', () => {
    const denial = groupOf(report, '004:15');
    for (const allegation of ['004:0', '003:1', '000:0', '002:3']) expect(denial).not.toContain(allegation);
  });

  it.runIf(run)('reports no copies among five independent articles, and at most one sentence per article a group', () => {
    expect(report.copies).toEqual([]);
    for (const a of report.alignments) {
      const docs = a.sentences.map((s) => s.slice(0, s.indexOf(':')));
      expect(new Set(docs).size).toBe(docs.length);
    }
  });
});

describe('syndicated copies through the pipeline', () => {
  it('reports a copy once and drops the trivial alignments between its identical sentences', async () => {
    const wire = [
      'Heavy rain flooded the valley on Sunday, forcing 3,000 residents from their homes.',
      'The river rose by four metres in twelve hours, the highest level since 1994.',
      'Rescue boats reached the last stranded families before dawn on Monday.',
      'Schools across the region will stay closed until Wednesday, officials said.',
    ];
    const report = await compare(
      [
        { path: 'outlet-a.txt', content: wire.join('\n') },
        { path: 'outlet-b.txt', content: [...wire.slice(0, 3), 'Schools across the region will stay closed until Friday, officials said.'].join('\n') },
      ],
      { bridge: 'lexical', cacheDir: false },
    );
    expect(report.copies).toEqual([{ documents: ['outlet-a', 'outlet-b'], sharedSentences: 3, ratio: 0.75 }]);
    // The only alignment left is the sentence that differs.
    expect(report.alignments.map((a) => a.sentences)).toEqual([['outlet-a:3', 'outlet-b:3']]);
  });
});

describe.each(bridges)('discrepancies on the corpus, $bridge bridge', ({ bridge, run }) => {
  let report: Report;
  it.runIf(run)('runs', async () => {
    report = await compare([CORPUS], { cwd: ROOT, bridge, cacheDir: false });
  });

  it.runIf(run)('reports the flagship misquote as high severity: “the first in the industry” against “commonplace”', () => {
    const flagship = report.discrepancies.filter(
      (d) => d.rule === 'altered-quote' && d.severity === 'high' && d.sentences.map(short).includes('003:24') && d.sentences.map(short).some((s) => ['004:17', '001:18'].includes(s)),
    );
    expect(flagship.length).toBeGreaterThanOrEqual(1);
    const withEnglish = flagship.find((d) => d.sentences.map(short).includes('004:17'));
    expect(withEnglish?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['first', 'commonplace']));
  });

  it.runIf(run && bridge === 'apertium')('reports the flagship across languages too: “monnaie courante” sides with “commonplace”', () => {
    const french = report.discrepancies.find((d) => d.rule === 'altered-quote' && d.severity === 'high' && d.sentences.map(short).includes('003:24') && d.sentences.map(short).includes('001:18'));
    expect(french?.message).toMatch(/001_\w+ quotes it as 004_\w+ does/);
  });

  it.runIf(run)('reports none of the equivalent figures as divergent', () => {
    const figures = report.discrepancies.filter((d) => d.rule === 'divergent-figure');
    for (const d of figures) {
      const texts = d.evidence.map((e) => e.text).join(' | ');
      expect(texts).not.toMatch(/deux semaines|quinze jours|fortnight|two weeks|150/);
      // A decade is only ever set against "more than a decade", never against another way of saying it.
      if (/dix ans|decade|decennio|10 anni|décennie/.test(texts)) expect(texts).toMatch(/plus d'une décennie/);
    }
  });

  it.runIf(run)('finds the duration conflict: "plus d\'une décennie" against "nearly a decade" and its translations', () => {
    const found = report.discrepancies.filter((d) => d.rule === 'divergent-figure' && d.evidence.some((e) => e.text === "plus d'une décennie"));
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining([expect.stringMatching(/près de dix ans|nearly a decade|quasi 10 anni|quasi un decennio/)]));
  });

  it.runIf(run)('spots the misspelt "Mehta"', () => {
    expect(report.discrepancies.some((d) => d.rule === 'name-mismatch' && d.evidence.some((e) => e.text === 'Mehta'))).toBe(true);
  });

  it.runIf(run)('fills the coverage matrix: one row per aligned claim, one column per article', () => {
    expect(report.coverage.documents).toHaveLength(5);
    expect(report.coverage.claims).toHaveLength(report.alignments.length);
    for (const row of report.coverage.claims) expect(row.sentences.filter((s) => s !== null).length).toBeGreaterThanOrEqual(2);
  });
});
