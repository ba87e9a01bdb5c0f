/**
 * Syndicated copies: two articles whose sentences are mostly the same text (wire copy run by several
 * outlets). They are reported once as copies instead of as a pile of trivial alignments.
 */
import { fold } from '../bridge/features.js';

export interface CopyPair {
  documents: [string, string];
  /** Sentences of identical text the two share. */
  shared: number;
  /** `shared` over the sentence count of the shorter article. */
  ratio: number;
}

export const MIN_COPY_RATIO = 0.6;
export const MIN_COPY_SENTENCES = 3;

/** Sentence text reduced to what a copy editor would not change: letters and digits, folded. */
export function copyKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function findCopies(sentences: ReadonlyArray<{ document: string; text: string }>): CopyPair[] {
  const counts = new Map<string, number>();
  for (const s of sentences) counts.set(s.document, (counts.get(s.document) ?? 0) + 1);
  const byText = new Map<string, Set<string>>();
  for (const s of sentences) {
    const key = copyKey(s.text);
    if (key.split(' ').length < 4) continue; // "Plus à venir." proves nothing
    let docs = byText.get(key);
    if (!docs) byText.set(key, (docs = new Set()));
    docs.add(s.document);
  }
  const shared = new Map<string, number>();
  for (const docs of byText.values()) {
    if (docs.size < 2 || docs.size > 50) continue;
    const list = [...docs].sort();
    for (let i = 0; i < list.length; i += 1) for (let j = i + 1; j < list.length; j += 1) {
      const key = `${list[i]}\u0000${list[j]}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const copies: CopyPair[] = [];
  for (const [key, count] of shared) {
    const [a, b] = key.split('\u0000') as [string, string];
    const ratio = count / Math.min(counts.get(a)!, counts.get(b)!);
    if (count >= MIN_COPY_SENTENCES && ratio >= MIN_COPY_RATIO) copies.push({ documents: [a, b], shared: count, ratio: Math.round(ratio * 1000) / 1000 });
  }
  return copies.sort((x, y) => (x.documents[0] < y.documents[0] ? -1 : x.documents[0] > y.documents[0] ? 1 : x.documents[1] < y.documents[1] ? -1 : 1));
}
