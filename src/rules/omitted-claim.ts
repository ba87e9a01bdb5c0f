/**
 * omitted-claim: a claim that at least half of the articles carry (and at least two) is absent from
 * an article. Only with three articles or more: with two, every claim is in one or both.
 */
import type { Rule, Finding } from './types.js';
import { evidenceOf, finding, sourceOf } from './common.js';

export const omittedClaim: Rule = {
  id: 'omitted-claim',
  compares: 'coverage',
  description: 'A claim most articles carry that one article leaves out.',
  run(corpus) {
    const findings: Finding[] = [];
    const documents = corpus.documents.map((d) => d.id);
    if (documents.length < 3) return findings;
    for (const group of corpus.alignment?.groups ?? []) {
      const members = group.members.map((i) => corpus.sentences[i]!);
      // Headlines only: the article without one in the group has a headline of its own, the story in other
      // words; what it leaves out is read in its body, not from its headline.
      if (members.every((s) => s.kind === 'title')) continue;
      const present = new Set(members.map((s) => s.document));
      if (present.size < Math.max(2, Math.ceil(documents.length / 2)) || present.size === documents.length) continue;
      for (const missing of documents.filter((d) => !present.has(d))) {
        // Carried by all the others: a clear omission. Carried by about half: worth a look.
        const severity = present.size === documents.length - 1 && documents.length >= 4 ? 'medium' : 'low';
        const shown = members[0]!;
        findings.push(
          finding('omitted-claim', severity, members, [evidenceOf(shown, shown, sourceOf(corpus, shown))], `${missing} does not carry a claim that ${present.size} of ${documents.length} articles carry: “${shown.text.length > 120 ? `${shown.text.slice(0, 117)}…` : shown.text}”.`),
        );
      }
    }
    return findings;
  },
};
