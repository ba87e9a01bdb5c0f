import { describe, expect, it } from 'vitest';
import { detectDocumentLanguage, detectSentenceLanguage, guessLanguage, languageEvidence } from '../src/stages/language.js';

describe('language of a line', () => {
  it.each([
    ['fr', 'Les plaignants affirment que Facebook a reçu des millions de dollars de revenus publicitaires.'],
    ['it', 'Per quasi un decennio la capogruppo avrebbe permesso al colosso dello streaming di accedere ai messaggi.'],
    ['en', 'The lawsuit also alleges that the co-founder joined the board of directors and later helped shut it down.'],
    ['fr', 'Facebook est de nouveau devant les tribunaux.'],
    ['it', 'Il tutto per agevolare il gigante dello streaming.'],
    ['en', 'The Sun has contacted Netflix for comment.'],
    ['es', 'El gobierno anunció ayer que las medidas entrarán en vigor la próxima semana en todo el país.'],
    ['de', 'Die Regierung hat gestern angekündigt, dass die Maßnahmen nächste Woche im ganzen Land gelten.'],
  ])('%s: %s', (expected, text) => {
    expect(guessLanguage(text).language).toBe(expected);
  });

  it('answers und when there is too little text to judge', () => {
    expect(guessLanguage('Netflix, Meta').language).toBe('und');
    expect(guessLanguage('2017').language).toBe('und');
  });

  it('reads words, not names or numbers', () => {
    expect(languageEvidence('Le 2 avril, Reed Hastings a quitté Netflix.')).toBe('Le avril, a quitté');
  });
});

describe('language of a sentence inside a document', () => {
  it('inherits the document language for three words or fewer', () => {
    expect(detectSentenceLanguage('La smentita', 'it')).toEqual({ language: 'it', source: 'document' });
    expect(detectSentenceLanguage('Plus à venir.', 'fr')).toEqual({ language: 'fr', source: 'document' });
  });

  it('keeps the document language when the sentence agrees', () => {
    expect(detectSentenceLanguage('Naturellement, Meta nie tout acte répréhensible dans cette affaire.', 'fr').language).toBe('fr');
  });

  it('reports a long sentence in another language as that language', () => {
    const quote = 'We are confident that the facts will show this complaint is meritless and we will fight it.';
    expect(detectSentenceLanguage(quote, 'fr')).toEqual({ language: 'en', source: 'sentence' });
  });
});

describe('language of a document', () => {
  it('is the language most of the text is in, with the agreeing share as confidence', () => {
    const result = detectDocumentLanguage([
      'Un séisme de magnitude 6,4 a frappé la côte lundi matin, selon les autorités locales.',
      'Les équipes de secours sont arrivées mardi de trois pays voisins pour aider les sinistrés.',
      'We have never seen anything like this before in our whole lives.',
    ]);
    expect(result.language).toBe('fr');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThan(1);
  });

  it('is und when nothing can be judged', () => {
    expect(detectDocumentLanguage(['Netflix', 'Meta'])).toEqual({ language: 'und', confidence: 0 });
  });
});
