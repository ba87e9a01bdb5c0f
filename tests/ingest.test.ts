import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { decodeBytes, readInputs } from '../src/stages/ingest.js';
import { layoutDocument } from '../src/stages/layout.js';
import { LANGUAGE_PACKS, SUPPORTED_LANGUAGES } from '../src/lang/index.js';
import type { DocumentNode } from '../src/types.js';
import { FIXTURES } from './helpers.js';

const PACKS = SUPPORTED_LANGUAGES.map((c) => LANGUAGE_PACKS[c]);

function expectOffsets(doc: DocumentNode): void {
  for (const s of doc.sentences) {
    expect(doc.source.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) expect(doc.source.slice(t.start, t.end)).toBe(t.text);
  }
  for (const p of doc.paragraphs) expect(doc.source.slice(p.start, p.end)).toBe(p.text);
  for (const b of doc.boilerplate) expect(doc.source.slice(b.start, b.end)).toBe(b.text);
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-ingest-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('decoding', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: 'A' });
  });
  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: 'Cé' });
  });
  it('reads invalid UTF-8 as Windows-1252 and says so', () => {
    const result = decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(result).toMatchObject({ ok: true, text: 'café' });
    expect(result.ok && result.note).toMatch(/Windows-1252/);
  });
  it.each([
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['NUL bytes', [0x41, 0x00, 0x42]],
  ])('refuses binary content: %s', (name, bytes) => {
    const result = decodeBytes(new Uint8Array(bytes));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(name === 'NUL bytes' ? 'NUL' : name);
  });
});

describe('plain text', () => {
  it('reads UTF-8 with BOM and CRLF line ends, offsets into the text without the BOM', async () => {
    const { report, documents } = await analyse([path.join(FIXTURES, 'ingest', 'crlf-bom.txt')]);
    const doc = documents[0]!;
    expect(doc.language).toBe('it');
    expect(doc.source.startsWith('Terremoto')).toBe(true);
    expect(doc.title).toBe('Terremoto sulla costa, migliaia di sfollati');
    expectOffsets(doc);
    expect(doc.sentences.every((s) => !s.text.includes('\r'))).toBe(true);
    expect(doc.sentences.map((s) => s.text)).toContain('Le squadre di soccorso di tre Paesi sono arrivate martedì, ha detto il dott. Bianchi.');
    expect(report.documents[0]!.format).toBe('text');
  });

  it('keeps page furniture out of the sentences and records it with its kind', async () => {
    const { documents } = await analyse([path.join(FIXTURES, 'boilerplate', 'furniture-en.txt')]);
    const doc = documents[0]!;
    expectOffsets(doc);
    const kinds = Object.fromEntries(doc.boilerplate.map((b) => [b.text, b.kind]));
    expect(kinds).toMatchObject({
      'Menu Menu': 'menu',
      'SELECT LANGUAGE BELOW': 'menu',
      '(John Smith/AFP via Getty Images)': 'credit',
      '© Shutterstock': 'credit',
      'AlamyFloodwater covers the main road near the bridge[/caption]': 'caption',
      '“}]]': 'markup',
      'Click here to read more on Valley News': 'navigation',
      Facebook: 'share-bar',
      Twitter: 'share-bar',
      LinkedIn: 'share-bar',
      WhatsApp: 'share-bar',
      'Related News': 'navigation',
      'Accessibilité': 'menu',
    });
    expect(doc.title).toBe('Storm floods the valley as rivers burst their banks');
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Storm floods the valley as rivers burst their banks',
      'Heavy rain flooded the valley on Sunday, forcing 3,000 residents from their homes, officials said.',
      'Rescue boats reached the last stranded families before dawn.',
      'The river rose by four metres in twelve hours, the highest level since 1994.',
    ]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const source = 'A title for the piece\n\nThe first line of a paragraph that was\nwrapped by the sender at a fixed width.\nA new paragraph starts here.';
    const layout = layoutDocument(source, 'text', PACKS);
    expect(layout.paragraphs.map((p) => source.slice(p.start, p.end))).toEqual([
      'A title for the piece',
      'The first line of a paragraph that was\nwrapped by the sender at a fixed width.',
      'A new paragraph starts here.',
    ]);
  });

  it('keeps bylines out of the text, with a place or a role, in the three languages, and not a line that only starts with "By"', () => {
    const lines = ['By Hannah Creel in Tolvenna', 'By Ian Marsh, Business Correspondent', 'De notre envoyée spéciale à Dunmarr', 'Par Lucie Marand, à Tolvenna', 'Di Marco Levi, inviato a Dunmarr', 'Dal nostro corrispondente a Vendra'];
    const source = `Volcano erupts in the north of Keldaria\n\n${lines.join('\n\n')}\n\nBy the river\n\nThe volcano erupted overnight.`;
    const layout = layoutDocument(source, 'text', PACKS);
    expect(layout.boilerplate.filter((b) => b.kind === 'byline').map((b) => b.text)).toEqual(lines);
  });

  it('takes one- and two-word lines above the headline as section labels, not the title', () => {
    const layout = layoutDocument('World\nEurope\nFloods hit the north of the country\n\nRain fell for days.', 'text', PACKS);
    expect(layout.title).toBe('Floods hit the north of the country');
    expect(layout.boilerplate.map((b) => b.kind)).toEqual(['section-label', 'section-label']);
  });

  it('keeps a single line naming a social network when it is not part of a share bar', () => {
    const layout = layoutDocument('Meta under fire\n\nThe company said so.\nFacebook\nIt added more.', 'text', PACKS);
    expect(layout.boilerplate).toEqual([]);
  });
});

describe('Markdown', () => {
  it('takes the heading as title and keeps markers and code out of the sentences', async () => {
    const { documents } = await analyse([path.join(FIXTURES, 'ingest', 'article.md')]);
    const doc = documents[0]!;
    expectOffsets(doc);
    expect(doc.format).toBe('markdown');
    expect(doc.language).toBe('en');
    expect(doc.title).toBe('Quake shakes the coast, thousands displaced');
    const texts = doc.sentences.map((s) => s.text);
    expect(texts[0]).toBe('Quake shakes the coast, thousands displaced');
    expect(texts).toContain('A magnitude 6.4 earthquake struck the coast on Monday morning, the U.S. Geological Survey said.');
    expect(texts).toContain('Rescue teams from three countries arrived on Tuesday.');
    expect(texts).toContain('"We have never seen anything like this," said Dr. Ana Ruiz, who leads the local hospital.');
    expect(texts.some((t) => t.includes('code block') || t.startsWith('#') || t.startsWith('- ') || t.startsWith('>'))).toBe(false);
    expect(doc.sentences.find((s) => s.text === 'Rescue efforts')?.kind).toBe('heading');
  });
});

describe('HTML', () => {
  it('extracts the article with Readability: title, date, paragraphs; no scripts, menus or captions', async () => {
    const { documents } = await analyse([path.join(FIXTURES, 'ingest', 'article.html')]);
    const doc = documents[0]!;
    expectOffsets(doc);
    expect(doc.format).toBe('html');
    expect(doc.language).toBe('fr');
    expect(doc.title).toMatch(/^Séisme : des milliers de sinistrés/);
    expect(doc.published).toBe('2024-04-02T09:40:00+02:00');
    const texts = doc.sentences.map((s) => s.text);
    expect(texts).toContain('Un séisme de magnitude 6,4 a frappé la côte lundi matin, selon l’Institut d’études géologiques des États-Unis.');
    expect(texts).toContain('La Croix-Rouge a ouvert des abris pour 4 210 personnes, a déclaré M. Martin, porte-parole de l’organisation.');
    expect(texts.some((t) => /tracking|console|Accueil|Des maisons détruites|font-family/.test(t))).toBe(false);
    // Paragraph breaks survive: the two body paragraphs are separate.
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it('skips a page that has no article text, with a warning', async () => {
    const file = path.join(tmp, 'scripts-only.html');
    await fs.writeFile(file, '<html><head><script>var a = 1;</script><style>p{}</style></head><body><script>a++</script></body></html>');
    const { report } = await analyse([file]);
    expect(report.documents).toEqual([]);
    expect(report.warnings[0]).toMatchObject({ code: 'html-no-article' });
  });
});

describe('files and directories', () => {
  it('walks directories recursively in sorted order, taking only article files', async () => {
    const dir = path.join(tmp, 'walk');
    await fs.mkdir(path.join(dir, 'b-sub'), { recursive: true });
    const text = 'Un séisme de magnitude 6,4 a frappé la côte lundi matin selon les autorités locales.';
    await fs.writeFile(path.join(dir, 'c.txt'), text);
    await fs.writeFile(path.join(dir, 'a.md'), text);
    await fs.writeFile(path.join(dir, 'b-sub', 'd.htm'), `<html><body><article><p>${text}</p><p>${text}</p></article></body></html>`);
    await fs.writeFile(path.join(dir, 'notes.json'), '{}');
    const { raw } = await readInputs([dir], tmp);
    expect(raw.map((r) => r.path)).toEqual(['walk/a.md', 'walk/b-sub/d.htm', 'walk/c.txt']);
    const { report } = await analyse([dir], { cwd: tmp });
    expect(report.documents.map((d) => [d.id, d.path, d.format])).toEqual([
      ['a', 'walk/a.md', 'markdown'],
      ['c', 'walk/c.txt', 'text'],
      ['d', 'walk/b-sub/d.htm', 'html'],
    ]);
  });

  it('reports a binary file and a missing path and still reads the others', async () => {
    const png = path.join(tmp, 'photo.txt');
    await fs.writeFile(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const { report } = await analyse([png, path.join(tmp, 'missing.txt'), path.join(FIXTURES, 'ingest', 'article.md')], { cwd: tmp });
    expect(report.documents).toHaveLength(1);
    expect(report.warnings.map((w) => [w.path, w.code])).toEqual(
      expect.arrayContaining([
        ['missing.txt', 'not-found'],
        ['photo.txt', 'binary'],
      ]),
    );
  });

  it('compares the same file once when it is given twice', async () => {
    const file = path.join(FIXTURES, 'ingest', 'article.md');
    const { report } = await analyse([file, file]);
    expect(report.documents).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ code: 'duplicate-input' });
  });

  it('makes colliding document ids unique, independently of input order', async () => {
    const one = path.join(tmp, 'x', 'story.txt');
    const two = path.join(tmp, 'y', 'story.md');
    await fs.mkdir(path.dirname(one), { recursive: true });
    await fs.mkdir(path.dirname(two), { recursive: true });
    await fs.writeFile(one, 'The storm flooded the valley on Sunday and forced thousands from their homes.');
    await fs.writeFile(two, 'Heavy rain flooded the valley on Sunday, forcing thousands from their homes.');
    const a = await analyse([one, two], { cwd: tmp });
    const b = await analyse([two, one], { cwd: tmp });
    expect(a.report.documents.map((d) => [d.id, d.path])).toEqual([
      ['story', 'x/story.txt'],
      ['story-2', 'y/story.md'],
    ]);
    expect(JSON.stringify(b.report)).toBe(JSON.stringify(a.report));
  });

  it('accepts in-memory content such as standard input', async () => {
    const { report } = await analyse([{ path: '-', content: 'Heavy rain flooded the valley on Sunday, forcing 3,000 residents from their homes.' }]);
    expect(report.documents[0]).toMatchObject({ id: 'stdin', path: '-', language: 'en', sentenceCount: 1 });
  });
});
