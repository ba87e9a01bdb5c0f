/**
 * Prints every figure, date and time of a story with the slot it was read into, then the fact sheet's
 * rows: `npx tsx scripts/slots-debug.ts DIR [lexical|apertium] [filter]`. For reading why two facts did or
 * did not meet.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../src/pipeline.js';
import { ownDateSpans } from '../src/stages/published.js';

const [dir = '.', bridge = 'apertium', filter] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => /\.(txt|html?|md)$/.test(f)).map((f) => path.join(dir, f));
const context = await runPipeline(files, { bridge: bridge as 'lexical' | 'apertium', cacheDir: false });
const rows = context.corpus.factSheet ?? [];
for (const row of rows) {
  for (const v of row.values) {
    for (const e of v.entries) {
      const line = `${row.label} | ${v.display} | ${e.document} | ${e.sentence.text.slice(0, 140)}`;
      if (!filter || line.toLowerCase().includes(filter.toLowerCase())) process.stdout.write(`${row.status.padEnd(12)} ${line}\n`);
    }
  }
}

// Every slot read, before claims complete them (rows of one article are not in the sheet).
if (process.env.SLOTS) {
  const { sentenceSlots } = await import('../src/stages/slots.js');
  const groupOf = new Map<number, number>();
  (context.corpus.alignment?.groups ?? []).forEach((g, n) => g.members.forEach((m) => groupOf.set(m, n)));
  context.corpus.sentences.forEach((sentence, i) => {
    const group = groupOf.get(i);
    const size = group === undefined ? 0 : context.corpus.alignment!.groups[group]!.members.length;
    const language = sentence.language as 'en' | 'fr' | 'it';
    const doc = context.documents.find((d) => d.id === sentence.document);
    for (const s of sentenceSlots(sentence, context.corpus.facts[i]!, language, group, i, size, doc ? ownDateSpans(doc) : [], doc?.published, context.corpus.frames?.[i]?.glosses)) {
      const line = `${sentence.document} ${JSON.stringify(s.fact.text)} ${JSON.stringify(s.slot)} | ${sentence.text.slice(0, 100)}`;
      if (!filter || line.toLowerCase().includes(filter.toLowerCase())) process.stdout.write(`${line}\n`);
    }
  });
}
