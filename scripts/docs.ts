/** Writing generated figures into docs/benchmarks.md, between `<!-- name:start -->` and `<!-- name:end -->`. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './flores.js';

export function replaceSection(name: string, lines: readonly string[]): void {
  const file = path.join(ROOT, 'docs', 'benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < 0) throw new Error(`docs/benchmarks.md lacks the ${name} markers`);
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${lines.join('\n')}\n${text.slice(b)}`);
  process.stdout.write('\ndocs/benchmarks.md updated\n');
}
