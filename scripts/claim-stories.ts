/**
 * Scores claimdiff on story sets whose gold plants discrepancies of every kind (quotes altered or given to
 * someone else, hedges dropped, negations, names, figures, dates, times), not only figures: a planted
 * discrepancy is found when a finding (coverage aside) sets a sentence of one side against a sentence of
 * another; a look-alike trap is violated when a finding's evidence lies in the sentences of two of its
 * sides. `npx tsx scripts/claim-stories.ts apertium|lexical [minConfidence]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/index.js';
import { sentencesOf, type Side } from './stories.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Sets of stories with such a gold: folder, the key their judgements carry, their name in reports. */
export const CLAIM_STORY_SETS = [{ root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh5'), key: 'fresh5', name: 'fresh, fifth set (every kind of discrepancy)' }] as const;

interface ClaimGold {
  discrepancies: Array<{ id: string; kind: string; sides: Side[] }>;
  traps: Array<{ id: string; kind: string; sides: Side[] }>;
}

export interface ClaimStoryScore {
  story: string;
  discrepancies: number;
  found: string[];
  traps: number;
  violated: string[];
  /** Findings shown, coverage aside. */
  findings: number;
}

export async function scoreClaimStory(dir: string, bridge: 'lexical' | 'apertium', minConfidence?: number): Promise<ClaimStoryScore> {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as ClaimGold;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  const report = await compare(files, { bridge, cacheDir: false, cwd: dir, ...(minConfidence === undefined ? {} : { minConfidence }) });
  const findings = report.discrepancies.filter((d) => d.rule !== 'omitted-claim');
  const twoSides = (sides: Side[], ids: (f: (typeof findings)[number]) => string[]) =>
    findings.some((f) => sides.some((x, i) => sides.some((y, j) => j > i && x.file !== y.file && ids(f).some((s) => sentencesOf(report, x).has(s)) && ids(f).some((s) => sentencesOf(report, y).has(s)))));
  return {
    story: path.basename(dir),
    discrepancies: gold.discrepancies.length,
    found: gold.discrepancies.filter((d) => twoSides(d.sides, (f) => f.sentences)).map((d) => d.id),
    traps: gold.traps.length,
    violated: gold.traps.filter((t) => twoSides(t.sides, (f) => f.evidence.map((e) => e.sentence))).map((t) => t.id),
    findings: findings.length,
  };
}

export async function scoreClaimStories(bridge: 'lexical' | 'apertium', root: string, minConfidence?: number): Promise<ClaimStoryScore[]> {
  const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(root, d.name)).sort();
  const out: ClaimStoryScore[] = [];
  for (const dir of dirs) out.push(await scoreClaimStory(dir, bridge, minConfidence));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const bridge = process.argv[2] === 'apertium' ? 'apertium' : 'lexical';
  const minConfidence = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  for (const set of CLAIM_STORY_SETS) {
    for (const s of await scoreClaimStories(bridge, set.root, minConfidence)) {
      process.stdout.write(`${set.key}/${s.story}: found ${s.found.length}/${s.discrepancies} (${s.found.join(', ') || '-'}), traps violated ${s.violated.length}/${s.traps} ${s.violated.join(', ')}, findings ${s.findings}\n`);
    }
  }
}
