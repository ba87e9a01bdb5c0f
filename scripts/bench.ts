/**
 * npm run bench — speed and scale on synthetic stories (scripts/story.ts) of N = 10, 100, 1,000 and
 * 2,000 articles, and on the bundled corpus.
 *
 * Each run is one `compare` in a fresh Node process (the real library, built in dist/), so that peak
 * RSS is that run's own. Figures: wall time of `compare`, peak RSS, sentences per second, candidate
 * pairs scored exactly per sentence, findings, and how many of the deliberately altered figures were
 * reported as divergent-figure. Bridges: lexical, and Apertium with a cold then a warm cache when it
 * is installed.
 *
 *   npm run bench                  all sizes
 *   npm run bench -- --sizes 10,100 --bridges lexical
 *   npm run bench -- --write       also replace the generated part of docs/benchmarks.md
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apertiumStatus } from '../src/bridge/apertium.js';
import type { BridgeName } from '../src/bridge/index.js';
import { BENCHMARKS, ROOT, readFlores } from './flores.js';
import { replaceSection } from './docs.js';
import { generateStory, type Story } from './story.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [10, 100, 1000, 2000];
const bridgesArg = args[args.indexOf('--bridges') + 1];
const bridges = args.includes('--bridges') && bridgesArg ? bridgesArg.split(',') : ['lexical', 'apertium'];

interface RunResult {
  ms: number;
  rssMb: number;
  sentences: number;
  candidatePairs: number;
  groups: number;
  findings: number;
  /** Altered figures reported by divergent-figure, by article and FLORES line. */
  found: string[];
  /** Share of the FLORES lines carried by two articles or more whose copies form one group. */
  whole: number;
  /** Share of the pairs of grouped sentences that come from one FLORES line. */
  apart: number;
}

/** One compare in a fresh process. */
function run(input: string, bridge: BridgeName, cacheDir: string | false): RunResult {
  const script = `
    const { runPipeline } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'pipeline.js'))});
    const t = performance.now();
    const context = await runPipeline([${JSON.stringify(input)}], { bridge: ${JSON.stringify(bridge)}, cacheDir: ${JSON.stringify(cacheDir)} });
    const ms = performance.now() - t;
    const report = context.report;
    const text = new Map(report.sentences.map((s) => [s.id, s.document]));
    const found = report.discrepancies.filter((d) => d.rule === 'divergent-figure').flatMap((d) => d.evidence.map((e) => text.get(e.sentence) + '|' + e.text));
    // Claims kept whole: of the FLORES lines carried by two articles or more, the share whose sentences all
    // sit in one alignment group.
    const { readFileSync } = await import('node:fs');
    const line = new Map();
    for (const [code, file] of [['en', 'eng'], ['fr', 'fra'], ['it', 'ita']]) readFileSync(${JSON.stringify(path.join(BENCHMARKS, 'flores-dev'))} + '/' + file + '.txt', 'utf8').split('\\n').forEach((t, i) => line.set(code + '|' + t, i));
    const sentences = context.corpus.sentences;
    const groupOf = new Map();
    context.corpus.alignment.groups.forEach((g, k) => g.members.forEach((i) => groupOf.set(i, k)));
    const byLine = new Map();
    sentences.forEach((s, i) => { const l = line.get(s.language + '|' + s.text); if (l !== undefined) (byLine.get(l) ?? byLine.set(l, []).get(l)).push(i); });
    const carried = [...byLine.values()].filter((list) => new Set(list.map((i) => sentences[i].document)).size >= 2);
    const whole = carried.filter((list) => groupOf.has(list[0]) && list.every((i) => groupOf.get(i) === groupOf.get(list[0]))).length;
    // Claims kept apart: of the pairs of grouped sentences whose FLORES line is known, the share from one line.
    let same = 0, pairs = 0;
    for (const g of context.corpus.alignment.groups) {
      const lines = g.members.map((i) => line.get(sentences[i].language + '|' + sentences[i].text)).filter((l) => l !== undefined);
      for (let a = 0; a < lines.length; a += 1) for (let b = a + 1; b < lines.length; b += 1) { pairs += 1; if (lines[a] === lines[b]) same += 1; }
    }
    console.log(JSON.stringify({
      ms,
      rssMb: process.resourceUsage().maxRSS / 1024,
      sentences: report.sentences.length,
      candidatePairs: context.corpus.alignment.stats.candidatePairs,
      groups: report.alignments.length,
      findings: report.discrepancies.length,
      found,
      whole: carried.length ? whole / carried.length : 1,
      apart: pairs ? same / pairs : 1,
    }));`;
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as RunResult;
}

/** Altered figures that a divergent-figure finding shows, as evidence in the altered article. */
function detected(story: Story, result: RunResult): number {
  return story.alterations.filter((a) => result.found.some((f) => f.startsWith(`${a.article}|`) && f.includes(a.to))).length;
}

const out: string[] = [];
const say = (line = '') => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};

const setups: Array<{ name: string; bridge: BridgeName; cache: 'none' | 'cold' | 'warm' }> = [];
if (bridges.includes('lexical')) setups.push({ name: 'lexical', bridge: 'lexical', cache: 'none' });
if (bridges.includes('apertium') && apertiumStatus().languages.length === 2) setups.push({ name: 'Apertium', bridge: 'apertium', cache: 'cold' }, { name: 'Apertium', bridge: 'apertium', cache: 'warm' });

say(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`);
say('');
say('| input | bridge | cache | sentences | time (s) | peak RSS (MB) | sentences/s | candidate pairs per sentence | groups | claims kept whole | group pair precision | findings | altered figures found |');
say('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const work = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-bench-'));
const times = new Map<string, number>();
const row = (input: string, setup: (typeof setups)[number], r: RunResult, altered: string) =>
  say(
    `| ${input} | ${setup.name} | ${setup.cache} | ${r.sentences} | ${(r.ms / 1000).toFixed(2)} | ${r.rssMb.toFixed(0)} | ${((1000 * r.sentences) / r.ms).toFixed(0)} | ${(r.candidatePairs / Math.max(1, r.sentences)).toFixed(1)} | ${r.groups} | ${input.startsWith('corpus') ? '—' : r.whole.toFixed(2)} | ${input.startsWith('corpus') ? '—' : r.apart.toFixed(3)} | ${r.findings} | ${altered} |`,
  );
try {
  for (const setup of setups) {
    const cache = path.join(work, `cache-corpus-${setup.name}`);
    if (setup.cache === 'warm') run(path.join(ROOT, 'corpus'), setup.bridge, cache);
    const r = run(path.join(ROOT, 'corpus'), setup.bridge, setup.cache === 'none' ? false : cache);
    row('corpus (5)', setup, r, '—');
  }
  const flores = readFlores();
  for (const n of sizes) {
    const story = generateStory(flores, n);
    const dir = path.join(work, `story-${n}`);
    mkdirSync(dir, { recursive: true });
    for (const a of story.articles) writeFileSync(path.join(dir, `${a.name}.txt`), a.text);
    const cache = path.join(work, `cache-${n}`);
    for (const setup of setups) {
      const r = run(dir, setup.bridge, setup.cache === 'none' ? false : cache);
      times.set(`${setup.name}-${setup.cache}-${n}`, r.ms);
      row(`story of ${n}`, setup, r, `${detected(story, r)}/${story.alterations.length}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const ratios = setups
  .map((s) => [s, times.get(`${s.name}-${s.cache}-2000`), times.get(`${s.name}-${s.cache}-1000`)] as const)
  .filter(([, a, b]) => a !== undefined && b !== undefined)
  .map(([s, a, b]) => `${s.name} ${s.cache === 'none' ? '' : `(${s.cache}) `}${(a! / b!).toFixed(2)}`);
if (ratios.length) {
  say('');
  say(`Time ratio, 2,000 articles over 1,000: ${ratios.join('; ')}.`);
}

if (write) replaceSection('bench', out);
