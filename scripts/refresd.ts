/**
 * REFreSD dev (../shared/benchmarks/refresd-dev): English–French sentence pairs that people judged as
 * having no meaning difference, some, or as unrelated. Each pair runs through the real pipeline, one at
 * a time (two one-sentence articles) and all together (one English and one French article of every pair,
 * in a fixed shuffled order, the pipeline left to find which sentence goes with which). A pair is flagged
 * when a finding sets its two sentences against each other; an unrelated pair is aligned when its two
 * sentences are aligned or related.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runPipeline, type PipelineContext } from '../src/pipeline.js';
import type { BridgeName } from '../src/bridge/index.js';
import { BENCHMARKS } from './flores.js';

export interface RefresdRow {
  label: 'no_meaning_difference' | 'some_meaning_difference' | 'unrelated';
  english: string;
  french: string;
}

export function readRefresd(): RefresdRow[] {
  const lines = readFileSync(path.join(BENCHMARKS, 'refresd-dev', 'refresd-dev.tsv'), 'utf8').split('\n').filter(Boolean);
  return lines.slice(1).map((line) => {
    const [, label, english, french] = line.split('\t');
    return { label: label as RefresdRow['label'], english: english!, french: french! };
  });
}

export interface RefresdFigures {
  /** Pairs with some meaning difference that were flagged, and all of them. */
  some: [number, number];
  /** Pairs with no meaning difference that were flagged (false alarms), and all of them. */
  none: [number, number];
  /** Unrelated pairs aligned or related, and all of them. */
  unrelated: [number, number];
  /** Findings on flagged pairs, by rule. */
  byRule: Record<string, number>;
  precision: number;
  recall: number;
  f1: number;
}

/** The id the report gives the article read from `file`. */
function documentId(context: PipelineContext, file: string): string | undefined {
  return context.report!.documents.find((d) => d.path === file)?.id;
}

/** Whether the report sets sentence `x` against sentence `y` in a finding, and whether it aligns them. */
function judge(context: PipelineContext, x: string, y: string, byRule: Record<string, number>): { flagged: boolean; aligned: boolean } {
  const report = context.report!;
  const both = (ids: readonly string[]) => ids.includes(x) && ids.includes(y);
  const findings = report.discrepancies.filter((d) => both(d.sentences));
  for (const d of findings) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
  const aligned = report.alignments.some((g) => both(g.sentences)) || report.relations.some((r) => both(r.sentences));
  return { flagged: findings.length > 0, aligned };
}

function figuresOf(rows: readonly RefresdRow[], outcomes: ReadonlyArray<{ flagged: boolean; aligned: boolean }>, byRule: Record<string, number>): RefresdFigures {
  const figures: RefresdFigures = { some: [0, 0], none: [0, 0], unrelated: [0, 0], byRule, precision: 0, recall: 0, f1: 0 };
  rows.forEach((row, i) => {
    const { flagged, aligned } = outcomes[i]!;
    const cell = row.label === 'some_meaning_difference' ? figures.some : row.label === 'no_meaning_difference' ? figures.none : figures.unrelated;
    cell[0] += (row.label === 'unrelated' ? aligned : flagged) ? 1 : 0;
    cell[1] += 1;
  });
  const flagged = figures.some[0] + figures.none[0];
  figures.precision = flagged === 0 ? 0 : figures.some[0] / flagged;
  figures.recall = figures.some[0] / Math.max(1, figures.some[1]);
  figures.f1 = figures.precision + figures.recall === 0 ? 0 : (2 * figures.precision * figures.recall) / (figures.precision + figures.recall);
  return figures;
}

/** Each pair as two one-sentence articles. */
export async function refresdOneByOne(rows: readonly RefresdRow[], bridge: BridgeName, cacheDir?: string, minConfidence?: number): Promise<RefresdFigures> {
  const byRule: Record<string, number> = {};
  const outcomes = [];
  for (const row of rows) {
    const context = await runPipeline(
      [
        { path: 'en.txt', content: row.english },
        { path: 'fr.txt', content: row.french },
      ],
      { languages: ['en', 'fr'], bridge, cacheDir, ...(minConfidence === undefined ? {} : { minConfidence }) },
    );
    const ids = (file: string) => context.report!.sentences.filter((s) => s.document === documentId(context, file)).map((s) => s.id);
    const [en, fr] = [ids('en.txt'), ids('fr.txt')];
    // A sentence the segmenter split: any of its parts against any of the other's.
    let outcome = { flagged: false, aligned: false };
    for (const x of en) for (const y of fr) {
      const o = judge(context, x, y, byRule);
      outcome = { flagged: outcome.flagged || o.flagged, aligned: outcome.aligned || o.aligned };
    }
    outcomes.push(outcome);
  }
  return figuresOf(rows, outcomes, byRule);
}

/** A fixed shuffle (a linear congruential generator), so that the pile's order is the same every run. */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** All pairs at once: one English article, one French article in another order, one paragraph per sentence. */
export async function refresdInAPile(rows: readonly RefresdRow[], bridge: BridgeName, cacheDir?: string, minConfidence?: number): Promise<RefresdFigures> {
  const order = shuffled(rows.map((_, i) => i));
  const context = await runPipeline(
    [
      { path: 'en.txt', content: rows.map((r) => r.english).join('\n\n') },
      { path: 'fr.txt', content: order.map((i) => rows[i]!.french).join('\n\n') },
    ],
    { languages: ['en', 'fr'], bridge, cacheDir, ...(minConfidence === undefined ? {} : { minConfidence }) },
  );
  const report = context.report!;
  // Each pair's sentences, by paragraph: paragraph i of the English article, the French paragraph that holds pair i.
  const byParagraph = (doc: string) => {
    const out = new Map<number, string[]>();
    for (const s of report.sentences.filter((s) => s.document === documentId(context, doc))) out.set(s.paragraph, [...(out.get(s.paragraph) ?? []), s.id]);
    return out;
  };
  const [en, fr] = [byParagraph('en.txt'), byParagraph('fr.txt')];
  const frParagraphOf = new Map(order.map((pairIndex, paragraph) => [pairIndex, paragraph]));
  const byRule: Record<string, number> = {};
  const outcomes = rows.map((_, i) => {
    let outcome = { flagged: false, aligned: false };
    for (const x of en.get(i) ?? []) for (const y of fr.get(frParagraphOf.get(i)!) ?? []) {
      const o = judge(context, x, y, byRule);
      outcome = { flagged: outcome.flagged || o.flagged, aligned: outcome.aligned || o.aligned };
    }
    return outcome;
  });
  return figuresOf(rows, outcomes, byRule);
}
