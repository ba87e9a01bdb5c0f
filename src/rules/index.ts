import type { Rule } from './types.js';

export type { Finding, Rule } from './types.js';

/**
 * The rule registry, in reporting order. Each rule is one module in this folder; the discrepancy
 * rules arrive with the rules issue.
 */
export const RULES: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
