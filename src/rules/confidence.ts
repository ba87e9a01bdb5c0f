/**
 * How far a finding is to be trusted, from 0 to 1, with its reasons. A finding belongs to a class: its
 * rule and variant (`name-mismatch/misspelling`) or severity (`divergent-figure/high`), and, for a finding
 * of the sentence rules, whether its two sentences are close both ways (`polarity-flip/high/close`): a
 * claim and its translation are, two claims grouped on a few shared words are not. A finding of the fact
 * sheet's figures says in its reasons how many articles state each side. (Classing them by it, tried, hid
 * eight found conflicts of the development stories for three fewer findings outside the gold.) The class's share of
 * findings judged right by reading (docs/judgements, counted by `scripts/calibrate.ts` into
 * calibration.json) gives its confidence, smoothed so that a class judged once is not certain (Laplace:
 * (right + 1) / (judged + 2)). A class nobody judged is as likely right as wrong (0.5): a close pair is
 * not judged by what loose pairs of its rule did; its reasons say what they did. The report shows
 * findings at or above `minConfidence`.
 */
import type { AnalysedCorpus } from '../pipeline.js';
import type { Finding } from './types.js';
import { CLOSE, readClaim, type ClaimMatch } from './common.js';
import calibration from './calibration.json' with { type: 'json' };

/** The default threshold: findings below it are left out of the report (and counted). */
export const DEFAULT_MIN_CONFIDENCE = 0.5;
/** A class nobody has judged yet: as likely right as wrong. */
const UNJUDGED = 0.5;

type Counts = { right: number; wrong: number };

const CELLS = calibration as Record<string, Counts>;
/** The same counts by rule and variant, closeness aside. */
const CLASSES = new Map<string, Counts>();
for (const [cell, counts] of Object.entries(CELLS)) {
  const cls = cell.replace(/\/(close|loose)$/u, '');
  const total = CLASSES.get(cls) ?? { right: 0, wrong: 0 };
  CLASSES.set(cls, { right: total.right + counts.right, wrong: total.wrong + counts.wrong });
}

/** How the two sentences were found to state one claim, in words. */
const MATCH_REASONS: Record<ClaimMatch, string> = {
  predicate: 'the two sentences share their predicate',
  quotation: 'the two sentences quote one statement',
  verbless: 'one sentence has no content verb; most words are shared',
  wording: 'their verbs differ, but the sentences are close both ways',
};

/** A finding's rule and variant, or rule and severity: its class before closeness. */
export function ruleClass(finding: Pick<Finding, 'rule' | 'variant' | 'severity'>): string {
  return `${finding.rule}/${finding.variant ?? finding.severity}`;
}

/** The finding with its confidence, the class it was read from, and its reasons. */
export function withConfidence(finding: Finding, corpus: AnalysedCorpus, indexOf: ReadonlyMap<string, number>, comparesSentences: boolean): Finding {
  let cls = ruleClass(finding);
  const reasons: string[] = [];
  if (comparesSentences && finding.sentences.length >= 2) {
    const [a, b] = [indexOf.get(finding.sentences[0]!), indexOf.get(finding.sentences[1]!)];
    if (a !== undefined && b !== undefined) {
      const reading = readClaim(corpus, a, b, { ignoreParticipants: true });
      cls = `${cls}/${reading.closeness >= CLOSE ? 'close' : 'loose'}`;
      reasons.push(reading.match ? MATCH_REASONS[reading.match] : 'the two sentences are not read as one claim');
      reasons.push(`their words meet both ways at ${Math.round(reading.closeness * 100)} %`);
    }
  }
  if (finding.support) {
    const { stated, against } = finding.support;
    const outnumbered = against >= 2 && against > stated;
    reasons.push(
      outnumbered
        ? `${against} articles state the value set against it, ${stated === 1 ? 'one' : stated} this one`
        : `each value is stated by ${stated === 1 ? 'one article' : `${stated} articles`}: none outnumbers another`,
    );
  }
  const counts = CELLS[cls];
  const confidence = counts ? (counts.right + 1) / (counts.right + counts.wrong + 2) : UNJUDGED;
  const whole = CLASSES.get(ruleClass(finding));
  reasons.unshift(
    counts
      ? `${cls}: ${counts.right} of ${counts.right + counts.wrong} such findings judged right`
      : `${cls}: no such finding judged yet${whole && cls !== ruleClass(finding) ? ` (${ruleClass(finding)} at any closeness: ${whole.right} of ${whole.right + whole.wrong})` : ''}`,
  );
  return { ...finding, confidence: Math.round(confidence * 100) / 100, confidenceClass: cls, reasons };
}
