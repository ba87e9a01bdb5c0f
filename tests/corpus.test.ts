import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import type { DocumentNode, Report } from '../src/types.js';
import { CORPUS, ROOT } from './helpers.js';

let report: Report;
let documents: DocumentNode[];

beforeAll(async () => {
  ({ report, documents } = await analyse([CORPUS], { cwd: ROOT }));
});

describe('the bundled corpus', () => {
  it('is the five shared articles, unchanged', async () => {
    const shared = path.join(ROOT, '..', 'shared', 'corpus');
    const names = (await fs.readdir(CORPUS)).sort();
    expect(names).toHaveLength(5);
    const available = await fs.stat(shared).then(() => true, () => false);
    if (!available) return; // ../shared is beside every checkout CI builds; a lone clone still runs the rest.
    for (const name of names) {
      expect(await fs.readFile(path.join(CORPUS, name), 'utf8')).toBe(await fs.readFile(path.join(shared, name), 'utf8'));
    }
  });

  it('detects fr, fr, it, en, en', () => {
    expect(report.documents.map((d) => d.language)).toEqual(['fr', 'fr', 'it', 'en', 'en']);
    for (const d of report.documents) expect(d.languageConfidence).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every sentence a supported language', () => {
    for (const s of report.sentences) expect(['fr', 'it', 'en']).toContain(s.language);
    // Every sentence of the English articles, the name-laden headline included, is English.
    expect(report.sentences.filter((s) => s.document.startsWith('003_') || s.document.startsWith('004_')).every((s) => s.language === 'en')).toBe(true);
  });

  it('takes the first non-boilerplate line as the title', () => {
    expect(report.documents.map((d) => d.title?.slice(0, 40))).toEqual([
      'Selon des documents judiciaires explosif',
      "Facebook aurait partagé des messages d'u",
      'Facebook avrebbe venduto le chat degli u',
      'Explosives court docs claims Facebook le',
      'FACEBOOK’s parent company Meta has alleg',
    ]);
  });

  it('never splits inside U.S., Inc., e.g. or Klein v. Meta', () => {
    const texts = report.sentences.map((s) => s.text);
    for (const abbreviation of ['U.S.', 'Inc.', 'e.g.', 'v.']) {
      expect(texts.filter((t) => t.endsWith(` ${abbreviation}`) || t.endsWith(`(${abbreviation}`))).toEqual([]);
    }
    expect(texts.some((t) => t.includes('brought by U.S. citizens Maximilian Klein'))).toBe(true);
    expect(texts.some((t) => t.includes('Meta Inc. allegedly allowed Netflix'))).toBe(true);
    expect(texts.some((t) => t.includes('(e.g. Facebook and non-Facebook recommended receipts)'))).toBe(true);
    expect(texts).toContain('Klein v. Meta Platforms filings');
  });

  it('keeps every listed kind of page furniture out of the sentences', () => {
    const texts = report.sentences.map((s) => s.text);
    for (const furniture of ['Menu Menu', 'SELECT LANGUAGE BELOW', '© Shutterstock', 'Getty Images', 'Click here to read more', 'Related News', 'Accessibilité', '[/caption]', '}]]', 'Redazione']) {
      expect(texts.filter((t) => t.includes(furniture))).toEqual([]);
    }
    for (const share of ['Facebook', 'Twitter', 'LinkedIn', 'Reddit', 'Telegram', 'WhatsApp', 'Social', 'logo']) {
      expect(texts).not.toContain(share);
    }
  });

  it('keeps closing quotes with the sentence they close', () => {
    const texts = report.sentences.map((s) => s.text);
    expect(texts.filter((t) => /^[»”]/.test(t))).toEqual([]);
    expect(texts).toContain('“Such agreements are commonplace in the industry.');
    expect(texts).toContain('We are confident the facts will show this complaint is meritless.”');
  });

  it('holds the offset invariant for every paragraph, sentence, token and boilerplate span', async () => {
    for (const doc of documents) {
      // Plain-text files: the source is the file itself.
      expect(doc.source).toBe(await fs.readFile(path.join(ROOT, doc.path), 'utf8'));
      for (const p of doc.paragraphs) expect(doc.source.slice(p.start, p.end)).toBe(p.text);
      for (const s of doc.sentences) {
        expect(doc.source.slice(s.start, s.end)).toBe(s.text);
        for (const t of s.tokens) expect(doc.source.slice(t.start, t.end)).toBe(t.text);
      }
      for (const b of doc.boilerplate) expect(doc.source.slice(b.start, b.end)).toBe(b.text);
    }
    for (const s of report.sentences) {
      const doc = documents.find((d) => d.id === s.document)!;
      expect(doc.source.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('numbers sentences and paragraphs in order, without overlap', () => {
    for (const doc of documents) {
      let last = -1;
      doc.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(s.id).toBe(`${doc.id}:${i}`);
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
        expect(doc.paragraphs[s.paragraph]!.sentences).toContain(i);
      });
    }
  });
});
