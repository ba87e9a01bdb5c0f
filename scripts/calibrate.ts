/**
 * Calibrates finding confidence on judged data: runs the corpus and every story (both bridges) with no
 * threshold, looks each finding up in the judgement files, and counts right and wrong per class (rule
 * and variant, `src/rules/confidence.ts`) into src/rules/calibration.json. A finding judged under both
 * bridges counts once. Coverage findings on the stories are not judged and not counted.
 * `npx tsx scripts/calibrate.ts` writes the file; `--check` only prints it.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/index.js';
import { findingClass } from '../src/rules/confidence.js';
import { CLAIM_JUDGEMENTS, COVERAGE_RULES, FIGURE_RULES, JUDGEMENTS, findingKey, judgedSets, type Judgement } from './precision.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'rules', 'calibration.json');
const read = (file: string): Record<string, Judgement> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Judgement>) : {});

export async function calibrate(): Promise<Record<string, { right: number; wrong: number }>> {
  const figures = read(JUDGEMENTS);
  const claims = read(CLAIM_JUDGEMENTS);
  const seen = new Map<string, string>();
  for (const bridge of ['lexical', 'apertium'] as const) {
    for (const set of judgedSets()) {
      const report = await compare(set.files, { bridge, cacheDir: false, cwd: set.cwd, minConfidence: 0 });
      for (const d of report.discrepancies) {
        if (COVERAGE_RULES.has(d.rule) && set.name !== 'corpus') continue;
        const key = findingKey(set.name, d);
        if ((FIGURE_RULES.has(d.rule) ? figures : claims)[key]) seen.set(key, findingClass({ rule: d.rule, variant: d.variant ?? undefined, severity: d.severity }));
      }
    }
  }
  const out: Record<string, { right: number; wrong: number }> = {};
  for (const [key, cls] of [...seen.entries()].sort()) {
    const judged = (figures[key] ?? claims[key])!;
    const row = (out[cls] ??= { right: 0, wrong: 0 });
    if (judged.right) row.right += 1;
    else row.wrong += 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const table = await calibrate();
  const text = `${JSON.stringify(table, null, 2)}\n`;
  if (process.argv.includes('--check')) process.stdout.write(text);
  else writeFileSync(OUT, text);
}
