/**
 * Precision of the findings, judged by reading: every finding on the corpus and on the fixture stories
 * (both bridges, whatever its confidence) is looked up in a judgement file, where each is marked right or wrong with a one-line
 * reason written from its sentences: docs/judgements/figures.json for figures, dates and times,
 * docs/judgements/claims.json for the sentence rules. Coverage findings (`omitted-claim`) are judged on
 * the corpus only; on the stories they are counted apart, not judged. Unjudged findings are listed and
 * not counted. Precision is given for every finding and for those a default report shows.
 * `npx tsx scripts/precision.ts` prints the figures; `--list FILE` writes the findings to
 * judge (key, rule, message, sentences) as JSON, and every finding of each bridge (key, bridge, confidence,
 * confidence class) to `FILE.all.json`.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/index.js';
import type { Discrepancy } from '../src/types.js';
import { DEFAULT_MIN_CONFIDENCE } from '../src/rules/confidence.js';
import { STORY_SETS } from './stories.js';
import { CLAIM_STORY_SETS } from './claim-stories.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const JUDGEMENTS = path.join(ROOT, 'docs', 'judgements', 'figures.json');
export const CLAIM_JUDGEMENTS = path.join(ROOT, 'docs', 'judgements', 'claims.json');
export const FIGURE_RULES = new Set(['divergent-figure', 'divergent-date', 'divergent-time']);
/** Coverage findings: judged on the corpus, counted apart on the stories. */
export const COVERAGE_RULES = new Set(['omitted-claim']);

export function readJudgements(file: string): Record<string, Judgement> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Judgement>) : {};
}

export interface Judgement {
  right: boolean;
  reason: string;
}

/**
 * The sets judged: the corpus and each fixture story, the held-out and fresh ones too (named
 * `holdout/wildfire`, `fresh/flood`, `fresh2/heatwave`, `fresh3/drug-recall`, `fresh5/court-ruling`).
 */
export function judgedSets(): Array<{ name: string; files: string[]; cwd: string }> {
  const sets = [{ name: 'corpus', files: readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'corpus', f)), cwd: path.join(ROOT, 'corpus') }];
  for (const { root: stories, key } of [...STORY_SETS, ...CLAIM_STORY_SETS]) {
    const prefix = key ? `${key}/` : '';
    if (!existsSync(stories)) continue;
    for (const story of readdirSync(stories, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const dir = path.join(stories, story);
      sets.push({ name: `${prefix}${story}`, files: readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)), cwd: dir });
    }
  }
  return sets;
}

/** A finding's key: the set, the rule and the exact words set against each other, by document. */
export function findingKey(set: string, finding: Discrepancy): string {
  const words = finding.evidence.map((e) => `${e.sentence.slice(0, e.sentence.lastIndexOf(':'))}:${e.text}`).sort();
  return `${set} | ${finding.rule} | ${words.join(' ; ')}`;
}

type Tally = Record<string, { right: number; wrong: number }>;

export interface PrecisionFigures {
  /** Every finding, whatever its confidence. */
  byRule: Tally;
  /** The findings a default report shows (confidence at or above `DEFAULT_MIN_CONFIDENCE`). */
  shownByRule: Tally;
  unjudged: string[];
  findings: number;
  /** Coverage findings on the stories, not judged. */
  coverageUnjudged: number;
}

export interface JudgedFinding {
  set: string;
  key: string;
  finding: Discrepancy;
  scope: 'figures' | 'claims';
  judgement?: Judgement;
  /** The finding's sentences, `id: text`, for whoever judges it. */
  sentences: string[];
}

/**
 * Every finding on the corpus and the stories with one bridge, whatever its confidence, with its
 * judgement when it has one (`figures`: the figure, date and time rules, docs/judgements/figures.json;
 * `claims`: every other rule, docs/judgements/claims.json). Coverage findings on the stories are counted, not listed.
 */
export async function judgedFindings(bridge: 'lexical' | 'apertium'): Promise<{ findings: JudgedFinding[]; coverageOnStories: number }> {
  const judgements = { figures: readJudgements(JUDGEMENTS), claims: readJudgements(CLAIM_JUDGEMENTS) };
  const out: JudgedFinding[] = [];
  let coverageOnStories = 0;
  for (const set of judgedSets()) {
    const report = await compare(set.files, { bridge, cacheDir: false, cwd: set.cwd, minConfidence: 0 });
    const sentences = new Map(report.sentences.map((s) => [s.id, s.text]));
    for (const finding of report.discrepancies) {
      if (COVERAGE_RULES.has(finding.rule) && set.name !== 'corpus') {
        coverageOnStories += 1;
        continue;
      }
      const scope = FIGURE_RULES.has(finding.rule) ? 'figures' : 'claims';
      const key = findingKey(set.name, finding);
      out.push({ set: set.name, key, finding, scope, judgement: judgements[scope][key], sentences: finding.sentences.map((id) => `${id}: ${sentences.get(id)}`) });
    }
  }
  return { findings: out, coverageOnStories };
}

/** Judged precision per rule, of every finding and of those a default report shows, by scope. */
export async function judgedPrecision(bridge: 'lexical' | 'apertium', listing?: Array<Record<string, unknown>>): Promise<Record<'figures' | 'claims', PrecisionFigures>> {
  const blank = (): PrecisionFigures => ({ byRule: {}, shownByRule: {}, unjudged: [], findings: 0, coverageUnjudged: 0 });
  const out = { figures: blank(), claims: blank() };
  const { findings, coverageOnStories } = await judgedFindings(bridge);
  for (const judged of findings) {
    const figures = out[judged.scope];
    figures.findings += 1;
    const { finding } = judged;
    listing?.push({ key: judged.key, bridge, severity: finding.severity, confidence: finding.confidence, confidenceClass: finding.confidenceClass, message: finding.message, sentences: judged.sentences });
    if (!judged.judgement) {
      figures.unjudged.push(judged.key);
      continue;
    }
    const tallies = finding.confidence >= DEFAULT_MIN_CONFIDENCE ? [figures.byRule, figures.shownByRule] : [figures.byRule];
    for (const tally of tallies) {
      const row = (tally[finding.rule] ??= { right: 0, wrong: 0 });
      if (judged.judgement.right) row.right += 1;
      else row.wrong += 1;
    }
  }
  out.claims.coverageUnjudged = coverageOnStories;
  return out;
}

/** Right over judged, summed over rules. */
export function totalOf(tally: Tally): { right: number; judged: number } {
  return Object.values(tally).reduce((a, r) => ({ right: a.right + r.right, judged: a.judged + r.right + r.wrong }), { right: 0, judged: 0 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const listAt = process.argv.indexOf('--list');
  const listing: Array<Record<string, unknown>> = [];
  for (const bridge of ['lexical', 'apertium'] as const) {
    const both = await judgedPrecision(bridge, listAt > 0 ? listing : undefined);
    for (const scope of ['figures', 'claims'] as const) {
      const figures = both[scope];
      const [all, shown] = [totalOf(figures.byRule), totalOf(figures.shownByRule)];
      process.stdout.write(
        `${bridge} ${scope}: ${figures.findings} findings; judged right ${all.right}/${all.judged}, shown by default ${shown.right}/${shown.judged}; unjudged ${figures.unjudged.length}${scope === 'claims' ? `; coverage findings on the stories, not judged: ${figures.coverageUnjudged}` : ''}\n`,
      );
      for (const [rule, r] of Object.entries(figures.byRule).sort()) {
        const s = figures.shownByRule[rule] ?? { right: 0, wrong: 0 };
        process.stdout.write(`  ${rule}: ${r.right}/${r.right + r.wrong} right; shown ${s.right}/${s.right + s.wrong}\n`);
      }
      for (const key of figures.unjudged) process.stdout.write(`  unjudged: ${key}\n`);
    }
  }
  if (listAt > 0) {
    const unique = [...new Map(listing.map((l) => [l.key as string, l])).values()];
    writeFileSync(process.argv[listAt + 1]!, `${JSON.stringify(unique, null, 2)}\n`);
    // (and every finding of each bridge, with its scope, for counting again once the new ones are judged)
    // (with its confidence class, so that `calibrate.ts --from` counts them without running again)
    writeFileSync(`${process.argv[listAt + 1]!}.all.json`, `${JSON.stringify(listing.map(({ key, bridge, confidence, confidenceClass }) => ({ key, bridge, confidence, confidenceClass })), null, 2)}\n`);
  }
}
