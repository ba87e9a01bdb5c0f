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
