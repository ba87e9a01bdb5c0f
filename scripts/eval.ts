/**
 * npm run eval — accuracy on the development data (../shared/benchmarks) and the corpus.
 *
 *   FLORES dev: cross-lingual retrieval precision@1 (fr→en, it→en, fr→it, all 997 lines) and
 *   article-level alignment precision / recall / F1 with one side shuffled, through `compare`;
 *   the corpus: time and peak memory of one `compare`, cold and warm translation cache;
 *   DEMETR dev: facts and every rule's recall per perturbation and false alarms;
 *   REFreSD dev: meaning differences flagged, one pair at a time and in a pile;
 *   findings: corpus gold, fixture stories, judged precision of every rule (all findings and those shown).
 *
 * Each bridge is measured: Apertium (when installed), lexical with the FreeDict dictionaries (when
 * installed), lexical without them. `--write` replaces the generated part of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apertiumStatus } from '../src/bridge/apertium.js';
import { dictionaryStatus } from '../src/bridge/dictionary.js';
import type { BridgeName } from '../src/bridge/index.js';
import { alignArticles, groupPairs, scorePairs } from './article-alignment.js';
import { ROOT, readFlores } from './flores.js';
import { replaceSection } from './docs.js';
import { retrieval } from './retrieval.js';
import { RIGHT_RULES, demetrFacts, demetrRules, readDemetr } from './demetr.js';
import { readRefresd, refresdInAPile, refresdOneByOne } from './refresd.js';
import { STORY_SETS, scoreStories, type StoryScore } from './stories.js';
import { judgedPrecision, totalOf } from './precision.js';
import { CLAIM_STORY_SETS, scoreClaimStories } from './claim-stories.js';
import { compare } from '../src/index.js';

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

for (const setup of setups.filter((x) => !x.dictionaryDirs)) {
  say('');
  say(`### Discrepancy rules on DEMETR dev, ${setup.name}`);
  say('');
  say('Recall: share of applied perturbations for which the right rule reports a finding (numbers: divergent-figure/date/time;');
  say('names: name-mismatch; negation: polarity-flip or altered-quote; the others: any finding). False alarms: share of faithful');
  say('pairs (source with the checked machine translation, source with the human reference) with any finding.');
  say('');
  const figures = await demetrRules(readDemetr(), setup.bridge, cacheDir);
  // The default report leaves out findings under the confidence threshold; every finding counts at 0.
  const unfiltered = await demetrRules(readDemetr(), setup.bridge, cacheDir, 0);
  const ratio = ([hit, all]: [number, number]) => `${(hit / Math.max(1, all)).toFixed(2)} (${hit}/${all})`;
  const both = (row: Record<string, [number, number]> | undefined): [number, number] => Object.values(row ?? {}).reduce<[number, number]>((acc, [h, a]) => [acc[0] + h, acc[1] + a], [0, 0]);
  say('| perturbation | fr | it | both | both, every finding (threshold 0) |');
  say('| --- | --- | --- | --- | --- |');
  for (const kind of Object.keys(RIGHT_RULES)) {
    const row = figures.recall[kind];
    say(`| ${kind} (recall) | ${ratio(row?.fr ?? [0, 0])} | ${ratio(row?.it ?? [0, 0])} | ${ratio(both(row))} | ${ratio(both(unfiltered.recall[kind]))} |`);
  }
  for (const kind of ['mt', 'reference']) {
    const row = figures.falseAlarms[kind];
    say(`| ${kind} (false alarms) | ${ratio(row?.fr ?? [0, 0])} | ${ratio(row?.it ?? [0, 0])} | ${ratio(both(row))} | ${ratio(both(unfiltered.falseAlarms[kind]))} |`);
  }
  say(`| shuffle_trans (wrongly aligned) | ${ratio(figures.shuffled.fr ?? [0, 0])} | ${ratio(figures.shuffled.it ?? [0, 0])} | ${ratio(both(figures.shuffled))} | ${ratio(both(unfiltered.shuffled))} |`);
  say('');
  say(`False alarms by rule: ${Object.entries(figures.falseAlarmRules).sort().map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}; every finding: ${Object.entries(unfiltered.falseAlarmRules).sort().map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}.`);

  say('');
  say(`### False alarms on FLORES dev articles (faithful translations), ${setup.name}`);
  say('');
  say('| pair | aligned pairs | findings | per 100 aligned pairs | by rule |');
  say('| --- | --- | --- | --- | --- |');
  for (const [from, to] of [['fr', 'en'], ['it', 'en'], ['fr', 'it']] as const) {
    const articles = await alignArticles(flores, from, to, setup.bridge, cacheDir);
    const aligned = articles.reduce((n, a) => n + groupPairs(a).length, 0);
    const byRule: Record<string, number> = {};
    for (const a of articles) for (const d of a.context.report!.discrepancies) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
    const findings = Object.values(byRule).reduce((x, y) => x + y, 0);
    say(`| ${from}–${to} | ${aligned} | ${findings} | ${((100 * findings) / Math.max(1, aligned)).toFixed(1)} | ${Object.entries(byRule).sort().map(([r, n]) => `${r} ${n}`).join(', ') || '—'} |`);
  }
}

say('');
say('### Meaning differences, REFreSD dev (English–French, 520 pairs judged by people)');
say('');
say('A pair is flagged when a finding sets its two sentences against each other. Binary precision, recall and F1 of');
say('"some meaning difference" against "no meaning difference"; false alarms: equivalent pairs flagged; unrelated pairs');
say('aligned or related. One at a time: each pair as two one-sentence articles. In a pile: every English sentence in one');
say('article, every French one in another in a fixed shuffled order, one paragraph each.');
say('');
say('| bridge | mode | threshold | precision | recall | F1 | false alarms on equivalent pairs | unrelated pairs aligned | findings on flagged pairs, by rule |');
say('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
{
  const rows = readRefresd();
  const share = ([hit, all]: [number, number]) => `${(hit / Math.max(1, all)).toFixed(2)} (${hit}/${all})`;
  for (const setup of setups.filter((x) => !x.dictionaryDirs)) {
    for (const [mode, run] of [['one at a time', refresdOneByOne], ['in a pile', refresdInAPile]] as const) {
      for (const threshold of [undefined, 0]) {
        const f = await run(rows, setup.bridge, cacheDir, threshold);
        say(`| ${setup.name} | ${mode} | ${threshold === undefined ? 'default' : 'all (0)'} | ${f.precision.toFixed(2)} | ${f.recall.toFixed(2)} | ${f.f1.toFixed(2)} | ${share(f.none)} | ${share(f.unrelated)} | ${Object.entries(f.byRule).sort().map(([r, n]) => `${r} ${n}`).join(', ') || '—'} |`);
      }
    }
  }
}

/** A set of stories' totals: conflicts found, traps violated, updates as contradictions, findings outside the gold. */
function storyCells(stories: readonly StoryScore[]): string {
  const sum = (f: (s: StoryScore) => number) => stories.reduce((n, s) => n + f(s), 0);
  return `${sum((s) => s.found.length)}/${sum((s) => s.conflicts)} | ${sum((s) => s.violated.length)}/${sum((s) => s.traps)} | ${sum((s) => s.updatesAsConflicts.length)} | ${sum((s) => s.unmatchedFindings.length)}/${sum((s) => s.figureFindings)}`;
}

/** The setups the stories are scored with (a bridge each, no dictionary variants). */
const storySetups = setups.filter((s) => !s.dictionaryDirs).map((setup) => ({ setup, bridge: setup.bridge === 'apertium' ? ('apertium' as const) : ('lexical' as const) }));

// The fact sheet and the findings: the corpus gold (../shared/benchmarks/corpus-gold/score.py), the fixture
// stories with their gold, and the hand-judged precision of every rule's findings.
say('');
say('### Findings: corpus gold, stories, judged precision');
say('');
say('Corpus gold: must-find discrepancies found and look-alike traps violated (`score.py`, sentence membership, default');
say('report). Stories: the fixture stories of `tests/fixtures/stories` (planted conflicts found, traps violated, updates');
say('reported as contradictions, figure/date/time findings that touch no planted conflict or update). Judged right: findings');
say('judged by reading in `docs/judgements/figures.json` (figures, dates, times) and `docs/judgements/claims.json` (every other');
say('rule; coverage findings on the corpus only), over the corpus and all stories, for every finding and for those a default');
say('report shows (confidence at or above 0.5, calibrated on these same judgements: in-sample). Unjudged findings are listed.');
say('');
say('| bridge | corpus must-find | corpus traps violated | stories: conflicts found | traps violated | updates as contradictions | findings outside the gold | figures judged right (all / shown) | other rules judged right (all / shown) | unjudged |');
say('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { setup, bridge } of storySetups) {
  const reportFile = path.join(cacheDir, `corpus-${bridge}.json`);
  const report = await compare([path.join(ROOT, 'corpus')], { bridge, cacheDir: false, cwd: ROOT });
  writeFileSync(reportFile, JSON.stringify(report));
  const scored = spawnSync('python3', [path.join(ROOT, '..', 'shared', 'benchmarks', 'corpus-gold', 'score.py'), 'score', path.join(ROOT, '..', 'shared', 'benchmarks', 'corpus-gold', 'corpus.json'), reportFile, '--json'], { encoding: 'utf8' });
  const gold = scored.status === 0 ? (JSON.parse(scored.stdout) as { must_found: string; traps_violated: string }) : { must_found: 'n/a', traps_violated: 'n/a' };
  const stories = await scoreStories(bridge);
  const precision = await judgedPrecision(bridge);
  const cell = (p: (typeof precision)['figures']) => {
    const [all, shown] = [totalOf(p.byRule), totalOf(p.shownByRule)];
    return `${all.right}/${all.judged} / ${shown.right}/${shown.judged}`;
  };
  const unjudged = [...precision.figures.unjudged, ...precision.claims.unjudged];
  say(`| ${setup.name} | ${gold.must_found} | ${gold.traps_violated} | ${storyCells(stories)} | ${cell(precision.figures)} | ${cell(precision.claims)} | ${unjudged.length} |`);
  for (const scope of ['figures', 'claims'] as const) {
    for (const [rule, r] of Object.entries(precision[scope].byRule).sort()) {
      const shown = precision[scope].shownByRule[rule] ?? { right: 0, wrong: 0 };
      say(`- ${setup.name}, ${rule}: ${r.right}/${r.right + r.wrong} right; shown by default ${shown.right}/${shown.right + shown.wrong}`);
    }
  }
  say(`- ${setup.name}: coverage findings on the stories, not judged: ${precision.claims.coverageUnjudged}`);
  for (const key of unjudged) say(`- ${setup.name}, unjudged: ${key}`);
}
say('');
say(`Held-out and fresh stories (${STORY_SETS.slice(1).map((set, i) => `\`${i === 0 ? 'tests/fixtures/' : ''}${path.basename(set.root)}\``).join(', ')}; see their READMEs for`);
say('how often they were read before this measure). Judged precision above counts their findings too.');
say('');
say('| bridge | stories | conflicts found | traps violated | updates as contradictions | findings outside the gold |');
say('| --- | --- | --- | --- | --- | --- |');
for (const { setup, bridge } of storySetups) {
  for (const { name, root } of STORY_SETS.slice(1)) {
    const stories = await scoreStories(bridge, root);
    say(`| ${setup.name} | ${name} (${stories.map((s) => s.story).join(', ')}) | ${storyCells(stories)} |`);
  }
}

say('');
say(`Stories planted with every kind of discrepancy (${CLAIM_STORY_SETS.map((set) => `\`tests/fixtures/${path.basename(set.root)}\``).join(', ')}; \`scripts/claim-stories.ts\`): a planted`);
say('discrepancy is found when a finding (coverage aside) sets a sentence of one side against one of another; a trap is violated');
say('when a finding\'s evidence lies in the sentences of two of its sides. Findings: shown, coverage aside.');
say('');
say('| bridge | set | threshold | discrepancies found | traps violated | findings |');
say('| --- | --- | --- | --- | --- | --- |');
for (const { setup, bridge } of storySetups) {
  for (const set of CLAIM_STORY_SETS) {
    for (const threshold of [undefined, 0]) {
      const scores = await scoreClaimStories(bridge, set.root, threshold);
      const sum = (f: (s: (typeof scores)[number]) => number) => scores.reduce((n, s) => n + f(s), 0);
      say(`| ${setup.name} | ${set.key} | ${threshold === undefined ? 'default' : 'all (0)'} | ${sum((s) => s.found.length)}/${sum((s) => s.discrepancies)} | ${sum((s) => s.violated.length)}/${sum((s) => s.traps)} | ${sum((s) => s.findings)} |`);
    }
  }
}

rmSync(cacheDir, { recursive: true, force: true });

if (write) replaceSection('eval', out);
