/**
 * npm run eval — accuracy on the development data (../shared/benchmarks) and the corpus.
 *
 *   FLORES dev: cross-lingual retrieval precision@1 (fr→en, it→en, fr→it, all 997 lines) and
 *   article-level alignment precision / recall / F1 with one side shuffled, through `compare`;
 *   the corpus: time and peak memory of one `compare`, cold and warm translation cache.
 *
 * Each bridge is measured: Apertium (when installed), lexical with the FreeDict dictionaries (when
 * installed), lexical without them. `--write` replaces the generated part of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apertiumStatus } from '../src/bridge/apertium.js';
import { dictionaryStatus } from '../src/bridge/dictionary.js';
import type { BridgeName } from '../src/bridge/index.js';
import { alignArticles, groupPairs, scorePairs } from './article-alignment.js';
import { ROOT, readFlores } from './flores.js';
import { retrieval } from './retrieval.js';
import { demetrFacts, readDemetr } from './demetr.js';

const write = process.argv.includes('--write');
const flores = readFlores();
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-eval-'));
const out: string[] = [];
const say = (line = '') => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};

interface Setup {
  name: string;
  bridge: BridgeName;
  dictionaryDirs?: string[];
}
const setups: Setup[] = [];
if (apertiumStatus().languages.length === 2) setups.push({ name: 'Apertium', bridge: 'apertium' });
if (dictionaryStatus().every((d) => d.installed)) setups.push({ name: 'lexical + FreeDict', bridge: 'lexical' });
setups.push({ name: 'lexical, no dictionary', bridge: 'lexical', dictionaryDirs: [path.join(cacheDir, 'none')] });

say(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`);
say('');
say('### Cross-lingual retrieval, FLORES dev (997 lines each way; precision@1)');
say('');
say('| bridge | fr→en | it→en | fr→it | seconds (all three) |');
say('| --- | --- | --- | --- | --- |');
for (const setup of setups) {
  const results = [];
  for (const [from, to] of [['fr', 'en'], ['it', 'en'], ['fr', 'it']] as const) {
    results.push(await retrieval(flores, from, to, setup.bridge, cacheDir, setup.dictionaryDirs));
  }
  say(`| ${setup.name} | ${results.map((r) => r.precisionAt1.toFixed(3)).join(' | ')} | ${results.reduce((s, r) => s + r.seconds, 0).toFixed(1)} |`);
}

say('');
say('### Article alignment, FLORES dev (281 mini-articles, second side shuffled, through `compare`)');
say('');
say('| bridge | pair | predicted pairs | precision | recall | F1 |');
say('| --- | --- | --- | --- | --- | --- |');
for (const setup of setups.filter((s) => !s.dictionaryDirs)) {
  for (const [from, to] of [['fr', 'en'], ['it', 'en'], ['fr', 'it']] as const) {
    const articles = await alignArticles(flores, from, to, setup.bridge, cacheDir);
    const score = scorePairs(articles, groupPairs);
    say(`| ${setup.name} | ${from}–${to} | ${score.predicted} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.f1.toFixed(3)} |`);
  }
}

/** One `compare` of the corpus in a fresh process: wall time and peak RSS. */
function timeCorpus(bridge: BridgeName, cache: string): { ms: number; rssMb: number; alignments: number } {
  const script = `
    const { compare } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'index.js'))});
    const t = performance.now();
    const report = await compare([${JSON.stringify(path.join(ROOT, 'corpus'))}], { bridge: ${JSON.stringify(bridge)}, cacheDir: ${JSON.stringify(cache)} });
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, alignments: report.alignments.length }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

say('');
say('### The corpus (5 articles, 115 sentences): one `compare` in a fresh process');
say('');
say('| bridge | cache | time (ms) | peak RSS (MB) | alignment groups |');
say('| --- | --- | --- | --- | --- |');
for (const setup of setups.filter((s) => !s.dictionaryDirs)) {
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-cold-'));
  const cold = timeCorpus(setup.bridge, fresh);
  const warm = timeCorpus(setup.bridge, fresh);
  rmSync(fresh, { recursive: true, force: true });
  say(`| ${setup.name} | cold | ${cold.ms.toFixed(0)} | ${cold.rssMb.toFixed(0)} | ${cold.alignments} |`);
  say(`| ${setup.name} | warm | ${warm.ms.toFixed(0)} | ${warm.rssMb.toFixed(0)} | ${warm.alignments} |`);
}

say('');
say('### Facts on DEMETR dev (French and Italian sources against their English, through the pipeline)');
say('');
say('Numbers are quantities (value), dates (year, day) and clock times; names are compared by key, countries by code,');
say('other names also by a near spelling across languages.');
say('');
say('| language | number swaps visible | name swaps visible | references with equal numbers | references with equal names |');
say('| --- | --- | --- | --- | --- |');
{
  const rows = readDemetr();
  const figures = await demetrFacts(rows, 'lexical', cacheDir);
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)} %)`;
  const all = { numbersApplied: 0, numbersVisible: 0, namesApplied: 0, namesVisible: 0, references: 0, referencesEqualNumbers: 0, referencesEqualNames: 0 };
  for (const [language, f] of Object.entries(figures).sort()) {
    for (const k of Object.keys(all) as Array<keyof typeof all>) all[k] += f[k];
    say(`| ${language} | ${pct(f.numbersVisible, f.numbersApplied)} | ${pct(f.namesVisible, f.namesApplied)} | ${pct(f.referencesEqualNumbers, f.references)} | ${pct(f.referencesEqualNames, f.references)} |`);
  }
  say(`| both | ${pct(all.numbersVisible, all.numbersApplied)} | ${pct(all.namesVisible, all.namesApplied)} | ${pct(all.referencesEqualNumbers, all.references)} | ${pct(all.referencesEqualNames, all.references)} |`);
}

rmSync(cacheDir, { recursive: true, force: true });

if (write) {
  const file = path.join(ROOT, 'docs', 'benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < 0) throw new Error('docs/benchmarks.md lacks the eval markers');
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${out.join('\n')}\n${text.slice(b)}`);
  process.stdout.write('\ndocs/benchmarks.md updated\n');
}
