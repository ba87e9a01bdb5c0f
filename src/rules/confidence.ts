/**
 * How far a finding is to be trusted, from 0 to 1, with its reasons. A finding belongs to a class (its
 * rule and variant: `name-mismatch/misspelling`, `divergent-figure/high`…); the class's share of findings
 * judged right by reading (docs/judgements, counted by `scripts/calibrate.ts` into calibration.json)
 * gives its confidence, smoothed so that a class judged once is not certain (Laplace: (right + 1) /
 * (judged + 2)). A sentence rule's finding whose two sentences meet only by their words, not by their
 * verbs or their quotations (or, for a relation the aligner drew, not at all), is trusted less. The report shows the findings at or above `minConfidence`.
 */
import type { AnalysedCorpus } from '../pipeline.js';
import type { Finding } from './types.js';
import { claimMatch, type ClaimMatch } from './common.js';
import calibration from './calibration.json' with { type: 'json' };

/** The default threshold: findings below it are left out of the report (and counted). */
export const DEFAULT_MIN_CONFIDENCE = 0.5;
/** A class nobody has judged yet: as likely right as wrong. */
const UNJUDGED = 0.5;
/** Two sentences one claim by their words alone, their verbs apart: less sure. */
const WORDING_ONLY = 0.8;

/** How the two sentences were found to state one claim, in words. */
const MATCH_REASONS: Record<ClaimMatch, string> = {
  predicate: 'the two sentences share their predicate',
  quotation: 'the two sentences quote one statement',
  verbless: 'one sentence has no content verb; most words are shared',
  wording: 'the two sentences share most words but not their verbs',
};

const CLASSES = calibration as Record<string, { right: number; wrong: number }>;

export function findingClass(finding: Pick<Finding, 'rule' | 'variant' | 'severity'>): string {
  return `${finding.rule}/${finding.variant ?? finding.severity}`;
}

/** The finding with its confidence and reasons. */
export function withConfidence(finding: Finding, corpus: AnalysedCorpus, indexOf: ReadonlyMap<string, number>): Finding {
  const cls = findingClass(finding);
  const judged = CLASSES[cls];
  let confidence = judged ? (judged.right + 1) / (judged.right + judged.wrong + 2) : UNJUDGED;
  const reasons = [judged ? `${cls}: ${judged.right} of ${judged.right + judged.wrong} such findings judged right` : `${cls}: no such finding judged yet`];
  if (finding.factSheetRow === undefined && finding.sentences.length >= 2) {
    const [a, b] = [indexOf.get(finding.sentences[0]!), indexOf.get(finding.sentences[1]!)];
    if (a !== undefined && b !== undefined) {
      const match = claimMatch(corpus, a, b, { ignoreParticipants: true });
      reasons.push(match ? MATCH_REASONS[match] : 'the two sentences are not read as one claim');
      if (match === 'wording' || match === undefined) confidence *= WORDING_ONLY;
    }
  }
  return { ...finding, confidence: Math.round(confidence * 100) / 100, reasons };
}
