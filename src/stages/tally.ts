/**
 * A vote's tally: the numbers of a sentence that count the votes for a motion, the votes against it and
 * the abstentions ("carried by 163 votes to 131, with 14 abstentions", "165 sì, 131 no e 14 astenuti",
 * "163 députés ont voté la censure, 131 l'ont rejetée et 17 se sont abstenus", "a 7-2 vote", "the board
 * split seven to two"). What they are is read from the words beside each number (pack `tally`,
 * `againstBefore`, `againstAfter`); a number takes a part of a tally only where the sentence has a tally,
 * two numbers of it or more, or abstentions, whose word says what they are on its own.
 */
import type { LanguagePack } from '../lang/types.js';
import { fold } from '../bridge/features.js';
import { perPack } from '../lang/patterns.js';

export type TallyRole = 'votes for' | 'votes against' | 'abstentions';

/** The measures of a tally's numbers. */
export const TALLY_MEASURES: ReadonlySet<string> = new Set<TallyRole>(['votes for', 'votes against', 'abstentions']);

/** A figure as the tally reader needs it: its span in the sentence text and its kind. */
export interface TallyFigure {
  start: number;
  end: number;
  category: string;
  value: number;
}

interface Cues {
  for: string[][];
  against: string[][];
  abstain: string[][];
  againstBefore: string[][];
  joins: Set<string>;
  voteWords: Set<string>;
}

const cuesOf = perPack((pack: LanguagePack): Cues => {
  const split = (list: readonly string[]) => list.map((c) => fold(c).replace(/’/g, "'").split(/\s+/));
  return {
    for: split(pack.tally.for),
    against: split([...pack.againstAfter, ...pack.tally.against]),
    abstain: split(pack.tally.abstain),
    againstBefore: split(pack.againstBefore),
    joins: new Set(pack.tally.joins.map(fold)),
    voteWords: new Set(pack.tally.voteWords.map(fold)),
  };
});

/** The words of a stretch of text, folded, apostrophes kept ("l'ont"). */
function wordsIn(text: string): string[] {
  return fold(text).replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Whether the words open with the cue (its last word may end in `*`: any ending). */
function opensWith(words: readonly string[], cue: readonly string[]): boolean {
  if (words.length < cue.length) return false;
  return cue.every((c, n) => (c.endsWith('*') ? words[n]!.startsWith(c.slice(0, -1)) : words[n] === c));
}

/**
 * The part each figure takes in the sentence's tally, by index into `figures` (sorted by start). `isVoteWord`
 * tells a word (folded) of a vote or of votes, from the pack's measure and event words.
 */
export function tallyRoles(text: string, figures: readonly TallyFigure[], pack: LanguagePack, isVoteWord: (word: string) => boolean): Map<number, TallyRole> {
  const roles = new Map<number, TallyRole>();
  const counted = (f: TallyFigure) => (f.category === 'count' || f.category === 'people') && Number.isInteger(f.value) && f.value >= 0;
  // (most sentences count nothing: nothing to read)
  if (!figures.some(counted)) return roles;
  const cues = cuesOf(pack);
  const isNumber = (word: string | undefined) => word !== undefined && (/^\p{N}/u.test(word) || Object.hasOwn(pack.numberWords, word));
  const sentenceWords = wordsIn(text);
  const aboutAVote = sentenceWords.some((w) => isVoteWord(w) || cues.voteWords.has(w));
  const changeOpeners = new Set(pack.changeOpeners.map(fold));
  figures.forEach((f, i) => {
    if (!counted(f)) return;
    // The words after the figure up to the end of its clause.
    const rest = text.slice(f.end, f.end + 60).split(/[,;:.()!?–—]/u)[0] ?? '';
    const after = wordsIn(rest);
    // "163 députés ont voté", "14 deputies abstaining": one word for who voted may come first.
    const skipped = after.length > 1 && !isNumber(after[0]) ? after.slice(1) : [];
    const opens = (list: string[][], words: readonly string[]) => list.some((cue) => opensWith(words, cue));
    const either = (list: string[][]) => opens(list, after) || opens(list, skipped);
    // "208 votes to 171", "sept voix contre deux": a cue of the votes against, then a number.
    const before = wordsIn(text.slice(Math.max(0, f.start - 30), f.start));
    if (cues.againstBefore.some((cue) => cue.length <= before.length && opensWith(before.slice(before.length - cue.length), cue))) roles.set(i, 'votes against');
    else if (cues.againstBefore.some((cue) => opensWith(after, cue) && isNumber(after[cue.length]))) roles.set(i, 'votes for');
    else if (either(cues.abstain)) roles.set(i, 'abstentions');
    else if (opens(cues.against, after) && !isNumber(after[1])) roles.set(i, 'votes against');
    else if (either(cues.for) && !isNumber(after[1])) roles.set(i, 'votes for');
    else if (opens(cues.against, skipped)) roles.set(i, 'votes against');
    // "a 7-2 vote", "the board split seven to two": two numbers joined, in a sentence about a vote; not a
    // change ("rose from 150 to 163").
    const next = figures[i + 1];
    if (!aboutAVote || !next || !counted(next) || roles.has(i)) return;
    const between = text.slice(f.end, next.start);
    const joined = /^[-–]$/u.test(between) || (/^\s+\p{L}+\s+$/u.test(between) && cues.joins.has(fold(between.trim())));
    const opener = wordsIn(text.slice(Math.max(0, f.start - 20), f.start)).pop();
    if (!joined || (opener !== undefined && changeOpeners.has(opener))) return;
    roles.set(i, 'votes for');
    roles.set(i + 1, 'votes against');
  });
  // A tally counts two sides of a vote at least; abstentions say what they are alone.
  const sides = new Set([...roles.values()].filter((r) => r !== 'abstentions'));
  // (one side alone, in a sentence that names no vote, is no tally: "8,700 vacancies for nurses and 2,150 for doctors")
  if (roles.size < 2 || sides.size === 0 || (sides.size === 1 && !aboutAVote)) for (const [i, role] of roles) if (role !== 'abstentions') roles.delete(i);
  return roles;
}
