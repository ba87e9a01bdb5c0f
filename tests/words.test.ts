import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyWriter } from './helpers.js';
import { alignWords, wordScore, COGNATE, SAME_STEM, SYNONYM, type LinkToken } from '../src/align/words.js';
import { antonymsOf, qualifier, synonymous } from '../src/bridge/wordnet.js';
import { parseTaggedLine, tagLines, taggerDir } from '../src/bridge/tagger.js';
import { glossWords } from '../src/bridge/glosses.js';
import { runPipeline } from '../src/pipeline.js';
import { mayBeOneClaim } from '../src/stages/claims.js';
import { pairWords } from '../src/rules/common.js';
import { additions } from '../src/rules/added-or-dropped.js';
import { reversals } from '../src/rules/meaning-reversed.js';

const storyOf = storyWriter('words');

const token = (text: string, stems: string[], extra: Partial<LinkToken> = {}): LinkToken => ({ start: 0, end: text.length, text, stems: new Set(stems), prefix: text.toLowerCase().slice(0, 5), ...extra });

describe('word alignment', () => {
  it('scores a shared stem above a cognate, a cognate above a WordNet synonym, and unrelated words at 0', () => {
    expect(wordScore(token('vente', ['vent', 'sale']), token('sale', ['sale']))).toBe(SAME_STEM);
    expect(wordScore(token('presidente', ['presid']), token('presidency', ['presidency']))).toBe(COGNATE);
    expect(wordScore(token('posizioni', ['posizion'], { lemmas: ['position'] }), token('postures', ['postur'], { lemmas: ['posture'] }))).toBe(SYNONYM);
    expect(wordScore(token('lune', ['lune', 'moon']), token('sun', ['sun']))).toBe(0);
  });

  it('links each word once, best score first, and leaves what the other side lacks unlinked', () => {
    const xs = [token('Rome', ['rome'], { name: 0 }), token('vente', ['sale']), token('cher', ['expens', 'dear'])];
    const ys = [token('sale', ['sale']), token('Rome', ['rome'], { name: 0 }), token('expensive', ['expens']), token('sale', ['sale'])];
    const alignment = alignWords(xs, ys, (i, j) => i === j);
    expect(alignment.links.map((l) => [l.a, l.b])).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
    // The second "sale" has no partner left: the other side says it once.
    expect(alignment.unlinkedB).toEqual([3]);
    expect(alignment.unlinkedA).toEqual([]);
  });
});

describe('WordNet relations', () => {
  it('gives direct antonyms, not the loose ones of an adjective cluster', () => {
    expect(antonymsOf('increase').has('decrease')).toBe(true);
    expect(antonymsOf('win').has('lose')).toBe(true);
    expect(antonymsOf('multiple').has('several')).toBe(false);
  });

  it('reads synonyms in every part of speech and tells qualifiers from nouns', () => {
    expect(synonymous('position', 'posture')).toBe(true);
    expect(synonymous('position', 'sale')).toBe(false);
    expect(qualifier('expensive')).toBe(true);
    expect(qualifier('scarcely')).toBe(true);
    expect(qualifier('tunnel')).toBe(false);
  });
});

describe('Apertium taggers and glosses', () => {
  it('reads the words as written when the tagger gives them', () => {
    expect(parseTaggedLine('^annulé/annuler<vblex><pp><m><sg>$ ^perdette/*perdette$')).toEqual([
      { surface: 'annulé', lemma: 'annuler', tags: ['vblex', 'pp', 'm', 'sg'] },
      { surface: 'perdette', lemma: 'perdette', tags: ['unknown'] },
    ]);
  });

  it.skipIf(!taggerDir('fr'))('glosses French words through the bilingual dictionaries, every alternative kept', () => {
    const tagged = tagLines('fr', ['La vente et la location de jeux vidéo sont interdites.'])!;
    const glosses = glossWords('fr', tagged)![0]!;
    expect(glosses['vente']).toContain('sale');
    expect(glosses['location']).toEqual(expect.arrayContaining(['hire', 'rent']));
  });
});

describe('claim groups confirmed by their frames', () => {
  it('keeps two wordings of one claim and cuts two claims on one topic', async () => {
    const same = await runPipeline([storyOf({ 'a-en.txt': 'Police arrested two men in Lyon on Tuesday after a robbery.', 'b-en.txt': 'Two men were arrested by police in Lyon on Tuesday after a robbery.' })], { bridge: 'lexical', cacheDir: false });
    expect(mayBeOneClaim(same.corpus, 0, 1)).toBe(true);
    const other = await runPipeline([storyOf({ 'a-en.txt': 'Police arrested two men in Lyon on Tuesday after a robbery.', 'b-en.txt': 'Lyon hosts a film festival every October in its old cinemas.' })], { bridge: 'lexical', cacheDir: false });
    expect(mayBeOneClaim(other.corpus, 0, 1)).toBe(false);
  });
});

describe('a claim restated in one article', () => {
  it.skipIf(!taggerDir('fr'))('joins the group of its headline when it repeats its specifics and meets the other articles', async () => {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'stories-fresh5', 'court-ruling');
    const context = await runPipeline([dir], { bridge: 'apertium', cacheDir: false });
    const ids = (g: { members: number[] }) => g.members.map((m) => context.corpus.sentences[m]!.id);
    const group = context.corpus.alignment!.groups.map(ids).find((members) => members.includes('fr-gazette:0'));
    expect(group).toEqual(expect.arrayContaining(['fr-gazette:0', 'fr-gazette:1', 'it-quotidiano:0']));
  });
});

describe('what one side adds and what it reverses', () => {
  it('finds a qualifier one side adds, and none when both say it', async () => {
    const added = await runPipeline([storyOf({ 'a-en.txt': 'The council approved the controversial tunnel project on Monday.', 'b-en.txt': 'The council approved the tunnel project on Monday.' })], { bridge: 'lexical', cacheDir: false });
    expect(additions(added.corpus, 0, 1).map((x) => x.tokens.map((t) => t.text))).toEqual([['controversial']]);
    const same = await runPipeline([storyOf({ 'a-en.txt': 'The council approved the tunnel project on Monday.', 'b-en.txt': 'On Monday the council approved the tunnel project.' })], { bridge: 'lexical', cacheDir: false });
    expect(additions(same.corpus, 0, 1)).toEqual([]);
    expect(pairWords(same.corpus, 0, 1).alignment.unlinkedA).toEqual([]);
  });

  it('finds opposite words in one claim, and none when a side holds both', async () => {
    const reversed = await runPipeline([storyOf({ 'a-en.txt': 'Exports increased in the third quarter, the ministry said.', 'b-en.txt': 'Exports decreased in the third quarter, the ministry said.' })], { bridge: 'lexical', cacheDir: false });
    expect(reversals(reversed.corpus, 0, 1).map((r) => [r.x.text, r.y.text])).toEqual([['increased', 'decreased']]);
    const both = await runPipeline([storyOf({ 'a-en.txt': 'Exports increased and imports decreased in the third quarter.', 'b-en.txt': 'Imports decreased and exports increased in the third quarter.' })], { bridge: 'lexical', cacheDir: false });
    expect(reversals(both.corpus, 0, 1)).toEqual([]);
  });
});
