/**
 * Bad input, one case each (docs/robustness.md): the message on standard error names the file and the
 * reason in one line, the other articles are still compared, and the exit code says whether a
 * comparison ran (0) or not (2).
 */
import { execFileSync } from 'node:child_process';
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
    const real = fs.open;
    const spy = vi.spyOn(fs, 'open').mockImplementation(((file: Parameters<typeof fs.open>[0], ...rest: unknown[]) => {
      if (String(file) === locked) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return (real as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.open);
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

  it('a run with no end of sentence inside an article is cut into sentences of bounded length', async () => {
    const { code, err, report } = await compareWith([path.join(generated, 'long-run.txt')]);
    expect(code).toBe(0);
    expect(lineFor(err, 'long-run.txt')).toMatch(/long-run\.txt: a run of \d+ characters with no end of sentence was cut every \d+ characters$/);
    expect(report!.documents.map((d) => d.id)).toContain('long-run');
  });

  it('a line of 1 MB with no end of sentence is not prose, and is left out', async () => {
    const { code, err, documents } = await compareWith([path.join(generated, 'long-line.txt')]);
    expect(code).toBe(0);
    expect(lineFor(err, 'long-line.txt')).toMatch(/long-line\.txt: not prose \(0 ends of sentence in [\d,]+ words\), left out$/);
    expect(documents).toEqual(['good-en', 'good-fr']);
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

describe('careless and hostile input (docs/robustness.md): no lost file, no whole run lost', () => {
  let work: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-hostile-'));
  });
  afterAll(async () => {
    if (work) await fs.rm(work, { recursive: true, force: true });
  });
  /** A fresh folder under the test's temporary directory. */
  const folder = async (name: string) => {
    const dir = path.join(work, name);
    await fs.mkdir(dir, { recursive: true });
    return dir;
  };
  const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

  it('-o onto a hard link of an input is refused before the analysis, and the article is left whole', async () => {
    const dir = await folder('hard-link');
    const article = path.join(dir, 'article.txt');
    await fs.copyFile(GOOD[0]!, article);
    const link = path.join(work, 'report-link.txt');
    await fs.link(article, link);
    const io = captureIo();
    expect(await run(['compare', dir, GOOD[1]!, '-o', link, '--no-cache', '-b', 'lexical'], io)).toBe(2);
    expect(io.err()).toMatch(/--output .*report-link\.txt is one of the inputs; refusing to overwrite it/);
    expect(await fs.readFile(article, 'utf8')).toBe(await fs.readFile(GOOD[0]!, 'utf8'));
  });

  it('-o in a folder that does not exist is refused before the analysis', async () => {
    const io = captureIo();
    const started = Date.now();
    expect(await run(['compare', ...GOOD, '-o', path.join(work, 'no-such-folder', 'report.txt'), '--no-cache'], io)).toBe(2);
    expect(io.err()).toMatch(/^claimdiff: --output .*report\.txt: cannot write in .*no-such-folder \(ENOENT\)$/m);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('-o on a full disk leaves the previous report whole and no temporary file behind', async () => {
    const dir = await folder('full-disk');
    const target = path.join(dir, 'report.json');
    await fs.writeFile(target, 'the previous report\n');
    const real = fs.writeFile;
    const spy = vi.spyOn(fs, 'writeFile').mockImplementation((async (file: Parameters<typeof fs.writeFile>[0], data: string) => {
      // Half the report reaches the disk, then the disk is full.
      await real(file, data.slice(0, data.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }) as typeof fs.writeFile);
    try {
      const io = captureIo();
      expect(await run(['compare', ...GOOD, '-o', target, '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(2);
      expect(io.err()).toMatch(/cannot write the report to .*report\.json \(ENOSPC\); any earlier file there is unchanged/);
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(target, 'utf8')).toBe('the previous report\n');
    expect(await fs.readdir(dir)).toEqual(['report.json']);
    // And when the disk has room, the report replaces the old one whole.
    expect(await run(['compare', ...GOOD, '-o', target, '-f', 'json', '--no-cache', '-b', 'lexical'], captureIo())).toBe(0);
    expect(JSON.parse(await fs.readFile(target, 'utf8')).documents).toHaveLength(2);
    expect(await fs.readdir(dir)).toEqual(['report.json']);
  });

  it('documents get unique ids whatever their names: a/x.txt, b/x.txt and c/x-2.txt', async () => {
    const dir = await folder('same-names');
    for (const [sub, name, from] of [['a', 'x.txt', GOOD[0]!], ['b', 'x.txt', GOOD[1]!], ['c', 'x-2.txt', path.join(BAD_INPUTS, 'good-it.txt')]] as const) {
      await fs.mkdir(path.join(dir, sub));
      await fs.copyFile(from, path.join(dir, sub, name));
    }
    const io = captureIo();
    expect(await run(['compare', dir, '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(0);
    const report = JSON.parse(io.out()) as { documents: Array<{ id: string; path: string }>; sentences: Array<{ id: string }> };
    expect(Object.fromEntries(report.documents.map((d) => [path.basename(path.dirname(d.path)), d.id]))).toEqual({ a: 'x', b: 'x-3', c: 'x-2' });
    expect(new Set(report.sentences.map((s) => s.id)).size).toBe(report.sentences.length);
  });

  it('an unreadable subdirectory costs only itself: its siblings are compared and it is named', async () => {
    const dir = await folder('unreadable-subdir');
    for (const [sub, from] of [['a', GOOD[0]!], ['b', GOOD[1]!], ['c', path.join(BAD_INPUTS, 'good-it.txt')]] as const) {
      await fs.mkdir(path.join(dir, sub));
      await fs.copyFile(from, path.join(dir, sub, 'article.txt'));
    }
    const locked = path.join(dir, 'b');
    const real = fs.readdir;
    const spy = vi.spyOn(fs, 'readdir').mockImplementation(((file: string, ...rest: unknown[]) => {
      if (String(file) === locked) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return (real as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readdir);
    try {
      const io = captureIo();
      expect(await run(['compare', dir, '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(0);
      expect(lineFor(io.err(), 'unreadable-subdir')).toMatch(/unreadable-subdir\/b: permission denied, skipped$/);
      const report = JSON.parse(io.out()) as { documents: Array<{ path: string }> };
      expect(report.documents.map((d) => path.basename(path.dirname(d.path)))).toEqual(['a', 'c']);
    } finally {
      spy.mockRestore();
    }
  });

  it.each([['an empty rule list', ''], ['a list of commas', ',']])('-r with %s is refused (exit 2)', async (_, rules) => {
    const io = captureIo();
    expect(await run(['compare', ...GOOD, '-r', rules, '--no-cache'], io)).toBe(2);
    expect(io.err()).toMatch(/^claimdiff: --rules needs at least one rule \(rules: .*\)$/m);
    expect(io.out()).toBe('');
  });

  it('a FIFO given as input is refused at once, not read (which would hang)', async () => {
    const fifo = path.join(work, 'pipe.txt');
    mkfifo(fifo);
    const { code, err, documents } = await compareWith([fifo]);
    expect(code).toBe(0);
    expect(lineFor(err, 'pipe.txt')).toMatch(/pipe\.txt: not a regular file \(a FIFO; give - to read standard input\), skipped$/);
    expect(documents).toEqual(['good-en', 'good-fr']);
  });

  it('a FIFO inside an input directory is named, not skipped without a word', async () => {
    const dir = await folder('with-fifo');
    await fs.copyFile(GOOD[0]!, path.join(dir, 'article.txt'));
    mkfifo(path.join(dir, 'feed.txt'));
    const io = captureIo();
    expect(await run(['compare', dir, GOOD[1]!, '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(0);
    expect(lineFor(io.err(), 'feed.txt')).toMatch(/with-fifo\/feed\.txt: not a regular file \(a FIFO; give - to read standard input\), skipped$/);
  });

  it.each(['/dev/zero', '/dev/urandom'])('%s is refused at once as a device', async (device) => {
    const { code, err, documents } = await compareWith([device]);
    expect(code).toBe(0);
    expect(lineFor(err, device)).toMatch(/: not a regular file \(a character device; give - to read standard input\), skipped$/);
    expect(documents).toEqual(['good-en', 'good-fr']);
  });

  it('an endless standard input stops at the size limit and is skipped, with bounded memory', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let served = 0;
    const io = captureIo();
    io.stdin = (async function* () {
      for (;;) {
        served += 1;
        yield chunk;
      }
    })();
    expect(await run(['compare', ...GOOD, '-', '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(0);
    expect(lineFor(io.err(), 'claimdiff: -:')).toMatch(/^claimdiff: -: too large for a news article \(over 4\.0 MB; the limit is 4 MB for text\), skipped$/);
    expect(served).toBeLessThanOrEqual(17);
  });

  it('one junk article (keyword stuffing) is left out and changes nothing between the others', async () => {
    const corpusFiles = (await fs.readdir(path.join(ROOT, 'corpus'))).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'corpus', f));
    const words = (await fs.readFile(corpusFiles[0]!, 'utf8')).match(/\p{L}{4,}/gu)!;
    // Megabytes of the story's own words in a shuffled order, with no end of sentence.
    const junk: string[] = [];
    for (let i = 0, seed = 1; junk.length < 300_000; i += 1) {
      seed = (seed * 48271) % 2147483647;
      junk.push(words[seed % words.length]!);
    }
    const junkFile = path.join(work, 'seo-page.txt');
    await fs.writeFile(junkFile, junk.join(' '));
    const compareCorpus = async (extra: string[]) => {
      const io = captureIo();
      expect(await run(['compare', ...corpusFiles, ...extra, '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(0);
      return { report: JSON.parse(io.out()) as { discrepancies: unknown[]; alignments: unknown[] }, err: io.err() };
    };
    const alone = await compareCorpus([]);
    const withJunk = await compareCorpus([junkFile]);
    expect(lineFor(withJunk.err, 'seo-page.txt')).toMatch(/seo-page\.txt: not prose \(0 ends of sentence in 300,000 words\), left out$/);
    expect(alone.report.discrepancies.length).toBeGreaterThan(0);
    expect(withJunk.report.discrepancies).toEqual(alone.report.discrepancies);
    expect(withJunk.report.alignments).toEqual(alone.report.alignments);
  });

  it('an article repeating one sentence is not prose; a real article repeated twice in one file still is', async () => {
    const sentence = 'Buy cheap storm insurance now. ';
    const repeated = path.join(work, 'repeated.txt');
    await fs.writeFile(repeated, sentence.repeat(400));
    const twice = path.join(work, 'twice.txt');
    const english = await fs.readFile(path.join(ROOT, 'corpus', (await fs.readdir(path.join(ROOT, 'corpus'))).find((f) => f.startsWith('003'))!), 'utf8');
    await fs.writeFile(twice, `${english}\n\n${english}`);
    const { code, err, documents } = await compareWith([repeated, twice]);
    expect(code).toBe(0);
    expect(lineFor(err, 'repeated.txt')).toMatch(/repeated\.txt: not prose \(the same words repeated: 0% of its word sequences distinct\), left out$/);
    expect(err).not.toMatch(/twice\.txt/);
    expect(documents).toContain('twice');
  });

  it('one article is compared up to its budget of sentences, and the run up to its own', async () => {
    const long = path.join(work, 'long-article.txt');
    const sentences = Array.from({ length: 60 }, (_, i) => `On day ${i + 1} of the inquiry, witness number ${i * 7 + 3} told the ${['court', 'panel', 'jury'][i % 3]} about the ${['flood', 'fire', 'storm', 'strike'][i % 4]} of ${1900 + i}.`);
    await fs.writeFile(long, sentences.join(' '));
    const { compare } = await import('../src/index.js');
    const cut = await compare([...GOOD, long], { bridge: 'lexical', cacheDir: false, cwd: ROOT, budget: { documentSentences: 25 } });
    expect(cut.documents.find((d) => d.id === 'long-article')?.sentenceCount).toBe(25);
    expect(cut.warnings.find((w) => w.code === 'over-budget')?.message).toBe('longer than one article may be (25 sentences): only its first 25 sentences are compared');
    // The run's budget: in path order, an article that does not fit is left out; one that fits is kept.
    const full = await compare([...GOOD, long], { bridge: 'lexical', cacheDir: false, cwd: ROOT });
    const sizes = new Map(full.documents.map((d) => [d.id, d.sentenceCount]));
    const total = sizes.get('good-en')! + sizes.get('good-fr')!;
    const budgeted = await compare([...GOOD, long], { bridge: 'lexical', cacheDir: false, cwd: ROOT, budget: { totalSentences: total } });
    expect(budgeted.documents.map((d) => d.id).sort()).toEqual(['good-en', 'good-fr']);
    expect(budgeted.warnings.filter((w) => w.code === 'over-budget').map((w) => [path.basename(w.path), w.message])).toEqual([
      ['long-article.txt', `the articles together pass the budget of one run (${total} sentences), left out`],
    ]);
  });

  it('the inputs are read up to the budget of one run, in path order whatever the order given', async () => {
    const dir = await folder('read-budget');
    for (const [name, from] of [['a.txt', GOOD[0]!], ['b.txt', GOOD[1]!], ['c.txt', path.join(BAD_INPUTS, 'good-it.txt')]] as const) await fs.copyFile(from, path.join(dir, name));
    const sizes = await Promise.all(['a.txt', 'b.txt'].map(async (f) => (await fs.stat(path.join(dir, f))).size));
    const { compare } = await import('../src/index.js');
    const files = ['c.txt', 'a.txt', 'b.txt'].map((f) => path.join(dir, f));
    const report = await compare(files, { bridge: 'lexical', cacheDir: false, cwd: dir, budget: { totalBytes: sizes[0]! + sizes[1]! } });
    expect(report.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(report.warnings.map((w) => [w.path, w.code])).toEqual([['c.txt', 'over-budget']]);
  });

  it('a file name that is not valid UTF-8 is read by its bytes and shown with U+FFFD', async () => {
    const dir = await folder('latin1-name');
    const name = Buffer.concat([Buffer.from(dir + path.sep), Buffer.from('caf\xe9.txt', 'latin1')]);
    await fs.writeFile(name, await fs.readFile(GOOD[0]!));
    const io = captureIo();
    expect(await run(['compare', dir, GOOD[1]!, '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(0);
    expect(lineFor(io.err(), 'caf\uFFFD.txt')).toMatch(/caf\uFFFD\.txt: file name is not valid UTF-8; shown with � where its bytes do not decode$/);
    const report = JSON.parse(io.out()) as { documents: Array<{ id: string; language: string }> };
    expect(report.documents.map((d) => [d.id, d.language])).toContainEqual(['caf\uFFFD', 'en']);
  });

  it('NUL bytes anywhere, not only in the first 8 KB, make a file binary', async () => {
    const late = path.join(work, 'late-nul.txt');
    await fs.writeFile(late, Buffer.concat([Buffer.from('A storm hit the port. '.repeat(800)), Buffer.from([0, 1, 2, 0])]));
    const { code, err, documents } = await compareWith([late]);
    expect(code).toBe(0);
    expect(lineFor(err, 'late-nul.txt')).toMatch(/late-nul\.txt: binary file \(contains NUL bytes\), not text, skipped$/);
    expect(documents).toEqual(['good-en', 'good-fr']);
  });

  it('hidden files and folders inside a directory are named, not skipped without a word', async () => {
    const dir = await folder('hidden');
    await fs.copyFile(GOOD[0]!, path.join(dir, 'article.txt'));
    await fs.copyFile(GOOD[1]!, path.join(dir, '.draft.txt'));
    await fs.mkdir(path.join(dir, '.git'));
    await fs.writeFile(path.join(dir, '.DS_Store'), 'finder data');
    const io = captureIo();
    expect(await run(['compare', dir, GOOD[1]!, '-f', 'json', '--no-cache', '-b', 'lexical'], io)).toBe(0);
    expect(lineFor(io.err(), '.draft.txt')).toMatch(/hidden\/\.draft\.txt: hidden file \(its name starts with a dot\), skipped; name it to compare it$/);
    expect(lineFor(io.err(), '.git')).toMatch(/hidden\/\.git: hidden directory \(its name starts with a dot\), not read$/);
    expect(io.err()).not.toMatch(/DS_Store/);
    // Named on the command line, a hidden file is read like any other.
    const named = captureIo();
    expect(await run(['compare', path.join(dir, '.draft.txt'), GOOD[0]!, '-f', 'json', '--no-cache', '-b', 'lexical'], named)).toBe(0);
    expect((JSON.parse(named.out()) as { documents: unknown[] }).documents).toHaveLength(2);
  });

  it('a hard link to an input, found in a directory, is the same file and compared once', async () => {
    const dir = await folder('hard-linked-input');
    await fs.link(GOOD[0]!, path.join(dir, 'copy.txt'));
    const { code, err, documents } = await compareWith([dir]);
    expect(code).toBe(0);
    expect(lineFor(err, 'copy.txt')).toMatch(/same file as .*, compared once$/);
    expect(documents).toHaveLength(2);
  });
});

describe('words that are names of Object.prototype', () => {
  it('compares articles with "constructor", "toString" and "__proto__" in their words and translations, on both bridges', async () => {
    const { compare } = await import('../src/index.js');
    const words = 'constructor toString valueOf hasOwnProperty __proto__ isPrototypeOf';
    const inputs = [
      { path: 'a-en.txt', content: `Published 3 May 2027\n\nThe constructor said on Monday that 12 people were hurt; ${words}. The constructor sold 40,000 cars worldwide.\n` },
      { path: 'b-fr.txt', content: `Publié le 3 mai 2027\n\nLe constructeur a indiqué lundi que 14 personnes avaient été blessées ; ${words}. Le constructeur a vendu 40 000 voitures dans le monde.\n` },
      { path: 'c-it.txt', content: `Pubblicato il 3 maggio 2027\n\nIl costruttore ha detto lunedì che 12 persone sono rimaste ferite; ${words}. Il costruttore ha venduto 40.000 auto nel mondo.\n` },
    ];
    // (Apertium where installed; the lexical bridge always)
    for (const bridge of ['lexical', 'auto'] as const) {
      const report = await compare(inputs, { bridge, cacheDir: false });
      expect(report.discrepancies.filter((d) => d.rule === 'divergent-figure').map((d) => d.message)).toEqual([expect.stringContaining('14 personnes')]);
    }
  });
});
