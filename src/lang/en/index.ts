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
  numberWords: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
    thousand: 1000, dozen: 12, couple: 2,
  },
  timeUnits: {
    second: 1 / 86400, seconds: 1 / 86400, minute: 1 / 1440, minutes: 1 / 1440, hour: 1 / 24, hours: 1 / 24, day: 1, days: 1,
    week: 7, weeks: 7, month: 30, months: 30, year: 365, years: 365, decade: 3650, decades: 3650, century: 36500,
  },
  durationPhrases: { fortnight: 14, fortnights: 14, fortnightly: 14, biweekly: 14, 'bi-weekly': 14, decade: 3650, weekly: 7, monthly: 30, daily: 1, yearly: 365, annually: 365 },
  indefiniteArticles: ['a', 'an', 'one', 'every', 'each', 'per'],
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
