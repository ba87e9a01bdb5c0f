import stemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords.js';
import type { LanguagePack } from '../types.js';

export const en: LanguagePack = {
  code: 'en',
  francCode: 'eng',
  locale: 'en',
  name: 'English',
  stem: (word) => stemmer.stem(word),
  abbreviations: [
    'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'Rev.', 'Hon.', 'Gen.', 'Col.', 'Lt.',
    'Capt.', 'Sgt.', 'Gov.', 'Sen.', 'Rep.', 'Pres.', 'Supt.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Bros.',
    'vs.', 'v.', 'e.g.', 'i.e.', 'cf.', 'viz.', 'approx.', 'est.', 'Dept.', 'Univ.', 'Ave.', 'Blvd.', 'Rd.',
    'Mt.', 'Ft.', 'No.', 'Nos.', 'Vol.', 'Fig.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.',
    'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'Ph.D.', 'a.k.a.',
  ],
  stopwords: new Set(stopwordList.filter((w) => !['no', 'not', 'nor', 'never'].includes(w))),
  negations: ['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without'],
  notNegations: [/\bno (longer|doubt|matter)\b/, /\bnot only\b/, /\bnothing but\b/],
  quotePairs: [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"]],
  boilerplateLines: {
    menu: [/^(main )?menu( menu)*$/i, /^select (your )?language( below)?$/i, /^(skip to (main )?content|search|sign in|log in|subscribe|newsletter)$/i, /^accessibility$/i],
    navigation: [
      /^related (news|articles?|stories|content|coverage|topics)$/i, /^click here\b.*$/i, /^(read|see) (more|also)\b.*$/i,
      /^(advertisement|sponsored( content)?|share this( article| story)?|most (read|popular))$/i,
      /^(more from|recommended( for you)?|trending( now)?|follow us\b.*|sign up\b.*)$/i,
    ],
    byline: [/^by [A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3}( and [A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3})?$/, /^(staff|editorial (staff|team)|newsroom)$/i],
    dateline: [
      /^(published|updated|posted|last updated)\b.{0,60}$/i,
      /^(\d+|an?|one) (second|minute|hour|day|week|month|year)s? ago$/i,
      /^(mon|tues|wednes|thurs|fri|satur|sun)day,? .{0,40}\d{4}.{0,20}$/i,
    ],
    credit: [/^(photo|image|picture|credit|photograph)s?( credit)?:/i],
  },
};
