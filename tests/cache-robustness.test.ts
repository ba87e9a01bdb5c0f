/**
 * A cache directory that cannot be used, or cache files of the wrong shape or kind (docs/robustness.md):
 * the run completes with the same findings, says so in one warning, and the next run is clean.
 *
 * Tests run as root here, and root writes anywhere: a read-only cache is made a path under a regular
 * file (ENOTDIR), or a refusal (EACCES, EROFS) simulated on node:fs. Apertium is a stand-in script on
 * PATH (it echoes its input), fast and the same everywhere; the tests that need it are skipped where
 * Apertium's language data is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs, { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli.js';
import { doctor, formatDoctor } from '../src/doctor.js';
import { apertiumStatus, resetApertiumStatus, translateLines } from '../src/bridge/apertium.js';
import { TranslationCache, forgetLoadedCacheFiles, takeCacheWarnings } from '../src/bridge/cache.js';
import { forgetLoadedDictionaries, loadDictionary, setDictionaryCacheDir } from '../src/bridge/dictionary.js';
import type { Report } from '../src/types.js';
import { FIXTURES, ROOT, captureIo } from './helpers.js';

const HAS_APERTIUM = apertiumStatus().languages.includes('fr');
const ARTICLES = ['a-fr.txt', 'b-en.txt'].map((f) => path.join(FIXTURES, 'rules', 'divergent-figure', 'fires', f));
const DICTD = path.join(FIXTURES, 'dictd');

let tmp: string;
let standIn: string;
/** Where the stand-in Apertium notes, per run, the input file it was given and its TMPDIR. */
let standInLog: string;

beforeAll(async () => {
  tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'claimdiff-cache-robustness-'));
  standIn = path.join(tmp, 'bin');
  standInLog = path.join(tmp, 'stand-in.log');
  await fsp.mkdir(standIn);
  // Called as `apertium -u MODE FILE` (first stage) and `apertium -u MODE` (second, on stdin).
  await fsp.writeFile(
    path.join(standIn, 'apertium'),
    `#!/bin/sh\nif [ -n "$3" ]; then echo "$3 $TMPDIR" >> "${standInLog}"; cat "$3"; else cat; fi\n`,
    { mode: 0o755 },
  );
});

afterAll(async () => {
  await fsp.rm(tmp, { recursive: true, force: true });
});

/** Runs `fn` with the stand-in Apertium first on PATH. */
async function withStandIn<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = `${standIn}${path.delimiter}${saved}`;
  resetApertiumStatus();
  try {
    return await fn();
  } finally {
    process.env.PATH = saved;
    resetApertiumStatus();
  }
}

/** One CLI comparison of the two articles through Apertium, read as a fresh process would read the cache. */
async function compareArticles(cache: string[]): Promise<Report> {
  forgetLoadedCacheFiles();
  forgetLoadedDictionaries();
  const io = captureIo();
  const code = await withStandIn(() => run(['compare', ...ARTICLES, '-f', 'json', '-b', 'apertium', ...cache], io));
  expect(io.err()).not.toMatch(/Error|at .*\.ts/);
  expect(code).toBe(0);
  return JSON.parse(io.out()) as Report;
}

function withoutWarnings(report: Report): Omit<Report, 'warnings'> {
  const { warnings: _warnings, ...rest } = report;
  return rest;
}

/** Makes node:fs refuse writes under `dir` with `code`, as a read-only mount or a locked folder would. */
function refuseWritesUnder(dir: string, code: 'EACCES' | 'EROFS') {
  const refuse = (target: unknown) => {
    if (String(target).startsWith(dir + path.sep)) throw Object.assign(new Error(`${code}: refused, open '${String(target)}'`), { code });
  };
  const writeFileSync = fs.writeFileSync;
  const openSync = fs.openSync;
  const spies = [
    vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      refuse(file);
      return (writeFileSync as (...args: unknown[]) => void)(file, ...rest);
    }) as typeof fs.writeFileSync),
    vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode, ...rest: unknown[]) => {
      if (typeof flags === 'number' && flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) refuse(file);
      return (openSync as (...args: unknown[]) => number)(file, flags, ...rest);
    }) as typeof fs.openSync),
  ];
  return () => spies.forEach((spy) => spy.mockRestore());
}

describe.skipIf(!HAS_APERTIUM)('a cache directory that cannot be used', () => {
  let noCache: Report;
  beforeAll(async () => {
    noCache = await compareArticles(['--no-cache']);
    expect(noCache.bridge.fr).toBe('apertium');
    expect(noCache.warnings).toEqual([]);
  });

  it('under a regular file: same findings as --no-cache, Apertium still used, one warning', async () => {
    const file = path.join(tmp, 'a-file');
    await fsp.writeFile(file, 'not a folder');
    const cacheDir = path.join(file, 'cache');
    const report = await compareArticles(['--cache-dir', cacheDir]);
    expect(report.warnings).toEqual([
      { path: cacheDir, code: 'cache-unusable', message: 'cache directory cannot be written (part of its path is not a directory); running without a cache' },
    ]);
    expect(report.bridge.fr).toBe('apertium');
    expect(withoutWarnings(report)).toEqual(withoutWarnings(noCache));
  });

  it('a regular file itself', async () => {
    const file = path.join(tmp, 'cache-is-a-file');
    await fsp.writeFile(file, 'not a folder');
    const report = await compareArticles(['--cache-dir', file]);
    expect(report.warnings).toEqual([{ path: file, code: 'cache-unusable', message: 'cache directory cannot be written (it is not a directory); running without a cache' }]);
    expect(withoutWarnings(report)).toEqual(withoutWarnings(noCache));
  });

  it.each([
    ['EACCES', 'permission denied'],
    ['EROFS', 'read-only file system'],
  ] as const)('refusing writes (%s): same findings as --no-cache, one warning, nothing written there', async (code, reason) => {
    const cacheDir = path.join(tmp, `refusing-${code}`);
    await fsp.mkdir(cacheDir);
    const restore = refuseWritesUnder(cacheDir, code);
    let report: Report;
    try {
      report = await compareArticles(['--cache-dir', cacheDir]);
    } finally {
      restore();
    }
    expect(report.warnings).toEqual([{ path: cacheDir, code: 'cache-unusable', message: `cache directory cannot be written (${reason}); running without a cache` }]);
    expect(report.bridge.fr).toBe('apertium');
    expect(withoutWarnings(report)).toEqual(withoutWarnings(noCache));
    expect(await fsp.readdir(cacheDir)).toEqual([]);
  });

  it("keeps Apertium's temporary files in the system temporary directory, never in the cache directory", async () => {
    const cacheDir = path.join(tmp, 'cache-for-temp-check');
    await fsp.rm(standInLog, { force: true });
    await compareArticles(['--cache-dir', cacheDir]);
    const [input, tmpdir] = (await fsp.readFile(standInLog, 'utf8')).trim().split('\n')[0]!.split(' ');
    expect(path.dirname(path.dirname(input!))).toBe(os.tmpdir());
    expect(path.dirname(input!)).toBe(tmpdir);
    expect(input!.startsWith(cacheDir)).toBe(false);
    // Removed after the run; the cache directory holds the cache only.
    expect(fs.existsSync(tmpdir!)).toBe(false);
    expect((await fsp.readdir(cacheDir)).filter((f) => !/^(apertium-[a-z]{2}-en\.jsonl|(freedict|stems)-.*\.json)$/.test(f))).toEqual([]);
  });
});

describe('doctor and the cache directory', () => {
  it('says the cache directory is not writable, and why', async () => {
    const file = path.join(tmp, 'doctor-file');
    await fsp.writeFile(file, 'not a folder');
    const found = doctor({ XDG_CACHE_HOME: file });
    expect(found.cacheDir).toBe(path.join(file, 'claimdiff'));
    expect(found.cache).toEqual({ state: 'not writable', reason: 'part of its path is not a directory' });
    expect(formatDoctor(found)).toMatch(/^ {2}not writable \(part of its path is not a directory\): runs will go without a cache; choose another with --cache-dir or XDG_CACHE_HOME$/m);
  });

  it('says a usable one is writable, and leaves no trace of the check', async () => {
    const base = path.join(tmp, 'doctor-fresh');
    const found = doctor({ XDG_CACHE_HOME: base });
    expect(found.cache).toEqual({ state: 'writable' });
    expect(formatDoctor(found)).toMatch(/^ {2}writable$/m);
    expect(fs.existsSync(base)).toBe(false);
  });

  it('as JSON through the CLI', async () => {
    const file = path.join(tmp, 'doctor-cli-file');
    await fsp.writeFile(file, 'not a folder');
    const io = captureIo({ env: { XDG_CACHE_HOME: file } });
    expect(await run(['doctor', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).cache).toEqual({ state: 'not writable', reason: 'part of its path is not a directory' });
  });
});

// --- cache files of the wrong shape ---------------------------------------------------------------

const WRONG_SHAPES = ['[null]', '[1,2,3]', '{}', '"x"', 'null'];
const REBUILT = 'cache file has an unexpected shape; rebuilt';

/** A fresh cache directory holding one translation and the fixture dictionary's kept files. */
async function warmCache(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(path.join(dir, 'apertium-fr-en.jsonl'), `${JSON.stringify({ k: 'a', t: 'one' })}\n`);
  readDictionaryThrough(dir);
  expect(takeCacheWarnings()).toEqual([]);
  return dir;
}

/** Reads the fixture dictionary as a new run would, keeping what it parsed in `dir`. */
function readDictionaryThrough(dir: string) {
  setDictionaryCacheDir(dir);
  forgetLoadedDictionaries();
  return loadDictionary('fr', [DICTD]);
}

/** The file of each kind in a warmed cache directory. */
async function cacheFile(dir: string, kind: 'translations' | 'dictionary' | 'stems'): Promise<string> {
  const names = await fsp.readdir(dir);
  const prefix = { translations: 'apertium-fr-en', dictionary: 'freedict-fra-eng-', stems: 'stems-fr-' }[kind];
  const found = names.filter((n) => n.startsWith(prefix));
  expect(found).toHaveLength(1);
  return path.join(dir, found[0]!);
}

describe('cache files of the wrong shape', () => {
  afterEach(() => {
    setDictionaryCacheDir(undefined);
    forgetLoadedDictionaries();
  });

  it.each(WRONG_SHAPES)('translations file %s: read as empty, rebuilt with one warning, clean afterwards', async (shape) => {
    const dir = await warmCache(`translations-${WRONG_SHAPES.indexOf(shape)}`);
    const file = await cacheFile(dir, 'translations');
    await fsp.writeFile(file, `${shape}\n`);
    forgetLoadedCacheFiles();
    const cache = new TranslationCache(dir, 'apertium-fr-en');
    expect(cache.get('a')).toBeUndefined();
    expect(takeCacheWarnings()).toEqual([{ path: file, code: 'cache-rebuilt', message: REBUILT }]);
    cache.setMany([['b', 'two']]);
    forgetLoadedCacheFiles();
    expect(new TranslationCache(dir, 'apertium-fr-en').get('b')).toBe('two');
    expect(takeCacheWarnings()).toEqual([]);
  });

  it('translations file with wrong-shaped lines among good ones: keeps the good ones', async () => {
    const dir = await warmCache('translations-mixed');
    const file = await cacheFile(dir, 'translations');
    await fsp.writeFile(file, ['{"k":"a","t":"one"}', '[null]', '{"k":"b"}', '{"k":"c","t":3}', '{"k":"d","t":"four"}', ''].join('\n'));
    forgetLoadedCacheFiles();
    const cache = new TranslationCache(dir, 'apertium-fr-en');
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual(['one', undefined, undefined, 'four']);
    expect(takeCacheWarnings()).toEqual([{ path: file, code: 'cache-rebuilt', message: REBUILT }]);
    expect(await fsp.readFile(file, 'utf8')).toBe('{"k":"a","t":"one"}\n{"k":"d","t":"four"}\n');
  });

  it('translations file cut short by an interrupted run: rebuilt, and the next entry is not glued to the cut line', async () => {
    const dir = await warmCache('translations-cut');
    const file = await cacheFile(dir, 'translations');
    await fsp.writeFile(file, '{"k":"a","t":"one"}\n{"k":"b","t":"tw');
    forgetLoadedCacheFiles();
    const cache = new TranslationCache(dir, 'apertium-fr-en');
    expect(cache.get('a')).toBe('one');
    expect(takeCacheWarnings()).toEqual([{ path: file, code: 'cache-rebuilt', message: 'cache file is damaged; rebuilt' }]);
    cache.setMany([['b', 'two']]);
    forgetLoadedCacheFiles();
    const again = new TranslationCache(dir, 'apertium-fr-en');
    expect([again.get('a'), again.get('b')]).toEqual(['one', 'two']);
    expect(takeCacheWarnings()).toEqual([]);
  });

  it('translations file whose last good line lacks its line break: the next entry starts a line of its own', async () => {
    const dir = await warmCache('translations-no-break');
    const file = await cacheFile(dir, 'translations');
    await fsp.writeFile(file, '{"k":"a","t":"one"}');
    forgetLoadedCacheFiles();
    new TranslationCache(dir, 'apertium-fr-en').setMany([['b', 'two']]);
    expect(await fsp.readFile(file, 'utf8')).toBe('{"k":"a","t":"one"}\n{"k":"b","t":"two"}\n');
    expect(takeCacheWarnings()).toEqual([]);
  });

  it.each((['dictionary', 'stems'] as const).flatMap((kind) => WRONG_SHAPES.map((shape) => [kind, shape] as const)))(
    '%s file %s: the dictionary is read from its source, the file rebuilt with one warning, clean afterwards',
    async (kind, shape) => {
      const dir = await warmCache(`${kind}-${WRONG_SHAPES.indexOf(shape)}`);
      const file = await cacheFile(dir, kind);
      await fsp.writeFile(file, shape);
      const dictionary = readDictionaryThrough(dir)!;
      expect(dictionary.get('partager')).toEqual(['divide', 'separate', 'share']);
      expect(takeCacheWarnings()).toEqual([{ path: file, code: 'cache-rebuilt', message: REBUILT }]);
      const rebuilt = JSON.parse(await fsp.readFile(file, 'utf8')) as unknown;
      expect(kind === 'dictionary' ? Array.isArray(rebuilt) : Array.isArray((rebuilt as { own: unknown }).own)).toBe(true);
      expect(readDictionaryThrough(dir)!.get('partager')).toEqual(['divide', 'separate', 'share']);
      expect(takeCacheWarnings()).toEqual([]);
    },
  );

  it('a dictionary file that is not JSON at all: rebuilt with one warning', async () => {
    const dir = await warmCache('dictionary-damaged');
    const file = await cacheFile(dir, 'dictionary');
    await fsp.writeFile(file, '[{"headword":"partager","sen');
    expect(readDictionaryThrough(dir)!.get('partager')).toEqual(['divide', 'separate', 'share']);
    expect(takeCacheWarnings()).toEqual([{ path: file, code: 'cache-rebuilt', message: 'cache file is damaged; rebuilt' }]);
  });
});

describe.skipIf(!HAS_APERTIUM)('wrong-shaped cache files in a whole run', () => {
  it('every cache file [null]: same report, one cache-rebuilt warning a file read, the next run clean', async () => {
    const cacheDir = path.join(tmp, 'run-wrong-shapes');
    const first = await compareArticles(['--cache-dir', cacheDir]);
    expect(first.warnings).toEqual([]);
    const files = (await fsp.readdir(cacheDir)).sort();
    expect(files).toContain('apertium-fr-en.jsonl');
    for (const f of files) await fsp.writeFile(path.join(cacheDir, f), '[null]\n');
    const second = await compareArticles(['--cache-dir', cacheDir]);
    expect(withoutWarnings(second)).toEqual(withoutWarnings(first));
    // Which dictionary files a run reads again depends on what this process still holds in memory
    // (a new process reads them all); each file read is rebuilt, and said once.
    const warned = second.warnings.map((w) => path.basename(w.path));
    expect(second.warnings.every((w) => w.code === 'cache-rebuilt' && w.message === REBUILT && path.dirname(w.path) === cacheDir)).toBe(true);
    expect(new Set(warned).size).toBe(warned.length);
    expect(warned).toContain('apertium-fr-en.jsonl');
    for (const f of files) {
      const text = await fsp.readFile(path.join(cacheDir, f), 'utf8');
      expect(text === '[null]\n').toBe(!warned.includes(f));
    }
    const third = await compareArticles(['--cache-dir', cacheDir]);
    expect(third.warnings).toEqual([]);
    expect(withoutWarnings(third)).toEqual(withoutWarnings(first));
  });
});

// --- special files in the cache -------------------------------------------------------------------

/**
 * A safety net for the FIFO tests: if the code under test blocked on a FIFO, the whole test process
 * would hang, past any time limit. After `ms`, this opens each FIFO for reading and writing, which
 * releases a blocked reader or writer; the test then fails on its elapsed time instead of hanging.
 */
function releaseFifosAfter(fifos: string[], ms: number): ChildProcess {
  return spawn('sh', ['-c', `sleep ${ms / 1000}; for f in "$@"; do (exec 3<>"$f"; sleep 1) & done; wait`, 'sh', ...fifos], { stdio: 'ignore' });
}

const HAS_MKFIFO = spawnSync('sh', ['-c', 'command -v mkfifo'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!HAS_MKFIFO)('a FIFO where a cache file should be', () => {
  let releaser: ChildProcess | undefined;
  afterEach(() => {
    releaser?.kill();
    setDictionaryCacheDir(undefined);
    forgetLoadedDictionaries();
  });

  it('is neither read nor written (no hang), with one warning; the rest of the cache still works', async () => {
    const dir = await warmCache('fifo');
    const translations = await cacheFile(dir, 'translations');
    const dictionary = await cacheFile(dir, 'dictionary');
    for (const file of [translations, dictionary]) {
      await fsp.rm(file);
      expect(spawnSync('mkfifo', [file]).status).toBe(0);
    }
    releaser = releaseFifosAfter([translations, dictionary], 4000);
    const started = Date.now();

    // In a run's order: the dictionaries (from the facts stage), then the translations (the bridge).
    expect(readDictionaryThrough(dir)!.get('partager')).toEqual(['divide', 'separate', 'share']);
    forgetLoadedCacheFiles();
    const cache = new TranslationCache(dir, 'apertium-fr-en');
    expect(cache.get('a')).toBeUndefined();
    cache.setMany([['b', 'two']]);
    expect(cache.get('b')).toBe('two');

    expect(Date.now() - started).toBeLessThan(3000);
    expect(takeCacheWarnings()).toEqual([
      { path: dictionary, code: 'cache-unusable', message: 'cache file is not a regular file; not used' },
      { path: translations, code: 'cache-unusable', message: 'cache file is not a regular file; not used' },
    ]);
    // Left in place, untouched.
    expect(fs.statSync(translations).isFIFO()).toBe(true);
    expect(fs.statSync(dictionary).isFIFO()).toBe(true);
  });
});

// --- Apertium's temporary folder on an interrupt --------------------------------------------------

describe.skipIf(!HAS_APERTIUM)("Apertium's temporary folder", () => {
  it('listens for interrupts only while a translation is under way', async () => {
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'] as const;
    const counts = () => events.map((e) => process.listenerCount(e));
    const before = counts();
    const slow = path.join(tmp, 'slow-bin');
    await fsp.mkdir(slow, { recursive: true });
    await fsp.writeFile(path.join(slow, 'apertium'), '#!/bin/sh\nsleep 0.3\nif [ -n "$3" ]; then cat "$3"; else cat; fi\n', { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${slow}${path.delimiter}${saved}`;
    resetApertiumStatus();
    try {
      const translating = translateLines('fr', ['Le chat dort.']);
      await vi.waitFor(() => expect(counts()).toEqual(before.map((n) => n + 1)), { timeout: 2000, interval: 10 });
      expect(await translating).toEqual(['Le chat dort.']);
    } finally {
      process.env.PATH = saved;
      resetApertiumStatus();
    }
    expect(counts()).toEqual(before);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('is removed on %s, Apertium is stopped, and the signal still ends the process', async (signal) => {
    const work = await fsp.mkdtemp(path.join(tmp, 'interrupt-'));
    const systemTmp = path.join(work, 'tmp');
    const bin = path.join(work, 'bin');
    const pids = path.join(work, 'pids');
    await Promise.all([fsp.mkdir(systemTmp), fsp.mkdir(bin)]);
    // A stand-in Apertium that notes its process id and never finishes.
    await fsp.writeFile(path.join(bin, 'apertium'), `#!/bin/sh\necho $$ >> "${pids}"\nexec sleep 30\n`, { mode: 0o755 });
    const script = path.join(work, 'translate.mts');
    await fsp.writeFile(script, `import { translateLines } from ${JSON.stringify(path.join(ROOT, 'src', 'bridge', 'apertium.ts'))};\nvoid translateLines('fr', ['Le chat dort.']).catch(() => undefined);\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, TMPDIR: systemTmp },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, sig) => resolve(sig ?? code)));
    // Wait for the translation to be under way: its folder made, both Apertium stand-ins started.
    const deadline = Date.now() + 15_000;
    const started = () => fs.existsSync(pids) && fs.readFileSync(pids, 'utf8').trim().split('\n').length === 2;
    while (!started() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(started()).toBe(true);
    expect((await fsp.readdir(systemTmp)).filter((f) => f.startsWith('claimdiff-apertium-'))).toHaveLength(1);

    child.kill(signal);
    expect(await exited).toBe(signal);
    // (tsx keeps a folder of its own there)
    expect((await fsp.readdir(systemTmp)).filter((f) => f.startsWith('claimdiff-apertium-'))).toEqual([]);
    const stopped = fs.readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    await vi.waitFor(() => expect(stopped.filter(isRunning)).toEqual([]), { timeout: 2000, interval: 20 });
  });
});

/** Whether a process is alive (a zombie waiting for a parent that is gone does not count). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}
