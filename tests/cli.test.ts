import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { apertiumStatus } from '../src/bridge/apertium.js';
import { CORPUS, FIXTURES, ROOT, captureIo } from './helpers.js';

// eslint-disable-next-line no-control-regex -- terminal escape codes are what is tested
const ANSI = /\u001b\[/;
let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-cli-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('claimdiff compare (in process)', () => {
  it('prints the text report of the corpus and exits 0', async () => {
    const io = captureIo();
    expect(await run(['compare', 'corpus'], io)).toBe(0);
    expect(io.out()).toMatch(/^claimdiff \d+\.\d+\.\d+ — 5 documents, \d+ sentences/);
    expect(io.out()).toContain('000_3094a770bdbee7af  fr');
    expect(io.out()).toContain('Aligned claims');
    expect(io.err()).toBe('');
  });

  it('makes compare the default command', async () => {
    const io = captureIo();
    expect(await run(['corpus', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).documents).toHaveLength(5);
  });

  it('--format json prints exactly one JSON object', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.tool.name).toBe('claimdiff');
    expect(io.out().trim().startsWith('{')).toBe(true);
  });

  it('--format rejects an unknown format with exit 2', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--format', 'pdf'], io)).toBe(2);
    expect(io.err()).toMatch(/pdf/);
  });

  it('-o writes the report to a file and nothing to stdout', async () => {
    const file = path.join(tmp, 'report.json');
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--format', 'json', '-o', file], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(JSON.parse(await fs.readFile(file, 'utf8')).documents).toHaveLength(5);
  });

  it('-o refuses to overwrite an input file', async () => {
    const a = path.join(tmp, 'a.txt');
    const b = path.join(tmp, 'b.txt');
    await fs.writeFile(a, 'Heavy rain flooded the valley on Sunday, forcing 3,000 residents from their homes.');
    await fs.writeFile(b, 'The storm flooded the valley on Sunday and forced 3,000 people from their homes.');
    const io = captureIo();
    expect(await run(['compare', a, b, '-o', b], io)).toBe(2);
    expect(io.err()).toMatch(/refusing to overwrite/);
    expect(await fs.readFile(b, 'utf8')).toMatch(/^The storm/);
  });

  it('--languages leaves other languages out, with a warning naming each file', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--languages', 'fr,it', '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.documents.map((d: { language: string }) => d.language)).toEqual(['fr', 'fr', 'it']);
    expect(io.err()).toMatch(/corpus\/003_53709d8443e247b0\.txt: language is en, outside --languages fr,it, skipped/);
  });

  it('--languages rejects an unsupported code with exit 2', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--languages', 'fr,de'], io)).toBe(2);
    expect(io.err()).toMatch(/unsupported language 'de'/);
  });

  it('colours the text report on a terminal, and not with --no-color, NO_COLOR or a pipe', async () => {
    const tty = captureIo({ tty: true, env: {} });
    await run(['compare', CORPUS], tty);
    expect(tty.out()).toMatch(ANSI);
    const noColor = captureIo({ tty: true });
    await run(['compare', CORPUS, '--no-color'], noColor);
    expect(noColor.out()).not.toMatch(ANSI);
    const env = captureIo({ tty: true, env: { NO_COLOR: '1' } });
    await run(['compare', CORPUS], env);
    expect(env.out()).not.toMatch(ANSI);
    const pipe = captureIo({ tty: false });
    await run(['compare', CORPUS], pipe);
    expect(pipe.out()).not.toMatch(ANSI);
    const forced = captureIo({ tty: false, env: { FORCE_COLOR: '1' } });
    await run(['compare', CORPUS], forced);
    expect(forced.out()).toMatch(ANSI);
  });

  it('--width wraps the text report', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--width', '60'], io)).toBe(0);
    const long = io.out().split('\n').filter((l) => l.length > 60);
    expect(long).toEqual([]);
    expect(await run(['compare', CORPUS, '--width', 'wide'], captureIo())).toBe(2);
  });

  it('reads standard input for -', async () => {
    const io = captureIo({ stdin: 'Les autorités ont indiqué que douze personnes avaient été tuées lundi dans le séisme.' });
    expect(await run(['compare', '-', path.join(FIXTURES, 'ingest', 'article.md'), '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.documents.map((d: { id: string; language: string }) => [d.id, d.language])).toEqual([
      ['article', 'en'],
      ['stdin', 'fr'],
    ]);
  });

  it('names an unreadable file on stderr in one line and compares the rest', async () => {
    const loop = path.join(tmp, 'loop.txt');
    await fs.symlink(loop, loop).catch(() => {});
    const io = captureIo();
    expect(await run(['compare', loop, CORPUS, '-f', 'json'], io)).toBe(0);
    expect(io.err()).toMatch(/^claimdiff: .*loop\.txt: .*symlink loop.*, skipped$/m);
    expect(JSON.parse(io.out()).documents).toHaveLength(5);
  });

  it.skipIf(process.getuid?.() === 0)('names a file without read permission (not testable as root)', async () => {
    const locked = path.join(tmp, 'locked.txt');
    await fs.writeFile(locked, 'secret');
    await fs.chmod(locked, 0o000);
    const io = captureIo();
    expect(await run(['compare', locked, CORPUS], io)).toBe(0);
    expect(io.err()).toMatch(/locked\.txt: permission denied, skipped/);
  });

  it('names a binary file on stderr in one line and compares the rest', async () => {
    const pdf = path.join(tmp, 'scan.pdf');
    await fs.writeFile(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    const io = captureIo();
    expect(await run(['compare', pdf, CORPUS], io)).toBe(0);
    // A path outside the working directory is shown absolute.
    expect(io.err()).toBe(`claimdiff: ${pdf}: binary file (PDF), not text, skipped\n`);
  });

  it('--quiet keeps warnings off stderr', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, path.join(tmp, 'missing.txt'), '--quiet'], io)).toBe(0);
    expect(io.err()).toBe('');
  });

  it('exits 2 when fewer than two documents can be compared', async () => {
    const io = captureIo();
    expect(await run(['compare', path.join(FIXTURES, 'ingest', 'article.md')], io)).toBe(2);
    expect(io.err()).toMatch(/nothing to compare: only one document/);
    expect(io.out()).toBe('');
    const none = captureIo();
    expect(await run(['compare', path.join(tmp, 'missing.txt')], none)).toBe(2);
    expect(none.err()).toMatch(/missing\.txt: no such file or directory, skipped\nclaimdiff: nothing to compare: no document/);
  });

  it('exits 2 on usage errors: no paths, unknown option', async () => {
    expect(await run(['compare'], captureIo())).toBe(2);
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown option '--frobnicate'/);
  });

  it('--bridge lexical uses the lexical bridge and says so in the report', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--bridge', 'lexical', '-f', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).bridge).toEqual({ en: 'pivot', fr: 'lexical', it: 'lexical' });
    expect(await run(['compare', CORPUS, '--bridge', 'babelfish'], captureIo())).toBe(2);
  });

  it('--cache-dir puts the translation cache there, and --no-cache writes none', async () => {
    const dir = path.join(tmp, 'cache-here');
    expect(await run(['compare', CORPUS, '--cache-dir', dir, '-f', 'json'], captureIo())).toBe(0);
    const status = apertiumStatus();
    if (status.languages.length > 0) expect((await fs.readdir(dir)).some((f) => f.startsWith('apertium-'))).toBe(true);
    const none = path.join(tmp, 'cache-none');
    expect(await run(['compare', CORPUS, '--cache-dir', none, '--no-cache', '-f', 'json'], captureIo())).toBe(0);
    await expect(fs.stat(none)).rejects.toThrow();
  });

  it('doctor says what the bridge can use here, as text and as JSON', async () => {
    const io = captureIo();
    expect(await run(['doctor'], io)).toBe(0);
    expect(io.out()).toMatch(/Apertium: /);
    expect(io.out()).toMatch(/fr → en: /);
    expect(io.out()).toMatch(/freedict-ita-eng: (installed|missing)/);
    const json = captureIo();
    expect(await run(['doctor', '--json'], json)).toBe(0);
    const found = JSON.parse(json.out());
    expect(Object.keys(found.bridge).sort()).toEqual(['fr', 'it']);
    if (found.install.length) expect(found.install[0]).toMatch(/^apt-get install /);
  });

  it('--rules runs only the rules named, and rejects an unknown one', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--rules', 'name-mismatch,divergent-figure', '-f', 'json'], io)).toBe(0);
    const rules = new Set(JSON.parse(io.out()).discrepancies.map((d: { rule: string }) => d.rule));
    expect([...rules].every((r) => r === 'name-mismatch' || r === 'divergent-figure')).toBe(true);
    const bad = captureIo();
    expect(await run(['compare', CORPUS, '--rules', 'made-up'], bad)).toBe(2);
    expect(bad.err()).toMatch(/unknown rule 'made-up'/);
  });

  it('--min-severity leaves out the findings below it', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '--min-severity', 'high', '-f', 'json'], io)).toBe(0);
    const severities = JSON.parse(io.out()).discrepancies.map((d: { severity: string }) => d.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(severities.every((s: string) => s === 'high')).toBe(true);
  });

  it('--fail-on exits 1 when a finding at that severity or above is reported, 0 otherwise', async () => {
    expect(await run(['compare', CORPUS, '--fail-on', 'high', '-f', 'json'], captureIo())).toBe(1);
    const silent = path.join(FIXTURES, 'rules', 'divergent-date', 'silent');
    expect(await run(['compare', silent, '--fail-on', 'low', '--bridge', 'lexical', '-f', 'json'], captureIo())).toBe(0);
    expect(await run(['compare', CORPUS, '--fail-on', 'severe'], captureIo())).toBe(2);
  });

  it('--format markdown prints a Markdown report with the findings side by side', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '-f', 'markdown'], io)).toBe(0);
    expect(io.out()).toMatch(/^# claimdiff report/);
    expect(io.out()).toMatch(/### d1 · HIGH · `[a-z-]+`/);
    expect(io.out()).toMatch(/\*\*[^*]+\*\*/);
    expect(io.out()).toContain('## Coverage');
  });

  it('--format html writes one self-contained page', async () => {
    const io = captureIo();
    expect(await run(['compare', CORPUS, '-f', 'html'], io)).toBe(0);
    const html = io.out();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('class="finding high"');
    expect(html).toContain('<mark>');
  });

  it('--version and --help exit 0 on stdout', async () => {
    const version = captureIo();
    expect(await run(['--version'], version)).toBe(0);
    expect(version.out().trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = captureIo();
    expect(await run(['compare', '--help'], help)).toBe(0);
    for (const flag of ['--format', '--output', '--languages', '--no-color', '--quiet', '--width', '--bridge', '--cache-dir', '--no-cache', '--rules', '--min-severity', '--fail-on']) expect(help.out()).toContain(flag);
  });
});

describe('bin/claimdiff.js (a real process)', () => {
  it('prints only the JSON report on stdout and exits 0', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'claimdiff.js'), 'compare', 'corpus', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).documents).toHaveLength(5);
    expect(result.stderr).toBe('');
  });

  it('sets exit code 2 for a usage error', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'claimdiff.js'), 'compare', 'corpus', '--format', 'nope'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });
});
