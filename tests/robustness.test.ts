/**
 * Bad input, one case each (docs/robustness.md): the message on standard error names the file and the
 * reason in one line, the other articles are still compared, and the exit code says whether a
 * comparison ran (0) or not (2).
 */
import { promises as fs, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli.js';
import { ROOT, captureIo } from './helpers.js';
import { BAD_INPUTS, generateBadInputs } from './fixtures/bad-inputs/generate.js';

const GOOD = [path.join(BAD_INPUTS, 'good-en.txt'), path.join(BAD_INPUTS, 'good-fr.txt')];
let generated: string;

beforeAll(() => {
  generated = generateBadInputs();
});

/** Runs a lexical comparison of the two good articles and `bad`, and returns exit code, stderr and report. */
async function compareWith(bad: string[], extra: string[] = []) {
  const io = captureIo();
  const code = await run(['compare', ...GOOD, ...bad, '-f', 'json', '-b', 'lexical', '--no-cache', ...extra], io);
  const report = code === 0 ? (JSON.parse(io.out()) as { documents: Array<{ id: string; language: string }>; warnings: Array<{ code: string }> }) : undefined;
  return { code, err: io.err(), report, documents: report?.documents.map((d) => d.id) ?? [] };
}

/** The one stderr line that names `file`. */
function lineFor(err: string, file: string): string {
  const lines = err.split('\n').filter((l) => l.includes(file));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^claimdiff: /);
  return lines[0]!;
}

describe('bad inputs: skipped with a one-line reason, the rest compared (exit 0)', () => {
  it.each<[string, () => string, RegExp]>([
    ['empty file', () => path.join(BAD_INPUTS, 'empty.txt'), /empty\.txt: empty file, skipped$/],
    ['white space only', () => path.join(BAD_INPUTS, 'whitespace.txt'), /whitespace\.txt: only white space, skipped$/],
    ['a PDF', () => path.join(generated, 'document.pdf'), /document\.pdf: binary file \(PDF\), not text, skipped$/],
    ['a PNG', () => path.join(generated, 'photo.png'), /photo\.png: binary file \(PNG\), not text, skipped$/],
    ['a ZIP', () => path.join(generated, 'archive.zip'), /archive\.zip: binary file \(ZIP\), not text, skipped$/],
    ['a 50 MB text file', () => path.join(generated, 'huge.txt'), /huge\.txt: too large for a news article \(50\.0 MB; the limit is 4 MB for text\), skipped$/],
    ['HTML with only scripts and styles', () => path.join(BAD_INPUTS, 'scripts-only.html'), /scripts-only\.html: HTML page has no readable article text, skipped$/],
    ['a path that does not exist', () => path.join(BAD_INPUTS, 'no-such-article.txt'), /no-such-article\.txt: no such file or directory, skipped$/],
    ['a folder without articles', () => path.join(BAD_INPUTS, 'no-articles'), /no-articles: directory holds no article files \(.*\)$/],
    ['a symlink loop', () => path.join(generated, 'loop.txt'), /loop\.txt: too many levels of symbolic links \(a symlink loop\), skipped$/],
  ])('%s', async (_, file, message) => {
    const bad = file();
    const { code, err, documents } = await compareWith([bad]);
    expect(code).toBe(0);
    expect(lineFor(err, path.basename(bad))).toMatch(message);
    expect(documents).toEqual(['good-en', 'good-fr']);
  });

  it('a file without read permission', async () => {
    // Root reads any file, so the refusal is simulated where the tests run as root.
    const locked = path.join(generated, 'unreadable.txt');
    const real = fs.readFile;
    const spy = vi.spyOn(fs, 'readFile').mockImplementation(((file: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
      if (String(file) === locked) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return (real as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFile);
    try {
      const { code, err, documents } = await compareWith([locked]);
      expect(code).toBe(0);
      expect(lineFor(err, 'unreadable.txt')).toMatch(/unreadable\.txt: permission denied, skipped$/);
      expect(documents).toEqual(['good-en', 'good-fr']);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('bad inputs: read, with a note, and compared (exit 0)', () => {
  it.each<[string, string, RegExp, string]>([
    ['invalid UTF-8', 'invalid-utf8.txt', /invalid-utf8\.txt: not valid UTF-8; read as Windows-1252 \(Latin-1\)$/, 'en'],
    ['Latin-1 text', 'latin1.txt', /latin1\.txt: not valid UTF-8; read as Windows-1252 \(Latin-1\)$/, 'fr'],
    ['UTF-16 with a byte-order mark', 'utf16-bom.txt', /utf16-bom\.txt: decoded as UTF-16LE$/, 'fr'],
  ])('%s', async (_, name, message, language) => {
    const { code, err, report } = await compareWith([path.join(generated, name)]);
    expect(code).toBe(0);
    expect(lineFor(err, name)).toMatch(message);
    expect(report!.documents.find((d) => d.id === name.replace(/\.txt$/, ''))?.language).toBe(language);
  });

  it('mojibake is repaired where it can be, and named', async () => {
    const io = captureIo();
    const code = await run(['compare', ...GOOD, path.join(BAD_INPUTS, 'mojibake.txt'), '-f', 'json', '-b', 'lexical', '--no-cache'], io);
    expect(code).toBe(0);
    expect(lineFor(io.err(), 'mojibake.txt')).toMatch(/mojibake\.txt: garbled characters \(mojibake\): .*repaired.*“Metaâ€™s” → “Meta’s”/);
    const report = JSON.parse(io.out()) as { sentences: Array<{ document: string; text: string }> };
    const text = report.sentences.filter((s) => s.document === 'mojibake').map((s) => s.text).join(' ');
    expect(text).toContain('Meta’s');
    expect(text).not.toContain('â€™');
  });

  it('a line of 1 MB with no end of sentence is cut into sentences of bounded length', async () => {
    const { code, err, report } = await compareWith([path.join(generated, 'long-line.txt')]);
    expect(code).toBe(0);
    expect(lineFor(err, 'long-line.txt')).toMatch(/long-line\.txt: a run of \d+ characters with no end of sentence was cut every \d+ characters$/);
    expect(report!.documents.map((d) => d.id)).toContain('long-line');
  });

  it('the same file given twice is compared once', async () => {
    const { code, err, documents } = await compareWith([GOOD[0]!]);
    expect(code).toBe(0);
    expect(lineFor(err, 'good-en.txt')).toMatch(/good-en\.txt: same file as .*good-en\.txt, compared once$/);
    expect(documents).toEqual(['good-en', 'good-fr']);
  });

  it('an article that mixes languages is compared, each sentence in its own language, and named', async () => {
    const { code, err, report } = await compareWith([path.join(BAD_INPUTS, 'mixed-languages.txt')]);
    expect(code).toBe(0);
    expect(lineFor(err, 'mixed-languages.txt')).toMatch(/mixed-languages\.txt: mixes languages: .* sentences in (fr|it)/);
    expect(report!.documents.map((d) => d.id)).toContain('mixed-languages');
  });

  it('an article outside --languages is skipped', async () => {
    const io = captureIo();
    const code = await run(['compare', ...GOOD, path.join(BAD_INPUTS, 'good-it.txt'), '-l', 'fr,en', '-b', 'lexical', '--no-cache', '-f', 'json'], io);
    expect(code).toBe(0);
    expect(lineFor(io.err(), 'good-it.txt')).toMatch(/good-it\.txt: language is it, outside --languages fr,en, skipped$/);
  });

  it('an article in an unsupported language is skipped', async () => {
    const { code, err, documents } = await compareWith([path.join(BAD_INPUTS, 'spanish.txt')]);
    expect(code).toBe(0);
    expect(lineFor(err, 'spanish.txt')).toMatch(/spanish\.txt: language is es, outside --languages fr,it,en, skipped$/);
    expect(documents).toEqual(['good-en', 'good-fr']);
  });
});

describe('nothing to compare (exit 2)', () => {
  it('a single document', async () => {
    const io = captureIo();
    expect(await run(['compare', GOOD[0]!, '--no-cache'], io)).toBe(2);
    expect(io.err()).toMatch(/^claimdiff: nothing to compare: only one document could be read in fr, it, en \(at least two are needed\)$/m);
    expect(io.out()).toBe('');
  });

  it('only bad inputs', async () => {
    const io = captureIo();
    expect(await run(['compare', path.join(BAD_INPUTS, 'empty.txt'), path.join(generated, 'photo.png'), '--no-cache'], io)).toBe(2);
    expect(io.err()).toMatch(/empty\.txt: empty file, skipped/);
    expect(io.err()).toMatch(/photo\.png: binary file \(PNG\), not text, skipped/);
    expect(io.err()).toMatch(/nothing to compare: no document could be read/);
  });
});

describe('the tool writes nothing but -o and its cache directory', () => {
  let work: string;
  afterAll(async () => {
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  /** Every file under `dir` with its size and modification time. */
  function snapshot(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (entry.isFile()) {
          const s = statSync(p);
          out.set(path.relative(dir, p), `${s.size}:${s.mtimeMs}`);
        }
      }
    };
    walk(dir);
    return out;
  }

  it('leaves the inputs, the working directory, the home and the project alone, and refuses -o onto an input', async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-writes-'));
    const [inputs, home, cache] = [path.join(work, 'articles'), path.join(work, 'home'), path.join(work, 'cache')];
    await fs.mkdir(inputs);
    await fs.mkdir(home);
    for (const file of GOOD) await fs.copyFile(file, path.join(inputs, path.basename(file)));
    const before = { work: snapshot(work), project: snapshot(path.join(ROOT, 'src')) };
    const io = captureIo({ cwd: work, env: { HOME: home, XDG_CACHE_HOME: path.join(home, '.cache') } });
    expect(await run(['compare', 'articles', '-o', 'report.json', '-f', 'json', '--cache-dir', cache, '-b', 'auto'], io)).toBe(0);
    const after = snapshot(work);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.work.get(k)).sort();
    expect(changed.filter((k) => k !== 'report.json' && !k.startsWith(`cache${path.sep}`))).toEqual([]);
    expect(changed).toContain('report.json');
    expect(snapshot(path.join(ROOT, 'src'))).toEqual(before.project);
    // -o onto an input is refused before anything is written.
    const refused = captureIo({ cwd: work, env: { HOME: home } });
    expect(await run(['compare', 'articles', '-o', path.join('articles', 'good-en.txt'), '--no-cache'], refused)).toBe(2);
    expect(refused.err()).toMatch(/refusing to overwrite it/);
    expect(await fs.readFile(path.join(inputs, 'good-en.txt'), 'utf8')).toBe(await fs.readFile(GOOD[0]!, 'utf8'));
  });
});
