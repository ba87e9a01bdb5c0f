/**
 * Scores claimdiff on the fixture stories (tests/fixtures/stories/*, each with a gold.json written with
 * the articles): planted figure, date and time conflicts found, look-alike traps violated, and updates
 * reported as contradictions. A conflict is found when one figure/date/time finding holds sentences of two
 * of its sides with different values; a trap is violated when one finding sets the words of both its sides
 * against each other (its evidence lies inside an anchor of each), a rising toll only as a contradiction. Used by `npm run eval`; also runnable alone: `npx tsx scripts/stories.ts [lexical|apertium] [holdout|fresh|fresh2|fresh3|fresh4|fresh6]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/index.js';
import type { Report } from '../src/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STORIES = path.join(ROOT, 'tests', 'fixtures', 'stories');
const FIGURE_RULES = new Set(['divergent-figure', 'divergent-date', 'divergent-time']);

export interface Side {
  file: string;
  anchor?: string;
  anchors?: string[];
  value?: string;
}
interface Gold {
  conflicts: Array<{ id: string; kind: string; sides: Side[] }>;
  updates: Array<{ id: string; sides: Side[] }>;
  traps: Array<{ id: string; case: string; sides: Side[] }>;
}

export interface StoryScore {
  story: string;
  conflicts: number;
  found: string[];
  missed: string[];
  traps: number;
  violated: string[];
  /** Updates reported at more than low severity, as if they were contradictions. */
  updatesAsConflicts: string[];
  /** Figure, date and time findings, and those that touch no conflict or update of the gold. */
  figureFindings: number;
  unmatchedFindings: string[];
}

/** The sentence ids of a report that hold an anchor of `side`. */
export function sentencesOf(report: Report, side: Side): Set<string> {
  const doc = report.documents.find((d) => path.basename(d.path) === side.file);
  const out = new Set<string>();
  if (!doc) return out;
  for (const anchor of side.anchors ?? (side.anchor ? [side.anchor] : [])) {
    for (const s of report.sentences) {
      if (s.document !== doc.id) continue;
      const piece = anchor.slice(0, Math.min(anchor.length, 24));
      if (s.text.includes(anchor) || anchor.includes(s.text) || s.text.includes(piece)) out.add(s.id);
    }
  }
  return out;
}

export async function scoreStory(dir: string, bridge: 'lexical' | 'apertium'): Promise<StoryScore> {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  const report = await compare(files, { bridge, cacheDir: false, cwd: dir });
  const findings = report.discrepancies.filter((d) => FIGURE_RULES.has(d.rule));
  const touches = (f: Report['discrepancies'][number], a: Set<string>, b: Set<string>) => f.sentences.some((s) => a.has(s)) && f.sentences.some((s) => b.has(s));
  // A side's value with its gloss in brackets set aside: "08:00 UTC" and "08:00 UTC (10:00 local)" are one.
  const sameValue = (x: Side, y: Side) => String(x.value).replace(/\s*\(.*\)\s*$/u, '').trim() === String(y.value).replace(/\s*\(.*\)\s*$/u, '').trim();
  const pairs = (sides: Side[], differ: boolean) => {
    const out: Array<[Set<string>, Set<string>]> = [];
    for (let i = 0; i < sides.length; i += 1)
      for (let j = i + 1; j < sides.length; j += 1) if (!differ || sides[i]!.value === undefined || !sameValue(sides[i]!, sides[j]!)) out.push([sentencesOf(report, sides[i]!), sentencesOf(report, sides[j]!)]);
    return out;
  };
  const found: string[] = [];
  const missed: string[] = [];
  const matched = new Set<string>();
  for (const c of gold.conflicts) {
    const hits = findings.filter((f) => pairs(c.sides, true).some(([a, b]) => touches(f, a, b)));
    hits.forEach((f) => matched.add(f.id));
    (hits.length ? found : missed).push(c.id);
  }
  const updatesAsConflicts: string[] = [];
  for (const u of gold.updates) {
    const hits = findings.filter((f) => pairs(u.sides, false).some(([a, b]) => touches(f, a, b)));
    hits.forEach((f) => matched.add(f.id));
    if (hits.some((f) => f.severity !== 'low')) updatesAsConflicts.push(u.id);
  }
  // A trap is violated when a finding sets the words of one side against those of the other: its evidence
  // lies inside an anchor of each (another fact of the same sentences is no violation).
  const onSide = (f: Report['discrepancies'][number], side: Side) => {
    const sentences = sentencesOf(report, side);
    const anchors = side.anchors ?? (side.anchor ? [side.anchor] : []);
    return f.evidence.some((e) => sentences.has(e.sentence) && anchors.some((a) => a.includes(e.text) || e.text.includes(a)));
  };
  // A rising toll is a trap only when shown as a contradiction: as an update (graded low) it is what the
  // gold's updates ask for.
  // A trap's pair of sides that is also a planted conflict's pair of differing sides (a gold file listing
  // "2.31 in 2026" against "2.13 in 2026" under an other-period trap as well) is the conflict's, not the trap's.
  const anchorList = (side: Side) => side.anchors ?? (side.anchor ? [side.anchor] : []);
  const sameSide = (x: Side, c: Side) => x.file === c.file && anchorList(x).some((a) => anchorList(c).some((b) => a.includes(b) || b.includes(a)));
  const planted = (x: Side, y: Side) =>
    gold.conflicts.some((c) => c.sides.some((cx) => c.sides.some((cy) => cx !== cy && !sameValue(cx, cy) && sameSide(x, cx) && sameSide(y, cy))));
  const violated = gold.traps
    .filter((t) => findings.some((f) => (t.case !== 'rising-toll' || f.severity !== 'low') && t.sides.some((x, i) => t.sides.some((y, j) => j > i && !planted(x, y) && onSide(f, x) && onSide(f, y)))))
    .map((t) => t.id);
  return {
    story: path.basename(dir),
    conflicts: gold.conflicts.length,
    found,
    missed,
    traps: gold.traps.length,
    violated,
    updatesAsConflicts,
    figureFindings: findings.length,
    unmatchedFindings: findings.filter((f) => !matched.has(f.id)).map((f) => `${f.id} ${f.message}`),
  };
}

/**
 * Every set of fixture stories: its folder under tests/fixtures, the name the scorer takes on its command
 * line and its judgements carry (`holdout/wildfire`), and its name in reports. The first is the fixture
 * set itself; the others were held out or written fresh (see their READMEs).
 */
export const STORY_SETS = [
  { root: STORIES, key: '', name: 'fixture' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-holdout'), key: 'holdout', name: 'held out' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh'), key: 'fresh', name: 'fresh' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh2'), key: 'fresh2', name: 'fresh, second set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh3'), key: 'fresh3', name: 'fresh, third set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh4'), key: 'fresh4', name: 'fresh, fourth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh6'), key: 'fresh6', name: 'fresh, sixth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh7'), key: 'fresh7', name: 'fresh, seventh set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh8'), key: 'fresh8', name: 'fresh, eighth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh9'), key: 'fresh9', name: 'fresh, ninth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh10'), key: 'fresh10', name: 'fresh, tenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh11'), key: 'fresh11', name: 'fresh, eleventh set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh12'), key: 'fresh12', name: 'fresh, twelfth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh13'), key: 'fresh13', name: 'fresh, thirteenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh14'), key: 'fresh14', name: 'fresh, fourteenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh15'), key: 'fresh15', name: 'fresh, fifteenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh16'), key: 'fresh16', name: 'fresh, sixteenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh17'), key: 'fresh17', name: 'fresh, seventeenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh18'), key: 'fresh18', name: 'fresh, eighteenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh19'), key: 'fresh19', name: 'fresh, nineteenth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh20'), key: 'fresh20', name: 'fresh, twentieth set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh21'), key: 'fresh21', name: 'fresh, twenty-first set' },
  { root: path.join(ROOT, 'tests', 'fixtures', 'stories-fresh22'), key: 'fresh22', name: 'fresh, twenty-second set' },
] as const;

export async function scoreStories(bridge: 'lexical' | 'apertium', root = STORIES): Promise<StoryScore[]> {
  const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(root, d.name)).sort();
  const out: StoryScore[] = [];
  for (const dir of dirs) out.push(await scoreStory(dir, bridge));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const bridge = process.argv[2] === 'apertium' ? 'apertium' : 'lexical';
  const root = STORY_SETS.find((set) => set.key === (process.argv[3] ?? ''))?.root ?? STORIES;
  for (const s of await scoreStories(bridge, root)) {
    process.stdout.write(`${s.story}: conflicts ${s.found.length}/${s.conflicts} (missed ${s.missed.join(', ') || '-'}), traps violated ${s.violated.length}/${s.traps} ${s.violated.join(', ')}, updates as conflicts ${s.updatesAsConflicts.length}, figure findings ${s.figureFindings}, not a gold conflict or update ${s.unmatchedFindings.length}\n`);
    for (const u of s.unmatchedFindings) process.stdout.write(`    ${u.slice(0, 220)}\n`);
  }
}
