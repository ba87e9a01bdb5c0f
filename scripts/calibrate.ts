/**
 * Calibrates finding confidence on judged data: runs the corpus and every story (both bridges) with no
 * threshold, looks each finding up in the judgement files, and counts right and wrong per class (rule,
 * variant or severity, and closeness: `src/rules/confidence.ts`) into src/rules/calibration.json. A finding judged under both
 * bridges counts once. Coverage findings on the stories are not judged and not counted.
 * `npx tsx scripts/calibrate.ts` writes the file; `--check` only prints it; `--from FILE.all.json` counts the
 * findings a `precision.ts --list FILE` run wrote instead of running every story again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_JUDGEMENTS, JUDGEMENTS, judgedFindings, readJudgements } from './precision.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'rules', 'calibration.json');

/** Every finding of a listing written by `precision.ts --list FILE` (`FILE.all.json`), judged by the files as they are now. */
function judgedFromListing(file: string): Array<{ key: string; cls: string; right: boolean }> {
  const judgements = { ...readJudgements(JUDGEMENTS), ...readJudgements(CLAIM_JUDGEMENTS) };
  const listed = JSON.parse(readFileSync(file, 'utf8')) as Array<{ key: string; confidenceClass?: string }>;
  return listed.flatMap(({ key, confidenceClass }) => {
    const judgement = judgements[key];
    if (!confidenceClass) throw new Error(`${file} lists ${key} without its confidence class: list it again with this precision.ts`);
    return judgement ? [{ key, cls: confidenceClass, right: judgement.right }] : [];
  });
}

export async function calibrate(listing?: string): Promise<Record<string, { right: number; wrong: number }>> {
  // One count per judged finding, whichever bridge found it.
  const seen = new Map<string, { cls: string; right: boolean }>();
  if (listing) for (const { key, cls, right } of judgedFromListing(listing)) seen.set(key, { cls, right });
  else {
    for (const bridge of ['lexical', 'apertium'] as const) {
      for (const { key, finding, judgement } of (await judgedFindings(bridge)).findings) {
        if (judgement) seen.set(key, { cls: finding.confidenceClass, right: judgement.right });
      }
    }
  }
  const out: Record<string, { right: number; wrong: number }> = {};
  for (const [, { cls, right }] of [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const row = (out[cls] ??= { right: 0, wrong: 0 });
    if (right) row.right += 1;
    else row.wrong += 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const from = process.argv.indexOf('--from');
  const table = await calibrate(from > 0 ? process.argv[from + 1] : undefined);
  const text = `${JSON.stringify(table, null, 2)}\n`;
  if (process.argv.includes('--check')) process.stdout.write(text);
  else writeFileSync(OUT, text);
}
