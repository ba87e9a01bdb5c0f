import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords_it.js';
import type { LanguagePack } from '../types.js';

export const it: LanguagePack = {
  code: 'it',
  francCode: 'ita',
  locale: 'it',
  name: 'italiano',
  stem: (word) => stemmer.stem(word),
  abbreviations: [
    'sig.', 'sigg.', 'sig.ra', 'sig.na', 'dott.', 'dott.ssa', 'dr.', 'prof.', 'prof.ssa', 'avv.', 'ing.',
    'arch.', 'geom.', 'rag.', 'on.', 'sen.', 'gen.', 'col.', 'mons.', 'p.', 'pag.', 'pagg.', 'art.', 'n.',
    'nr.', 'es.', 'p.es.', 'cfr.', 'ca.', 'S.p.A.', 'S.r.l.', 'f.lli', 'gen.', 'feb.', 'apr.', 'giu.',
    'lug.', 'ago.', 'set.', 'ott.', 'nov.', 'dic.', 'St.',
  ],
  stopwords: new Set(stopwordList.filter((w) => !['non', 'mai', 'né'].includes(w))),
  negations: ['non', 'mai', 'nessuno', 'nessuna', 'nessun', 'niente', 'nulla', 'né', 'senza', 'neanche', 'nemmeno', 'neppure'],
  // Idioms that hold "non" without negating the claim: "non solo", "non appena", "non a caso" (not by
  // chance), "non si è fatto attendere" (did not take long).
  notNegations: [/\bnon solo\b/, /\bnon appena\b/, /\bnon a caso\b/, /\bnon (si )?(è |sono )?(poi )?fatt[aoie] attendere\b/, /\bnon (si )?(fa|fanno) attendere\b/],
  quotePairs: [['«', '»'], ['“', '”'], ['"', '"'], ['‘', '’']],
  boilerplateLines: {
    menu: [/^menu( menu)*$/i, /^(seleziona|scegli) (la )?lingua$/i, /^(cerca|accedi|abbonati|newsletter)$/i, /^accessibilità$/i],
    navigation: [
      /^leggi anche\b.*$/i, /^(potrebbe interessarti|ti potrebbe interessare)\b.*$/i, /^clicca qui\b.*$/i,
      /^articoli correlati$/i, /^(pubblicità|condividi( l'articolo| l’articolo)?|i più letti|seguici\b.*)$/i,
    ],
    byline: [/^di [A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3}( e [A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3})?$/, /^(la )?redazione$/i],
    dateline: [
      /^(pubblicato|aggiornato)\b.{0,60}$/i,
      /^(\d+|un|una|uno) (secondo|secondi|minuto|minuti|ora|ore|giorno|giorni|settimana|settimane|mese|mesi|anno|anni) fa$/i,
    ],
    credit: [/^(foto|credit[io]?|immagine)\s*:/i],
  },
};
