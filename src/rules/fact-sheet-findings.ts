/**
 * The figure, date and time rules read the fact sheet. For each slot whose articles give values that
 * cannot all be right, a value that fewer articles state is set against the most stated value that
 * contradicts it, with the words of each as evidence; the message quotes them and then the slot's whole
 * line ("“21” (e-en) vs “12” (a-en). Deaths · leeds differs: 12 (a-en, b-en, c-fr, d-it) · 21 (e-en).").
 * A count that rises with publication time is an update, reported low; different values at one time are
 * a contradiction.
 */
import type { AnalysedCorpus } from '../pipeline.js';
import type { Severity } from '../types.js';
import type { Finding } from './types.js';
import { entryEvidence, type FactSheetEntry, type SheetRow } from '../stages/fact-sheet.js';

/** Measures whose wrong value misleads most: people harmed or counted, money, shares. */
const WEIGHTY = /^(deaths|injured|missing|evacuated|displaced|people|passengers|money|percent|votes|seats|turnout|users)(:|$)/;

/** Evidence sentences kept per value: enough to show it, few enough to read. */
const PER_VALUE = 3;

function severityOf(row: SheetRow): Severity {
  if (row.status === 'update') return 'low';
  if (row.kind === 'date') {
    const years = new Set(row.values.map((v) => Math.floor(v.low / 10000)));
    return years.size > 1 ? 'high' : 'medium';
  }
  if (row.kind === 'time') return 'medium';
  // A magnitude is read to a tenth: 6.3 against 6.8 is no rounding.
  if (row.slot.measure === 'magnitude') return 'medium';
  // A share is read in points: 81.4% against 84.1% is no rounding, though under a tenth apart.
  const points = row.values.length > 1 && row.values[0]!.unit === '%' ? Math.max(...row.values.map((v) => v.low)) - Math.min(...row.values.map((v) => v.low)) : 0;
  if (row.gap < 0.1 && points < 1) return 'low';
  return WEIGHTY.test(row.slot.measure) ? 'high' : 'medium';
}

function describe(row: SheetRow): string {
  const values = row.values.map((v) => `${v.display} (${[...new Set(v.entries.map((e) => e.document))].sort().join(', ')})`).join(' · ');
  if (row.status === 'update') {
    const order = row.timeline.map((t) => `${t.document} ${t.published}`).join(' → ');
    const label = `${row.label[0]!.toUpperCase()}${row.label.slice(1)}`;
    // (a count not known to grow may be one figure misstated: the finding says it may be either)
    if (row.trend === 'higher') return `${label} is higher in later articles: ${values}; in publication order ${order}. An update if it was still growing, a contradiction if it is one figure.`;
    return `${label} ${row.trend ?? 'rises'} as the story unfolds: ${values}; in publication order ${order}.`;
  }
  return `${row.label[0]!.toUpperCase()}${row.label.slice(1)} differs: ${values}.`;
}

type Value = SheetRow['values'][number];

const documentsOf = (v: Value) => [...new Set(v.entries.map((e) => e.document))];

/** One entry per document: the words a reader needs to see the value in each article. */
function perDocument(entries: readonly FactSheetEntry[]): FactSheetEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.document) && seen.add(e.document) !== undefined).slice(0, PER_VALUE);
}

/** The row's values that other articles contradict, each with the values stated against it. */
function contradictedValues(row: SheetRow): Array<{ v: Value; against: Value[] }> {
  const valueOf = (e: FactSheetEntry) => row.values.find((v) => v.entries.includes(e))!;
  const out = new Map<Value, Set<Value>>();
  for (const { stated, against } of row.conflicts) {
    const v = valueOf(stated);
    let set = out.get(v);
    if (!set) out.set(v, (set = new Set()));
    set.add(valueOf(against));
  }
  return row.values.filter((v) => out.has(v)).map((v) => ({ v, against: row.values.filter((w) => out.get(v)!.has(w)) }));
}

/**
 * How loosely an entry states its value, for choosing the words that stand for it: the plainest first,
 * "38 km" rather than "about 24 miles", "lunedì 10 agosto" rather than "Monday" (a day read from a
 * weekday or from "yesterday" hangs on the article's date).
 */
function vagueness(e: FactSheetEntry): number {
  const fact = e.slot.fact as { approximation?: string; relative?: number };
  if (e.slot.kind === 'quantity') return Number(fact.approximation !== undefined);
  if (e.slot.kind === 'date') return Number(fact.relative !== undefined);
  return 0;
}

/**
 * The findings of one row. A value that fewer articles state, and that others contradict, is set
 * against the most stated value that contradicts it, the nearest of equals (one finding each): "more than a decade" (one
 * article) against "nearly a decade" (four). Values stated equally often are set against each other in
 * one finding.
 */
function rowFindings(row: SheetRow): Array<{ values: Array<{ value: Value; entries: FactSheetEntry[] }> }> {
  if (row.status === 'agreement') return [];
  const contradicted = contradictedValues(row);
  if (contradicted.length === 0) return [];
  const most = (c: { against: Value[] }) => Math.max(...c.against.map((w) => documentsOf(w).length));
  const minority = contradicted.filter((c) => documentsOf(c.v).length < most(c));
  if (minority.length === 0) {
    const involved = new Set(contradicted.flatMap((c) => [c.v, ...c.against]));
    return [{ values: row.values.filter((v) => involved.has(v)).map((v) => ({ value: v, entries: perDocument(v.entries) })) }];
  }
  return minority.map((c) => {
    // …and of values stated as often, the nearest: "17:52" is set against "17:25", not against "06:10".
    const distance = (w: Value) => Math.abs(w.low - c.v.low);
    const main = [...c.against].sort((a, b) => documentsOf(b).length - documentsOf(a).length || distance(a) - distance(b))[0]!;
    const own = new Set(documentsOf(c.v));
    const stated = row.conflicts.filter((k) => c.v.entries.includes(k.stated) && main.entries.includes(k.against));
    const mine = perDocument([...stated.map((k) => k.stated)].sort((a, b) => vagueness(a) - vagueness(b)));
    const theirs = stated.map((k) => k.against).filter((e) => !own.has(e.document));
    const plainest = [...theirs].sort((a, b) => vagueness(a) - vagueness(b));
    return { values: [{ value: c.v, entries: mine }, { value: main, entries: plainest.slice(0, 1) }] };
  });
}

export function factSheetFindings(corpus: AnalysedCorpus, kind: SheetRow['kind'], rule: string): Finding[] {
  const findings: Finding[] = [];
  // A pair of facts found both by its slot and by its two-sentence claim is reported once, by its slot.
  const seen = new Set<string>();
  // (two times of one pair of sentences are one time and its restatement in another zone, "à 11 heures
  // (10 heures à Paris)", read in two rows: one finding)
  const once = (f: Finding) => {
    const key = kind === 'time' ? [...f.sentences].sort().join(' ') : f.evidence.map((e) => `${e.sentence}@${e.start}`).sort().join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };
  const rows = (corpus.factSheet ?? []).map((row, index) => ({ row, index }));
  const byClaim = (r: SheetRow) => r.slot.measure.startsWith('claim:');
  rows.sort((a, b) => Number(byClaim(a.row)) - Number(byClaim(b.row)) || a.index - b.index);
  rows.forEach(({ row, index }) => {
    if (row.kind !== kind || row.status === 'agreement') return;
    for (const found of rowFindings(row)) {
      const evidence = found.values.flatMap((v) => v.entries.map(entryEvidence));
      const sentences = [...new Set(evidence.map((e) => e.sentence))];
      // The words set against each other first, then the slot's whole line of the fact sheet.
      const quoted = found.values.map((v) => v.entries.map((e) => `“${entryEvidence(e).text}” (${e.document})`).join(', ')).join(' vs ');
      // (the odd value is the one fewer articles state; values stated equally often are odd alike)
      const counts = found.values.map((v) => documentsOf(v.value).length);
      const support = { stated: Math.min(...counts), against: Math.max(...counts) };
      once({ rule, severity: severityOf(row), sentences, evidence, message: `${quoted}. ${describe(row)}`, factSheetRow: index, support });
    }
  });
  return findings;
}
