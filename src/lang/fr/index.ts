import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords_fr.js';
import type { LanguagePack } from '../types.js';

export const fr: LanguagePack = {
  code: 'fr',
  francCode: 'fra',
  locale: 'fr',
  name: 'français',
  stem: (word) => stemmer.stem(word),
  abbreviations: [
    'M.', 'MM.', 'Mme.', 'Mlle.', 'Mgr.', 'Me.', 'Dr.', 'Pr.', 'St.', 'Ste.', 'Cie.', 'Sté.', 'cf.', 'av.',
    'apr.', 'env.', 'art.', 'p.', 'pp.', 'ex.', 'p.ex.', 'c.-à-d.', 'J.-C.', 'vol.', 'chap.', 'éd.', 'réf.',
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.', 'n°.', 'hab.', 'boul.', 'bd.',
  ],
  stopwords: new Set(stopwordList.filter((w) => !['ne', 'pas'].includes(w))),
  // "non" is left out: before a noun it forms compounds ("non-Facebook", "les reçus non Facebook").
  negations: ['pas', 'jamais', 'aucun', 'aucune', 'rien', 'personne', 'nullement', 'guère', 'ni', 'sans'],
  // "ne … que" restricts, "pas mal" quantifies, "personne" is also "person".
  notNegations: [/\bn(e |')\S+ que\b/, /\bpas mal\b/, /\b(une|la|cette|chaque) personne\b/, /\bnon seulement\b/],
  numberWords: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, cent: 100, mille: 1000, dizaine: 10, douzaine: 12, vingtaine: 20, trentaine: 30, centaine: 100,
  },
  timeUnits: {
    seconde: 1 / 86400, secondes: 1 / 86400, minute: 1 / 1440, minutes: 1 / 1440, heure: 1 / 24, heures: 1 / 24, jour: 1,
    jours: 1, journée: 1, journées: 1, semaine: 7, semaines: 7, mois: 30, an: 365, ans: 365, année: 365, années: 365,
    décennie: 3650, décennies: 3650, siècle: 36500, siècles: 36500,
  },
  durationPhrases: {
    décennie: 3650, décennies: 3650, quinzaine: 14, 'quinze jours': 14, 'huit jours': 7, hebdomadaire: 7, mensuel: 30, mensuelle: 30,
    quotidien: 1, quotidienne: 1, bimensuel: 14, bimensuelle: 14, annuel: 365, annuelle: 365,
  },
  indefiniteArticles: ['un', 'une', 'chaque', 'par'],
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
