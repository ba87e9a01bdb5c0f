/**
 * DEMETR dev (../shared/benchmarks/demetr-dev): French and Italian sentences with English translations,
 * some with one deliberate error. Each (source, English) pair runs through the real pipeline as two
 * one-sentence articles; what is compared here is the facts each side yields.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runPipeline, type PipelineContext } from '../src/pipeline.js';
import type { BridgeName } from '../src/bridge/index.js';
import { editDistance } from '../src/facts/names.js';
import type { SentenceFacts } from '../src/stages/facts.js';
import type { LanguageCode } from '../src/types.js';
import { BENCHMARKS } from './flores.js';

export interface DemetrRow {
  id: number;
  lang: 'fr' | 'it';
  perturbation: string;
  severity: string;
  applied: boolean;
  source: string;
  reference: string;
  mt: string;
  perturbed: string;
}

export function readDemetr(): DemetrRow[] {
  const file = path.join(BENCHMARKS, 'demetr-dev', 'demetr-fr-it-dev.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DemetrRow);
}

/** Runs the pipeline on a source sentence and an English one. */
export async function pair(row: DemetrRow, english: string, bridge: BridgeName, cacheDir?: string, minConfidence?: number): Promise<PipelineContext> {
  return runPipeline(
    [
      { path: `source-${row.lang}.txt`, content: row.source },
      { path: 'target-en.txt', content: english },
    ],
    { languages: [row.lang as LanguageCode, 'en'], bridge, cacheDir, ...(minConfidence === undefined ? {} : { minConfidence }) },
  );
}

function factsOf(context: PipelineContext, side: 'source' | 'target'): SentenceFacts[] {
  return context.corpus.sentences.map((s, i) => [s, context.corpus.facts[i]!] as const).filter(([s]) => s.document.startsWith(side)).map(([, f]) => f);
}

/** The numbers a text states, as sorted values: quantities, dates, clock times. */
export function numbersOf(facts: SentenceFacts[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    // Vague amounts ("plusieurs", "some") state no number.
    for (const q of f.quantities) if (!q.vague) out.push(`q${Number(q.value.toPrecision(6))}`);
    for (const d of f.dates) {
      if (d.year) out.push(`y${d.year}`);
      if (d.endYear) out.push(`y${d.endYear}`);
      if (d.day) out.push(`d${d.day}`);
    }
    for (const t of f.times) out.push(`t${t.hour}:${t.minute}`);
  }
  return out.sort();
}

/** Names of a text, by key. */
export function namesOf(facts: SentenceFacts[]): string[] {
  return [...new Set(facts.flatMap((f) => f.names.map((n) => n.key)))].sort();
}

/** Whether a name matches one of the others across languages: same key, or a near spelling. */
function nameMatches(key: string, others: readonly string[]): boolean {
  // Countries are matched by code only; other names also by a near spelling or one inside the other.
  if (key.startsWith('country:')) return others.includes(key);
  return others.some((o) => o === key || o.startsWith('country:') ? o === key : (key.length >= 4 && o.length >= 4 && editDistance(key, o) <= Math.max(1, Math.floor(Math.min(key.length, o.length) / 5))) || o.includes(key) || key.includes(o));
}

/** Whether two name sets differ: a name of one side with no match on the other. */
export function namesDiffer(a: readonly string[], b: readonly string[]): boolean {
  return a.some((k) => !nameMatches(k, b)) || b.some((k) => !nameMatches(k, a));
}

export interface FactFigures {
  numbersApplied: number;
  numbersVisible: number;
  namesApplied: number;
  namesVisible: number;
  references: number;
  referencesEqualNumbers: number;
  referencesEqualNames: number;
}

export async function demetrFacts(rows: DemetrRow[], bridge: BridgeName, cacheDir?: string): Promise<Record<string, FactFigures>> {
  const figures: Record<string, FactFigures> = {};
  for (const row of rows) {
    const f = (figures[row.lang] ??= { numbersApplied: 0, numbersVisible: 0, namesApplied: 0, namesVisible: 0, references: 0, referencesEqualNumbers: 0, referencesEqualNames: 0 });
    if (row.perturbation === 'numbers_replaced' && row.applied) {
      const c = await pair(row, row.perturbed, bridge, cacheDir);
      f.numbersApplied += 1;
      if (numbersOf(factsOf(c, 'source')).join() !== numbersOf(factsOf(c, 'target')).join()) f.numbersVisible += 1;
    } else if (row.perturbation === 'ne_replaced' && row.applied) {
      const c = await pair(row, row.perturbed, bridge, cacheDir);
      f.namesApplied += 1;
      if (namesDiffer(namesOf(factsOf(c, 'source')), namesOf(factsOf(c, 'target')))) f.namesVisible += 1;
    } else if (row.perturbation === 'reference') {
      const c = await pair(row, row.reference, bridge, cacheDir);
      f.references += 1;
      if (numbersOf(factsOf(c, 'source')).join() === numbersOf(factsOf(c, 'target')).join()) f.referencesEqualNumbers += 1;
      if (!namesDiffer(namesOf(factsOf(c, 'source')), namesOf(factsOf(c, 'target')))) f.referencesEqualNames += 1;
    }
  }
  return figures;
}

/** The rules that catch each kind of perturbation ("any" where no rule is meant for it). */
export const RIGHT_RULES: Record<string, string[] | 'any'> = {
  numbers_replaced: ['divergent-figure', 'divergent-date', 'divergent-time'],
  ne_replaced: ['name-mismatch'],
  negation: ['polarity-flip', 'altered-quote'],
  antonym: 'any',
  addition: 'any',
  ne_removed: 'any',
};

export interface RuleFigures {
  /** perturbation → language → [caught, applied] */
  recall: Record<string, Record<string, [number, number]>>;
  /** kind (mt, reference) → language → [pairs with a finding, pairs] */
  falseAlarms: Record<string, Record<string, [number, number]>>;
  /** false alarms by rule, over all faithful pairs */
  falseAlarmRules: Record<string, number>;
  /** language → [aligned, pairs] for shuffle_trans */
  shuffled: Record<string, [number, number]>;
}

function bump(table: Record<string, Record<string, [number, number]>>, key: string, language: string, hit: boolean): void {
  const row = (table[key] ??= {});
  const cell = (row[language] ??= [0, 0]);
  if (hit) cell[0] += 1;
  cell[1] += 1;
}

/** `minConfidence`: the report's threshold (the default's when undefined; 0 counts every finding). */
export async function demetrRules(rows: DemetrRow[], bridge: BridgeName, cacheDir?: string, minConfidence?: number): Promise<RuleFigures> {
  const figures: RuleFigures = { recall: {}, falseAlarms: {}, falseAlarmRules: {}, shuffled: {} };
  for (const row of rows) {
    const right = RIGHT_RULES[row.perturbation];
    if (right && row.applied) {
      const c = await pair(row, row.perturbed, bridge, cacheDir, minConfidence);
      const rules = c.report!.discrepancies.map((d) => d.rule);
      bump(figures.recall, row.perturbation, row.lang, right === 'any' ? rules.length > 0 : rules.some((r) => right.includes(r)));
    }
    if (row.perturbation === 'shuffle_trans') {
      const c = await pair(row, row.perturbed, bridge, cacheDir, minConfidence);
      const cell = (figures.shuffled[row.lang] ??= [0, 0]);
      if (c.report!.alignments.length + c.report!.relations.length > 0) cell[0] += 1;
      cell[1] += 1;
    }
    // Faithful translations: any finding is a false alarm. Each source once per kind.
    for (const kind of ['mt', 'reference'] as const) {
      if (kind === 'reference' && row.perturbation !== 'reference') continue;
      if (kind === 'mt' && row.perturbation !== 'numbers_replaced') continue;
      const c = await pair(row, row[kind], bridge, cacheDir, minConfidence);
      const found = c.report!.discrepancies;
      bump(figures.falseAlarms, kind, row.lang, found.length > 0);
      for (const d of found) figures.falseAlarmRules[d.rule] = (figures.falseAlarmRules[d.rule] ?? 0) + 1;
    }
  }
  return figures;
}
