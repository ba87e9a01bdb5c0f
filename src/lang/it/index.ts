import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords_it.js';
import type { LanguagePack } from '../types.js';
import { memoStem } from '../shared.js';

export const it: LanguagePack = {
  code: 'it',
  francCode: 'ita',
  locale: 'it',
  name: 'italiano',
  stem: memoStem((word) => stemmer.stem(word)),
  abbreviations: [
    'sig.', 'sigg.', 'sig.ra', 'sig.na', 'dott.', 'dott.ssa', 'dr.', 'prof.', 'prof.ssa', 'avv.', 'ing.',
    'arch.', 'geom.', 'rag.', 'on.', 'sen.', 'gen.', 'col.', 'mons.', 'p.', 'pag.', 'pagg.', 'art.', 'n.',
    'nr.', 'es.', 'p.es.', 'cfr.', 'ca.', 'S.p.A.', 'S.r.l.', 'f.lli', 'gen.', 'feb.', 'apr.', 'giu.',
    'lug.', 'ago.', 'set.', 'ott.', 'nov.', 'dic.', 'St.',
  ],
  stopwords: new Set(stopwordList.filter((w) => !['non', 'mai', 'né'].includes(w))),
  negations: ['non', 'mai', 'nessuno', 'nessuna', 'nessun', 'niente', 'nulla', 'né', 'neanche', 'nemmeno', 'neppure'],
  // Idioms that hold "non" without negating the claim: "non solo", "non appena", "non a caso" (not by
  // chance), "non si è fatto attendere" (did not take long).
  // "non" before a participle or an adjective makes a compound ("non vedente", "non lineare", "dati non
  // condivisi"), a word of its own rather than a negated claim.
  // After a pronoun, the participle-looking word is a verb ("che non frequentate").
  // A word in -are after "non" is an adjective ("non lineare") unless a preposition or a modal verb
  // calls for an infinitive ("è meglio non provare", "di non usare"). "non da poco" is "considerable",
  // "non dimenticate" is "remember", "più economico che non acquistare" compares.
  notNegations: [/(?<!\b(?:di|a|per|da|meglio|bene|può|possono|potrebbe|potrebbero|deve|devono|dovrebbe|dovrebbero)\s)\bnon \p{L}+are(?![\p{L}])/u, /(?<!\b(?:che|chi|si|ci|vi|mi|ti|lo|la|li|le|ne|gli|io|tu|noi|voi)\s)\bnon \p{L}+(ente|enti|ante|anti|ari|ale|ali|ile|ili|ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|iso|isa|isi|ise|eso|esa|esi)(?![\p{L}])/u, /\bnon (?:(?:è|sono|era|erano|consiste|consistono|si tratta|riguarda) )?(?:solo|solamente|soltanto)\b/, /\b(più|meno)\b[^,.;:]*\bche non\b/, /\bnon da poco\b/, /\bnon dimentic\p{L}*/u, /\bnon appena\b/, /\bnon a caso\b/, /\bnon senza\b/, /\bnon meno\b/, /\b(più|meno|migliori?|peggiori?|maggiori?)\s+(\S+\s+)?mai\b/, /\bnon (si )?(è |sono )?(poi )?fatt[aoie] attendere\b/, /\bnon (si )?(fa|fanno) attendere\b/],
  negationConstructions: [],
  demonymSuffixes: ['ese', 'esi', 'ano', 'ana', 'ani', 'ane', 'ense', 'ensi', 'ico', 'ica', 'ici', 'iche'],
  negativeWords: [
    'senza', 'poco', 'poca', 'pochi', 'poche', 'raramente', 'ignor*', 'ignot*', 'sconosciut*', 'impossibil*', 'incapac*', 'rifiut*',
    'nega', 'negano', 'negato', 'smenti*', 'manca', 'mancano', 'mancava', 'mancavano', 'mancanza', 'mancato', 'mancata', 'assenza', 'assent*', 'evit*', 'impedi*', 'tranne', 'eccetto', 'anziché',
    'contrariamente', 'vietat*', 'proibit*', 'illes*', 'sottovalut*', 'incolum*', 'indenn*', 'privo', 'priva', 'privi', 'prive', 'nullo', 'nulli', 'esiguo', 'esigua',
  ],
  numberWords: {
    zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, tré: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
    undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, venti: 20, trenta: 30, quaranta: 40,
    cinquanta: 50, sessanta: 60, cento: 100, mille: 1000, decina: 10, dozzina: 12, ventina: 20, trentina: 30, centinaio: 100,
  },
  halfPhrases: ['e mezzo', 'e mezza', 'e mezzi'],
  rateWords: ['all', 'al', 'alla', 'ogni', 'per'],
  approximateNumberWords: ['decina', 'dozzina', 'ventina', 'trentina', 'centinaio'],
  timeUnits: {
    h: 1 / 24,
    secondo: 1 / 86400, secondi: 1 / 86400, minuto: 1 / 1440, minuti: 1 / 1440, ora: 1 / 24, ore: 1 / 24, giorno: 1, giorni: 1,
    settimana: 7, settimane: 7, mese: 30, mesi: 30, anno: 365, anni: 365, decennio: 3650, decenni: 3650, secolo: 36500, secoli: 36500,
  },
  durationPhrases: {
    decennio: 3650, decenni: 3650, quindicinale: 14, quindicinali: 14, 'quindici giorni': 14, 'otto giorni': 7, settimanale: 7,
    settimanali: 7, mensile: 30, mensili: 30, quotidiano: 1, quotidiana: 1, giornaliero: 1, annuale: 365, annuali: 365,
  },
  indefiniteArticles: ['un', 'uno', 'una', 'ogni', 'al', 'alla'],
  scaleWords: { cento: 100, mila: 1e3, mille: 1e3, migliaia: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, mln: 1e6, mld: 1e9, mldi: 1e9 },
  vagueAmounts: {
    'decine di': [20, 99], 'centinaia di': [200, 999], 'migliaia di': [2000, 9999], 'decine di migliaia di': [20000, 99999], 'centinaia di migliaia di': [200000, 999999],
    'milioni di': [2e6, 999e6], 'miliardi di': [2e9, 999e9], 'alcuni': [2, 5], 'alcune': [2, 5], 'diversi': [3, 9], 'diverse': [3, 9],
  },
  notApproximators: ['oltre a', 'oltre al', 'oltre alla', 'oltre allo', 'oltre ai', 'oltre agli', 'oltre alle', "oltre all'", 'oltre all’'],
  approximators: {
    entro: 'upTo', 'nel giro di': 'upTo', 
    circa: 'around', 'intorno a': 'around', 'intorno ai': 'around', 'attorno a': 'around', 'all’incirca': 'around', "all'incirca": 'around', 'quasi': 'nearly', 'poco meno di': 'nearly',
    oltre: 'over', 'più di': 'over', 'piu di': 'over', 'almeno': 'atLeast', 'non meno di': 'atLeast', 'meno di': 'under', 'fino a': 'upTo', 'al massimo': 'upTo',
  },
  units: {
    $: { category: 'money', unit: 'USD', before: true }, 'us$': { category: 'money', unit: 'USD', before: true }, '€': { category: 'money', unit: 'EUR', before: true }, '£': { category: 'money', unit: 'GBP', before: true },
    dollaro: { category: 'money', unit: 'USD' }, dollari: { category: 'money', unit: 'USD' }, euro: { category: 'money', unit: 'EUR' }, sterline: { category: 'money', unit: 'GBP' },
    '%': { category: 'percent', unit: '%' }, 'per cento': { category: 'percent', unit: '%' }, percento: { category: 'percent', unit: '%' },
    persone: { category: 'people', unit: 'person' }, utenti: { category: 'people', unit: 'person' }, abitanti: { category: 'people', unit: 'person' }, cittadini: { category: 'people', unit: 'person' },
    morti: { category: 'people', unit: 'killed' }, vittime: { category: 'people', unit: 'killed' }, deceduti: { category: 'people', unit: 'killed' }, feriti: { category: 'people', unit: 'injured' },
    km: { category: 'distance', unit: 'km' }, miles: { category: 'distance', unit: 'km', factor: 1.609 }, mph: { category: 'rate', unit: 'km/day', factor: 1.609 * 24 }, chilometri: { category: 'distance', unit: 'km' }, chilometro: { category: 'distance', unit: 'km' }, metri: { category: 'distance', unit: 'km', factor: 0.001 }, miglia: { category: 'distance', unit: 'km', factor: 1.609 },
    edifici: { category: 'buildings', unit: 'building' }, palazzi: { category: 'buildings', unit: 'building' }, case: { category: 'buildings', unit: 'building' }, abitazioni: { category: 'buildings', unit: 'building' },
    magnitudo: { category: 'magnitude', unit: 'magnitude', before: true },
  },
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  months: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
    'gen.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'mag.': 5, 'giu.': 6, 'lug.': 7, 'ago.': 8, 'set.': 9, 'ott.': 10, 'nov.': 11, 'dic.': 12,
  },
  yearRangeStarts: ['dal', 'tra', 'fra', 'da'],
  yearRangeJoins: ['al', 'a', 'e'],
  timePrepositions: ['alle', 'ore', 'verso', 'dalle', 'fino alle'],
  conjunctions: ['e', 'ed', 'o'],
  rangeConnectors: ['a', 'o', '-', '–', '/'],
  recipientCues: ['ha detto a', 'ha detto al', 'ha detto alla', 'ha dichiarato a', 'ha dichiarato al', 'ha dichiarato alla', 'ha spiegato a', 'ha spiegato al', 'ha spiegato alla', 'ha confermato a', 'ha confermato al', 'ha confermato alla', "in un'intervista a", "in un'intervista al", 'in un’intervista a', 'in un’intervista al', 'ha raccontato a', 'ha raccontato al'],
  agentMarkers: ['da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'", 'dall’'],
  rangeOpeners: ['tra', 'fra'],
  changeOpeners: ['da', 'dal', 'dai', 'dalle'],
  changeVerbs: ['pass', 'aument', 'sal', 'sces', 'scend', 'cal', 'crebb', 'cresc', 'diminu', 'ridott', 'ridur', 'raddoppi', 'balz', 'croll'],
  ordinalSuffixes: ['º', '°'],
  monthYearLinkers: ['del', 'di'],
  decadeNouns: ['anni'],
  relativeDates: {
    oggi: 0, ieri: -1, domani: 1, 'la settimana scorsa': -7, 'la scorsa settimana': -7, 'la settimana prossima': 7, 'il mese scorso': -30, 'lo scorso mese': -30,
    "l'anno scorso": -365, 'l’anno scorso': -365, 'lo scorso anno': -365, "l'anno prossimo": 365, 'questa settimana': 0, 'questo mese': 0, "quest'anno": 0, 'quest’anno': 0,
    'una settimana fa': -7, 'un mese fa': -30, 'un anno fa': -365, 'due anni dopo': 730, 'un anno dopo': 365,
  },
  timeZones: { 'ora locale': 'local', 'ora italiana': 'Europe/Rome', 'in italia': 'Europe/Rome', 'ora di roma': 'Europe/Rome', gmt: 'GMT', utc: 'UTC' },
  reportingCues: [
    'ha dichiarato', 'ha detto', 'ha affermato', 'hanno affermato', 'afferma', 'affermano', 'ha scritto', 'scrive', 'ha spiegato', 'ha aggiunto', 'secondo', 'si legge',
    'ha annunciato', 'ha assicurato', 'sostiene', 'sostengono', 'ha negato', 'nega', 'ha confermato', 'ha precisato', 'precisando', 'affermando', 'dichiara', 'riferisce', 'riporta',
  ],
  roleWords: [
    'portavoce', 'responsabile', 'direttore', 'direttrice', 'presidente', 'fondatore', 'cofondatore', 'co-fondatore', 'capo', 'ministro', 'avvocato', 'avvocati', 'avvocata',
    'querelanti', 'ricorrenti', 'denuncia', 'causa', 'documento', 'documenti', 'tribunale', 'polizia', 'autorità', 'governo', 'azienda', 'società', 'rapporto', 'studio',
    'ricercatori', 'testimoni', 'fonti', 'fonte', 'comunicato', 'fascicolo',
  ],
  sourceRoles: {
    sindaco: 'officials', governatore: 'officials', ministro: 'officials', presidente: 'officials', prefettura: 'officials', ministero: 'officials', 
    causa: 'court-filing', denuncia: 'court-filing', documenti: 'court-filing', documento: 'court-filing', tribunale: 'court-filing', fascicolo: 'court-filing', ricorso: 'court-filing',
    querelanti: 'plaintiffs', ricorrenti: 'plaintiffs', avvocati: 'plaintiffs', avvocato: 'plaintiffs', cittadini: 'plaintiffs',
    portavoce: 'spokesperson', responsabile: 'spokesperson', direttore: 'spokesperson', direttrice: 'spokesperson',
    azienda: 'company', società: 'company', polizia: 'police', autorità: 'officials', governo: 'officials',
    rapporto: 'media', giornale: 'media', comunicato: 'company', ricercatori: 'researchers', studio: 'researchers', testimoni: 'witnesses',
  },
  adverbEndings: ['mente'],
  titleWords: ['Presidente', 'Ministro', 'Premier', 'Generale', 'Giudice', 'Sindaco', 'Re', 'Regina', 'Principe', 'Papa', 'San', 'Santa', 'Sig', 'Sig.ra', 'Dott', 'Dottor', 'Prof', 'Avv', 'Ing', 'Senatore', 'Senatrice', 'Governatore', 'Onorevole', 'Direttore'],
  hedges: [
    'avrebbe', 'avrebbero', 'sarebbe', 'sarebbero', 'presunto', 'presunta', 'presunti', 'presunte', 'presumibilmente', 'secondo quanto riferito', 'secondo quanto riportato',
    'pare che', 'sembra che', 'a quanto pare', 'apparentemente', 'si dice che', 'a quanto si dice', 'si ritiene che', 'sospettato', 'sospettata', 'sospettati', 'sospettate',
  ],
  conditionalHedges: ['avrebbe', 'avrebbero', 'sarebbe', 'sarebbero'],
  conditionalMood: /(?<![\p{L}])\p{L}{2,}(?:rei|resti|rebbe|remmo|reste|rebbero)(?![\p{L}])/iu,
  clauseCoordinators: ['e', 'ed', 'ma'],
  subordinators: ['che', 'cui', 'se', 'quando', 'qualora', 'dove'],
  notHedges: [/\b(il|i|lo|gli|un|del|dei|al|ai|dal|dai|nel|sul|col)\s+sospettat\p{L}*/iu, /\b(avrebbe|avrebbero|sarebbe|sarebbero) (?:mai |più )?(dovuto|potuto|voluto|stato possibile)\b/i, /\b(avrei|avresti|avremmo|avreste)\b/i],
  obligations: ['doveva', 'dovevano', 'deve', 'devono', 'dovrà', 'dovranno', 'dovrebbe', 'dovrebbero', 'obbligato a', 'obbligata a', 'obbligati a', 'tenuto a', 'tenuta a', 'bisogna', 'occorre'],
  permissions: ['poteva', 'potevano', 'può', 'possono', 'potrà', 'potranno', 'potrebbe', 'potrebbero', 'autorizzato a', 'autorizzata a', 'autorizzati a', 'consentiva', 'consente', 'permetteva', 'permette', 'ha consentito', 'ha permesso'],
  elisions: ["l'", "dell'", "dall'", "nell'", "sull'", "all'", "un'", "quell'", "quest'", "tutt'", "d'", "c'", "s'", "po'"],
  nameConnectors: ['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'da', 'van', 'von', '&'],
  unitLinkers: ['di', 'dei', 'degli', 'delle', "d'"],
  pronouns: ['lui', 'lei', 'egli', 'essi', 'esse', 'loro', 'noi'],
  determiners: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', 'questo', 'questa', 'quel', 'quella', 'suo', 'sua', 'suoi', 'sue', 'loro'],
  prepositions: ['in', 'su', 'a', 'al', 'alla', 'di', 'del', 'della', 'dei', 'da', 'per', 'con', 'nel', 'nella', 'contro', 'durante', 'verso', 'presso', 'tra', 'fra', 'sotto', 'dopo', 'prima', 'nei', 'negli', 'sul', 'sulla', 'dal', 'dalla', 'ai', 'agli', 'alle', 'allo', 'col', 'dello', 'degli', 'delle', 'senza', 'secondo'],
  auxiliaries: ['ha', 'hanno', 'è', 'sono', 'aveva', 'avevano'],
  clauseBoundaries: ['che', 'chi', 'e', 'ma', 'come', 'dopo', 'prima', 'quando', 'perché', 'mentre', 'poiché'],
  prepositionalCues: ['secondo', 'stando a'],
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
