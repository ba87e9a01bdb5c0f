import type { Evidence, Severity } from '../types.js';
import type { AnalysedCorpus } from '../pipeline.js';

/** What a rule reports, before the report numbers it. */
export interface Finding {
  rule: string;
  severity: Severity;
  sentences: string[];
  evidence: Evidence[];
  message: string;
  /**
   * Which variant of its rule's findings this is, where a rule reports variants that deserve different
   * trust: `misspelling` or `swap` (name-mismatch), `corroborated` (a quote other articles side against).
   */
  variant?: string;
  /** How far the finding is to be trusted, 0 to 1, the class of judged findings it was read from, and why (`src/rules/confidence.ts`). */
  confidence?: number;
  confidenceClass?: string;
  reasons?: string[];
  /** The fact-sheet row the finding reports (index into the corpus's fact sheet), for the report's links. */
  factSheetRow?: number;
  /**
   * For a fact-sheet finding, how many articles state each side: the value found odd (`stated`) and the
   * value set against it (`against`). A value that several articles contradict is likelier misstated than
   * one of two articles that each give their own, where a misread slot is as likely.
   */
  support?: { stated: number; against: number };
}

/** A discrepancy rule: one module, one entry in the registry, one fixture folder. */
export interface Rule {
  id: string;
  description: string;
  /**
   * What the rule sets against each other: two sentences of one claim (`sentences`), the articles that
   * carry a claim against one that does not (`coverage`), or the values of a fact-sheet slot (`slots`).
   */
  compares: 'sentences' | 'coverage' | 'slots';
  /** Returns the findings over the analysed documents and their alignment groups. */
  run(corpus: AnalysedCorpus): Finding[];
}
