import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords_fr.js';
import type { LanguagePack } from '../types.js';
import { memoStem } from '../shared.js';

export const fr: LanguagePack = {
  code: 'fr',
  francCode: 'fra',
  locale: 'fr',
  name: 'français',
  stem: memoStem((word) => stemmer.stem(word)),
  abbreviations: [
    'M.', 'MM.', 'Mme.', 'Mlle.', 'Mgr.', 'Me.', 'Dr.', 'Pr.', 'St.', 'Ste.', 'Cie.', 'Sté.', 'cf.', 'av.',
    'apr.', 'env.', 'art.', 'p.', 'pp.', 'ex.', 'p.ex.', 'c.-à-d.', 'J.-C.', 'vol.', 'chap.', 'éd.', 'réf.',
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.', 'n°.', 'hab.', 'boul.', 'bd.',
  ],
  stopwords: new Set(stopwordList.filter((w) => !['ne', 'pas'].includes(w))),
  // "non" is left out: before a noun it forms compounds ("non-Facebook", "les reçus non Facebook").
  // "sans" and "guère" are left out: translations render them as "un-", "without", "barely" as often as
  // with a negation.
  negations: ['pas', 'jamais', 'aucun', 'aucune', 'rien', 'nullement', 'ni'],
  // "ne … que" restricts, "pas mal" quantifies, "pas seulement" adds.
  // "le plus violent jamais enregistré" (ever), "pas moins" (no less), "non sans" (not without).
  // "n'oubliez pas" is "remember".
  notNegations: [
    /\bn(e |')\S+ que\b/, /\bpas mal\b/, /\bnon seulement\b/, /\bpas seulement\b/, /\bpas moins\b/, /\bnon sans\b/,
    /\b(plus|moins|meilleure?s?|pire)\s+(\S+\s+)?jamais\b/, /\bsi jamais\b/, /\bn['’]oubli\p{L}* pas\b/u,
  ],
  // "plus" and "personne" negate only with "ne" ("n'utilisent plus", "personne n'a"); "non" only where
  // it opposes ("et non la peur", "non pas"), not in compounds ("les reçus non Facebook").
  negationConstructions: [
    /(?<![\p{L}])n(?:e\s+|['’])(?:[\p{L}'’-]+\s+){0,3}?(?:plus|guère|point|personne)(?![\p{L}-])/u,
    /(?<![\p{L}])personne\s+(?:ne\s|n['’])/u,
    /(?<![\p{L}])(?:et|mais|ou)\s+non(?![\p{L}-])|(?<![\p{L}])non\s+pas(?![\p{L}])/u,
  ],
  demonymSuffixes: ['ais', 'aise', 'aises', 'ien', 'ienne', 'iens', 'iennes', 'ois', 'oise', 'oises', 'ain', 'aine', 'ains', 'aines', 'een', 'eenne', 'eens', 'ique', 'iques'],
  negativeWords: [
    'sans', 'guère', 'peu', 'rarement', 'ignor*', 'inconnu*', 'impossible*', 'incapable*', 'refus*', 'nie', 'nient', 'nié', 'démenti*',
    'manqu*', 'absence', 'absent*', 'évit*', 'empêch*', 'sauf', 'hormis', 'excepté', 'contrairement', 'sous-estim*', 'interdi*', 'indemne*',
    'privé', 'privée', 'privés', 'privées', 'dépourvu*', 'aucunement',
  ],
  numberWords: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, cent: 100, mille: 1000, dizaine: 10, douzaine: 12, vingtaine: 20, trentaine: 30, centaine: 100,
  },
  halfPhrases: ['et demie', 'et demi'],
  rateWords: ['par', 'à', 'l'],
  approximateNumberWords: ['dizaine', 'douzaine', 'vingtaine', 'trentaine', 'centaine'],
  timeUnits: {
    h: 1 / 24,
    seconde: 1 / 86400, secondes: 1 / 86400, minute: 1 / 1440, minutes: 1 / 1440, heure: 1 / 24, heures: 1 / 24, jour: 1,
    jours: 1, journée: 1, journées: 1, semaine: 7, semaines: 7, mois: 30, an: 365, ans: 365, année: 365, années: 365,
    décennie: 3650, décennies: 3650, siècle: 36500, siècles: 36500,
  },
  durationPhrases: {
    décennie: 3650, décennies: 3650, quinzaine: 14, 'quinze jours': 14, 'huit jours': 7, hebdomadaire: 7, mensuel: 30, mensuelle: 30,
    quotidien: 1, quotidienne: 1, bimensuel: 14, bimensuelle: 14, annuel: 365, annuelle: 365,
  },
  indefiniteArticles: ['un', 'une', 'chaque', 'par'],
  scaleWords: { cent: 100, cents: 100, mille: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, k: 1e3 },
  vagueAmounts: {
    'des dizaines de': [20, 99], 'des centaines de': [200, 999], 'des milliers de': [2000, 9999], 'des dizaines de milliers de': [20000, 99999],
    'des centaines de milliers de': [200000, 999999], 'des millions de': [2e6, 999e6], 'des milliards de': [2e9, 999e9], 'quelques': [2, 5], 'plusieurs': [3, 9],
  },
  notApproximators: [],
  approximators: {
    'en moins de': 'under', 'dans les': 'upTo', 
    environ: 'around', 'aux alentours de': 'around', 'autour de': 'around', quelque: 'around', approximativement: 'around', "près d'": 'nearly', 'près de': 'nearly', presque: 'nearly',
    quasiment: 'nearly', 'pas loin de': 'nearly', 'plus de': 'over', "plus d'": 'over', 'au-delà de': 'over', 'au moins': 'atLeast', 'pas moins de': 'atLeast',
    'moins de': 'under', "moins d'": 'under', "jusqu'à": 'upTo', 'au plus': 'upTo', 'au maximum': 'upTo',
  },
  units: {
    $: { category: 'money', unit: 'USD', before: true }, 'us$': { category: 'money', unit: 'USD', before: true }, '€': { category: 'money', unit: 'EUR', before: true }, '£': { category: 'money', unit: 'GBP', before: true },
    dollar: { category: 'money', unit: 'USD' }, dollars: { category: 'money', unit: 'USD' }, euro: { category: 'money', unit: 'EUR' }, euros: { category: 'money', unit: 'EUR' }, livres: { category: 'money', unit: 'GBP' }, 'livres sterling': { category: 'money', unit: 'GBP' },
    '%': { category: 'percent', unit: '%' }, 'pour cent': { category: 'percent', unit: '%' }, 'pour-cent': { category: 'percent', unit: '%' },
    personnes: { category: 'people', unit: 'person' }, gens: { category: 'people', unit: 'person' }, utilisateurs: { category: 'people', unit: 'person' }, habitants: { category: 'people', unit: 'person' },
    morts: { category: 'people', unit: 'killed' }, tués: { category: 'people', unit: 'killed' }, victimes: { category: 'people', unit: 'killed' }, décès: { category: 'people', unit: 'killed' },
    blessés: { category: 'people', unit: 'injured' },
    km: { category: 'distance', unit: 'km' }, miles: { category: 'distance', unit: 'km', factor: 1.609 }, mph: { category: 'rate', unit: 'km/day', factor: 1.609 * 24 }, kilomètres: { category: 'distance', unit: 'km' }, kilomètre: { category: 'distance', unit: 'km' }, mètres: { category: 'distance', unit: 'km', factor: 0.001 }, milles: { category: 'distance', unit: 'km', factor: 1.609 },
    bâtiments: { category: 'buildings', unit: 'building' }, immeubles: { category: 'buildings', unit: 'building' }, maisons: { category: 'buildings', unit: 'building' }, habitations: { category: 'buildings', unit: 'building' },
    magnitude: { category: 'magnitude', unit: 'magnitude', before: true },
  },
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  months: {
    janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
    'janv.': 1, 'févr.': 2, 'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'déc.': 12,
  },
  yearRangeStarts: ['de', 'du', 'entre'],
  yearRangeJoins: ['à', 'au', 'et'],
  timePrepositions: ['à', 'vers', 'dès', 'jusqu’à', "jusqu'à"],
  conjunctions: ['et', 'ou'],
  rangeConnectors: ['à', 'ou', '-', '–', '/'],
  recipientCues: ['a déclaré à', 'a déclaré au', 'a indiqué à', 'a indiqué au', 'a confié à', 'a confié au', 'a dit à', 'a dit au', 'a affirmé à', 'a affirmé au', 'a expliqué à', 'a expliqué au', 'dans un entretien à', 'dans un entretien au', 'dans une interview à', 'dans une interview au', 'auprès de', 'auprès du', 'a précisé à', 'a précisé au'],
  agentMarkers: ['par'],
  rangeOpeners: ['entre'],
  changeOpeners: ['de', 'd’', "d'"],
  changeVerbs: ['pass', 'augment', 'grimp', 'chut', 'baiss', 'recul', 'bondi', 'mont', 'descend', 'diminu', 'progress', 'tomb', 'doubl', 'relev', 'abaiss', 'réduit', 'rédui'],
  ordinalSuffixes: ['er', 'e', '°'],
  monthYearLinkers: ['de'],
  decadeNouns: ['années'],
  relativeDates: {
    "aujourd'hui": 0, 'aujourd’hui': 0, hier: -1, demain: 1, 'la semaine dernière': -7, 'la semaine prochaine': 7, 'le mois dernier': -30, 'le mois prochain': 30,
    "l'an dernier": -365, 'l’an dernier': -365, "l'année dernière": -365, 'l’année dernière': -365, "l'an prochain": 365, 'cette semaine': 0, 'ce mois-ci': 0, 'cette année': 0,
    'il y a une semaine': -7, 'il y a un mois': -30, 'il y a un an': -365, 'deux ans plus tard': 730, 'un an plus tard': 365,
  },
  timeZones: { 'heure française': 'Europe/Paris', 'heure de paris': 'Europe/Paris', 'à paris': 'Europe/Paris', 'heure locale': 'local', locales: 'local', locale: 'local', gmt: 'GMT', utc: 'UTC', 'heure de new york': 'America/New_York' },
  reportingCues: [
    'a déclaré', 'a dit', 'a affirmé', 'affirme', 'affirment', 'a indiqué', 'indique', 'a écrit', 'écrit', 'a publié', 'a expliqué', 'a ajouté', 'selon', "d'après", 'd’après',
    'a annoncé', 'a assuré', 'assure', 'allègue', 'allèguent', 'a nié', 'nie', 'a confirmé', 'estime', 'a estimé', 'déclare', 'lit-on', 'peut-on lire', 'a précisé', 'précise',
  ],
  roleWords: [
    'porte-parole', 'directeur', 'directrice', 'président', 'présidente', 'fondateur', 'cofondateur', 'co-fondateur', 'patron', 'ministre', 'avocat', 'avocats', 'avocate',
    'plaignants', 'plaignant', 'plainte', 'procès', 'document', 'documents', 'tribunal', 'police', 'autorités', 'responsable', 'responsables', 'gouvernement', 'entreprise', 'société',
    'rapport', 'étude', 'chercheurs', 'témoins', 'sources', 'source', 'communiqué', 'porte-paroles',
  ],
  sourceRoles: {
    maire: 'officials', gouverneur: 'officials', ministre: 'officials', président: 'officials', préfecture: 'officials', ministère: 'officials', 
    plainte: 'court-filing', procès: 'court-filing', documents: 'court-filing', document: 'court-filing', tribunal: 'court-filing', dossier: 'court-filing', assignation: 'court-filing',
    plaignants: 'plaintiffs', plaignant: 'plaintiffs', avocats: 'plaintiffs', avocat: 'plaintiffs', citoyens: 'plaintiffs',
    'porte-parole': 'spokesperson', directeur: 'spokesperson', directrice: 'spokesperson', responsable: 'spokesperson',
    entreprise: 'company', société: 'company', police: 'police', autorités: 'officials', gouvernement: 'officials', responsables: 'officials',
    rapport: 'media', journal: 'media', communiqué: 'company', chercheurs: 'researchers', étude: 'researchers', témoins: 'witnesses',
  },
  adverbEndings: ['ment'],
  titleWords: ['Président', 'Présidente', 'Ministre', 'Premier', 'Première', 'Général', 'Juge', 'Maire', 'Roi', 'Reine', 'Prince', 'Pape', 'Saint', 'Sainte', 'M', 'Mme', 'Mlle', 'Me', 'Dr', 'Pr', 'Monsieur', 'Madame', 'Sénateur', 'Sénatrice', 'Gouverneur', 'Député', 'Députée', 'Directeur', 'Directrice'],
  hedges: [
    'aurait', 'auraient', 'serait', 'seraient', 'prétendument', 'supposément', 'présumé', 'présumée', 'présumés', 'présumées', 'apparemment', 'vraisemblablement',
    'il semble que', "il semble qu'", 'on dit que', "on dit qu'", "dit-on", "s'agirait", 'allégué', 'allégués', 'allègue', 'allèguent', 'aurait été', 'auraient été', 'soupçonné', 'soupçonnée', 'soupçonnés', 'soupçonnées',
  ],
  conditionalHedges: ['aurait', 'auraient', 'serait', 'seraient', 'aurait été', 'auraient été'],
  conditionalMood: /(?<![\p{L}])\p{L}{2,}(?:rais|rait|rions|riez|raient)(?![\p{L}])/iu,
  clauseCoordinators: ['et', 'mais'],
  subordinators: ['que', "qu'", 'qui', 'dont', 'lorsque', 'si', 'quand', 'où'],
  notHedges: [/\b(aurai[st]?|auraient|serai[st]?|seraient) (?:pas |plus |jamais )?(dû|pu|voulu|aimé|souhaité)\b/i, /\b(aurai[st]?|auraient) (été )?(obligés?|contraints?|censés?)\b/i],
  obligations: ['devait', 'devaient', 'doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient', 'obligé de', 'obligée de', 'obligés de', 'tenu de', 'tenue de', 'tenus de', 'il faut', 'il fallait'],
  permissions: ['pouvait', 'pouvaient', 'peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'pourraient', 'autorisé à', 'autorisée à', 'autorisés à', 'permettait', 'permet', 'permettant', 'a permis', 'avait le droit de', 'a le droit de'],
  elisions: ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'"],
  nameConnectors: ['de', 'du', 'des', 'la', 'van', 'von', '&'],
  unitLinkers: ['de', "d'", 'des'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on', 'nous'],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs'],
  prepositions: ['dans', 'sur', 'à', 'au', 'aux', 'de', 'du', 'des', 'en', 'par', 'pour', 'avec', 'contre', 'durant', 'pendant', 'vers', 'chez', 'sous', 'devant', 'derrière', 'entre', 'après', 'avant', 'sans', 'selon'],
  auxiliaries: ['a', 'ont', 'est', 'sont', 'avait', 'avaient'],
  clauseBoundaries: ['que', "qu'", 'qui', 'et', 'mais', 'comme', 'après', 'avant', 'quand', 'lorsque', 'depuis', 'car'],
  prepositionalCues: ['selon', "d'après"],
  quotePairs: [['«', '»'], ['“', '”'], ['"', '"'], ['‹', '›'], ['‘', '’']],
  boilerplateLines: {
    menu: [/^menu( menu)*$/i, /^(choisir|sélectionner) (la|votre) langue$/i, /^(rechercher|se connecter|s'abonner|s’abonner|newsletter)$/i, /^accessibilité$/i],
    navigation: [
      /^(à )?lire aussi\b.*$/i, /^voir aussi\b.*$/i, /^cliquez ici\b.*$/i, /^articles? (liés|similaires|associés)$/i,
      /^(publicité|partager( cet article)?|les plus lus|sur le même sujet|suivez-nous\b.*)$/i,
    ],
    byline: [/^par [A-ZÉ][\w'’.-]+( [A-ZÉ][\w'’.-]+){0,3}( et [A-ZÉ][\w'’.-]+( [A-ZÉ][\w'’.-]+){0,3})?$/, /^(la )?rédaction$/i],
    dateline: [
      /^(publié|mis à jour|modifié)\b.{0,60}$/i,
      /^il y a (\d+|une?) (seconde|minute|heure|jour|semaine|mois|an)s?$/i,
    ],
    credit: [/^(photo|crédits?|illustration)( photo)?\s*:/i],
  },
};
