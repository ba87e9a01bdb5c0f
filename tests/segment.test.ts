import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../src/stages/segment.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import type { LanguageCode } from '../src/types.js';

function split(text: string, language: LanguageCode): string[] {
  return segmentSentences(text, { start: 0, end: text.length }, LANGUAGE_PACKS[language]).map((s) => text.slice(s.start, s.end));
}

const cases: Array<{ language: LanguageCode; name: string; text: string; expected: string[] }> = [
  // English
  { language: 'en', name: 'U.S. before a capital', text: 'The suit was brought by U.S. Citizens Klein and Grabert. It was filed in April.', expected: ['The suit was brought by U.S. Citizens Klein and Grabert.', 'It was filed in April.'] },
  { language: 'en', name: 'Inc. before a capital', text: 'Meta Inc. Allegedly let Netflix in. Netflix did not answer.', expected: ['Meta Inc. Allegedly let Netflix in.', 'Netflix did not answer.'] },
  { language: 'en', name: 'case name with v.', text: 'The case is Klein v. Meta Platforms. It was filed in 2020.', expected: ['The case is Klein v. Meta Platforms.', 'It was filed in 2020.'] },
  { language: 'en', name: 'e.g. before a capital', text: 'Clicks were counted (e.g. Facebook and non-Facebook receipts). The report came fortnightly.', expected: ['Clicks were counted (e.g. Facebook and non-Facebook receipts).', 'The report came fortnightly.'] },
  { language: 'en', name: 'titles', text: 'Mr. Stone and Dr. Klein spoke. St. Louis was quiet.', expected: ['Mr. Stone and Dr. Klein spoke.', 'St. Louis was quiet.'] },
  { language: 'en', name: 'curly quotes close the sentence', text: '“Meta did not share messages,” a spokesperson said. “Such agreements are common.” The Sun asked.', expected: ['“Meta did not share messages,” a spokesperson said.', '“Such agreements are common.”', 'The Sun asked.'] },
  { language: 'en', name: 'decimal point and thousands', text: 'The quake measured 7.8 and killed 12,000 people. Rescue went on.', expected: ['The quake measured 7.8 and killed 12,000 people.', 'Rescue went on.'] },
  { language: 'en', name: 'straight quotes', text: 'He said "we are confident." Then he left.', expected: ['He said "we are confident."', 'Then he left.'] },
  // French
  { language: 'fr', name: 'M. before a name', text: 'M. Hastings a rejoint le conseil. Il y est resté.', expected: ['M. Hastings a rejoint le conseil.', 'Il y est resté.'] },
  { language: 'fr', name: 'guillemets with inner full stop', text: 'Il a dit : « Nous ne partageons pas les messages. » Puis il est parti.', expected: ['Il a dit : « Nous ne partageons pas les messages. »', 'Puis il est parti.'] },
  { language: 'fr', name: 'guillemets then full stop', text: 'Netflix et Facebook « jouissaient d’une relation spéciale ». Le procès continue.', expected: ['Netflix et Facebook « jouissaient d’une relation spéciale ».', 'Le procès continue.'] },
  { language: 'fr', name: 'decimal comma', text: 'Le séisme a atteint une magnitude de 7,8. Les secours sont arrivés.', expected: ['Le séisme a atteint une magnitude de 7,8.', 'Les secours sont arrivés.'] },
  { language: 'fr', name: 'elision', text: 'L’accord permettait l’accès à l’API. C’était en 2013.', expected: ['L’accord permettait l’accès à l’API.', 'C’était en 2013.'] },
  { language: 'fr', name: 'Mme and Dr', text: 'Mme. Grabert et Dr. Klein ont porté plainte. La procédure suit son cours.', expected: ['Mme. Grabert et Dr. Klein ont porté plainte.', 'La procédure suit son cours.'] },
  { language: 'fr', name: 'question and exclamation', text: 'Qui a lu nos messages ? Personne ! Voilà la réponse.', expected: ['Qui a lu nos messages ?', 'Personne !', 'Voilà la réponse.'] },
  // Italian
  { language: 'it', name: 'sig. and dott.', text: 'Il sig. Rossi e il dott. Bianchi hanno parlato. La causa è aperta.', expected: ['Il sig. Rossi e il dott. Bianchi hanno parlato.', 'La causa è aperta.'] },
  { language: 'it', name: 'dott. before a capital', text: 'Lo ha detto il dott. Bianchi. Nessuno ha risposto.', expected: ['Lo ha detto il dott. Bianchi.', 'Nessuno ha risposto.'] },
  { language: 'it', name: 'curly quotes', text: '“Meta non condivideva i messaggi privati delle persone con Netflix.” Così ha detto il portavoce.', expected: ['“Meta non condivideva i messaggi privati delle persone con Netflix.”', 'Così ha detto il portavoce.'] },
  { language: 'it', name: 'elision and apostrophe', text: 'L’accordo riguardava dell’app di Netflix. C’è un rapporto personale.', expected: ['L’accordo riguardava dell’app di Netflix.', 'C’è un rapporto personale.'] },
  { language: 'it', name: 'thousands with dots', text: 'Le vittime sono 12.000 secondo la protezione civile. Il bilancio sale.', expected: ['Le vittime sono 12.000 secondo la protezione civile.', 'Il bilancio sale.'] },
  { language: 'it', name: 'S.p.A.', text: 'La Mediaset S.p.A. Ha risposto ieri. Il titolo è salito.', expected: ['La Mediaset S.p.A. Ha risposto ieri.', 'Il titolo è salito.'] },
];

describe('sentence segmentation', () => {
  it.each(cases)('$language: $name', ({ language, text, expected }) => {
    expect(split(text, language)).toEqual(expected);
  });

  it('keeps offsets exact on text with surrounding space and line breaks', () => {
    const source = '  First one.\r\nSecond one!  ';
    const spans = segmentSentences(source, { start: 0, end: source.length }, LANGUAGE_PACKS.en);
    expect(spans.map((s) => source.slice(s.start, s.end))).toEqual(['First one.', 'Second one!']);
  });
});
