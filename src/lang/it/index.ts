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
  numberWords: {
    zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
    undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, venti: 20, trenta: 30, quaranta: 40,
    cinquanta: 50, sessanta: 60, cento: 100, mille: 1000, decina: 10, dozzina: 12, ventina: 20, trentina: 30, centinaio: 100,
  },
  timeUnits: {
    secondo: 1 / 86400, secondi: 1 / 86400, minuto: 1 / 1440, minuti: 1 / 1440, ora: 1 / 24, ore: 1 / 24, giorno: 1, giorni: 1,
    settimana: 7, settimane: 7, mese: 30, mesi: 30, anno: 365, anni: 365, decennio: 3650, decenni: 3650, secolo: 36500, secoli: 36500,
  },
  durationPhrases: {
    decennio: 3650, decenni: 3650, quindicinale: 14, quindicinali: 14, 'quindici giorni': 14, 'otto giorni': 7, settimanale: 7,
    settimanali: 7, mensile: 30, mensili: 30, quotidiano: 1, quotidiana: 1, giornaliero: 1, annuale: 365, annuali: 365,
  },
  indefiniteArticles: ['un', 'uno', 'una', 'ogni', 'al', 'alla'],
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
