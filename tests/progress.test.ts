import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

function terminal(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 100, write: (c: string) => chunks.push(c) } };
}
// Terminal control sequences removed.
const ESCAPE = new RegExp(`${String.fromCharCode(27)}(?:\\[[0-9;?]*[A-Za-z]|[78])`, 'g');
const plain = (chunks: string[]) => chunks.join('').replace(ESCAPE, '');

describe('progress bar', () => {
  it('draws nothing for the first second, then stages and counts', () => {
    const { chunks, stream } = terminal(true);
    let clock = 0;
    const progress = createProgress(stream, { delayMs: 1000, now: () => clock });
    progress.onProgress({ stage: 'segment', done: 3, total: 10 });
    expect(chunks).toEqual([]);
    clock = 1500;
    progress.onProgress({ stage: 'align', done: 500, total: 3000, message: 'sentences searched' });
    clock = 3000;
    progress.onProgress({ stage: 'align', done: 3000, total: 3000, message: 'sentences searched' });
    progress.stop();
    const text = plain(chunks);
    expect(text).toContain('claimdiff align');
    expect(text).toContain('500/3000 sentences searched');
    expect(text).toContain('3000/3000');
  });

  it('draws nothing when standard error is not a terminal', () => {
    const { chunks, stream } = terminal(false);
    let clock = 0;
    const progress = createProgress(stream, { delayMs: 0, now: () => (clock += 5000) });
    progress.onProgress({ stage: 'align', done: 1, total: 2 });
    progress.stop();
    expect(chunks).toEqual([]);
  });
});
