/**
 * Precision of the findings, judged by reading: every finding on the corpus and on the fixture stories
 * (both bridges) is looked up in a judgement file, where each is marked right or wrong with a one-line
 * reason written from its sentences: docs/judgements/figures.json for figures, dates and times,
 * docs/judgements/claims.json for the sentence rules. Coverage findings (`omitted-claim`) are judged on
 * the corpus only; on the stories they are counted apart, not judged. Unjudged findings are listed and
 * not counted. `npx tsx scripts/precision.ts` prints the figures; `--list FILE` writes the findings to
 * judge (key, rule, message, sentences) as JSON.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/index.js';
import type { Report } from '../src/types.js';
import { STORY_SETS } from './stories.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const JUDGEMENTS = path.join(ROOT, 'docs', 'judgements', 'figures.json');
export const CLAIM_JUDGEMENTS = path.join(ROOT, 'docs', 'judgements', 'claims.json');
export const FIGURE_RULES = new Set(['divergent-figure', 'divergent-date', 'divergent-time']);
/** Coverage findings: judged on the corpus, counted apart on the stories. */
export const COVERAGE_RULES = new Set(['omitted-claim']);

function readJudgements(file: string): Record<string, Judgement> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Judgement>) : {};
}

export interface Judgement {
  right: boolean;
  reason: string;
}

/**
 * The sets judged: the corpus and each fixture story, the held-out and fresh ones too (named
 * `holdout/wildfire`, `fresh/flood`, `fresh2/heatwave`, `fresh3/drug-recall`).
 */
export function judgedSets(): Array<{ name: string; files: string[]; cwd: string }> {
  const sets = [{ name: 'corpus', files: readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'corpus', f)), cwd: path.join(ROOT, 'corpus') }];
  for (const { root: stories, key } of STORY_SETS) {
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
export function findingKey(set: string, finding: Report['discrepancies'][number]): string {
  const words = finding.evidence.map((e) => `${e.sentence.slice(0, e.sentence.lastIndexOf(':'))}:${e.text}`).sort();
  return `${set} | ${finding.rule} | ${words.join(' ; ')}`;
}

export interface PrecisionFigures {
  byRule: Record<string, { right: number; wrong: number }>;
  unjudged: string[];
  findings: number;
  /** Coverage findings on the stories, not judged. */
  coverageUnjudged: number;
}

/**
 * `figures`: the figure, date and time rules (docs/judgements/figures.json); `claims`: every other rule
 * (docs/judgements/claims.json).
 */
export async function judgedPrecision(bridge: 'lexical' | 'apertium', scope: 'figures' | 'claims', listing?: Array<Record<string, unknown>>): Promise<PrecisionFigures> {
  const judgements = readJudgements(scope === 'figures' ? JUDGEMENTS : CLAIM_JUDGEMENTS);
  const out: PrecisionFigures = { byRule: {}, unjudged: [], findings: 0, coverageUnjudged: 0 };
  for (const set of judgedSets()) {
    const report = await compare(set.files, { bridge, cacheDir: false, cwd: set.cwd });
    const sentences = new Map(report.sentences.map((s) => [s.id, s.text]));
    for (const finding of report.discrepancies.filter((d) => FIGURE_RULES.has(d.rule) === (scope === 'figures'))) {
      if (COVERAGE_RULES.has(finding.rule) && set.name !== 'corpus') {
        out.coverageUnjudged += 1;
        continue;
      }
      out.findings += 1;
      const key = findingKey(set.name, finding);
      listing?.push({ key, bridge, severity: finding.severity, message: finding.message, sentences: finding.sentences.map((id) => `${id}: ${sentences.get(id)}`) });
      const judged = judgements[key];
      if (!judged) {
        out.unjudged.push(key);
        continue;
      }
      const row = (out.byRule[finding.rule] ??= { right: 0, wrong: 0 });
      if (judged.right) row.right += 1;
      else row.wrong += 1;
    }
  }
  return out;
}

export function figurePrecision(bridge: 'lexical' | 'apertium', listing?: Array<Record<string, unknown>>): Promise<PrecisionFigures> {
  return judgedPrecision(bridge, 'figures', listing);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const listAt = process.argv.indexOf('--list');
  const listing: Array<Record<string, unknown>> = [];
  for (const bridge of ['lexical', 'apertium'] as const) {
    for (const scope of ['figures', 'claims'] as const) {
      const figures = await judgedPrecision(bridge, scope, listAt > 0 ? listing : undefined);
      const total = Object.values(figures.byRule).reduce((a, r) => ({ right: a.right + r.right, wrong: a.wrong + r.wrong }), { right: 0, wrong: 0 });
      process.stdout.write(`${bridge} ${scope}: ${figures.findings} findings, judged right ${total.right}, wrong ${total.wrong}, unjudged ${figures.unjudged.length}${scope === 'claims' ? `; coverage findings on the stories, not judged: ${figures.coverageUnjudged}` : ''}\n`);
      for (const [rule, r] of Object.entries(figures.byRule).sort()) process.stdout.write(`  ${rule}: ${r.right}/${r.right + r.wrong} right\n`);
      for (const key of figures.unjudged) process.stdout.write(`  unjudged: ${key}\n`);
    }
  }
  if (listAt > 0) {
    const unique = [...new Map(listing.map((l) => [l.key as string, l])).values()];
    writeFileSync(process.argv[listAt + 1]!, `${JSON.stringify(unique, null, 2)}\n`);
  }
}
