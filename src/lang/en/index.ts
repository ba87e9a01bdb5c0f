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
  negations: ['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot'],
  // "No. 11" is a number; "no doubt", "not only", "nothing but" do not negate.
  notNegations: [/\bno (longer|doubt|matter)\b/, /\bnot only\b/, /\bnothing but\b/, /\bno\.\s?\d/],
  numberWords: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
    thousand: 1000, dozen: 12, couple: 2,
  },
  halfPhrases: ['and a half'],
  rateWords: ['per', 'an', 'a', 'every'],
  approximateNumberWords: ['dozen', 'couple'],
  timeUnits: {
    h: 1 / 24,
    second: 1 / 86400, seconds: 1 / 86400, minute: 1 / 1440, minutes: 1 / 1440, hour: 1 / 24, hours: 1 / 24, day: 1, days: 1,
    week: 7, weeks: 7, month: 30, months: 30, year: 365, years: 365, decade: 3650, decades: 3650, century: 36500,
  },
  durationPhrases: { fortnight: 14, fortnights: 14, fortnightly: 14, biweekly: 14, 'bi-weekly': 14, decade: 3650, weekly: 7, monthly: 30, daily: 1, yearly: 365, annually: 365 },
  indefiniteArticles: ['a', 'an', 'one', 'every', 'each', 'per'],
  // "m" is left out: "133 m/s" is metres, not millions.
  scaleWords: { dozen: 12, dozens: 12, hundred: 100, hundreds: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, k: 1e3, mn: 1e6, bn: 1e9 },
  vagueAmounts: {
    'dozens of': [24, 99], 'scores of': [40, 199], 'hundreds of': [200, 999], 'thousands of': [2000, 9999],
    'tens of thousands of': [20000, 99999], 'hundreds of thousands of': [200000, 999999], 'millions of': [2e6, 999e6],
    'billions of': [2e9, 999e9], 'a few': [2, 5], 'several': [3, 9],
  },
  approximators: {
    within: 'upTo', 
    about: 'around', around: 'around', approximately: 'around', roughly: 'around', some: 'around', 'an estimated': 'around', circa: 'around', 'close to': 'nearly',
    nearly: 'nearly', almost: 'nearly', 'just under': 'nearly', 'more than': 'over', over: 'over', 'upwards of': 'over', 'in excess of': 'over', 'just over': 'over',
    'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'less than': 'under', 'fewer than': 'under', under: 'under', 'up to': 'upTo', 'as many as': 'upTo', 'at most': 'upTo',
  },
  units: {
    $: { category: 'money', unit: 'USD', before: true }, 'us$': { category: 'money', unit: 'USD', before: true }, '€': { category: 'money', unit: 'EUR', before: true }, '£': { category: 'money', unit: 'GBP', before: true },
    dollar: { category: 'money', unit: 'USD' }, dollars: { category: 'money', unit: 'USD' }, euro: { category: 'money', unit: 'EUR' }, euros: { category: 'money', unit: 'EUR' }, pound: { category: 'money', unit: 'GBP' }, pounds: { category: 'money', unit: 'GBP' },
    '%': { category: 'percent', unit: '%' }, percent: { category: 'percent', unit: '%' }, 'per cent': { category: 'percent', unit: '%' },
    people: { category: 'people', unit: 'person' }, persons: { category: 'people', unit: 'person' }, users: { category: 'people', unit: 'person' }, residents: { category: 'people', unit: 'person' },
    dead: { category: 'people', unit: 'killed' }, killed: { category: 'people', unit: 'killed' }, deaths: { category: 'people', unit: 'killed' }, victims: { category: 'people', unit: 'killed' },
    injured: { category: 'people', unit: 'injured' }, wounded: { category: 'people', unit: 'injured' },
    km: { category: 'distance', unit: 'km' }, mph: { category: 'rate', unit: 'km/day', factor: 1.609 * 24 }, kilometres: { category: 'distance', unit: 'km' }, kilometers: { category: 'distance', unit: 'km' }, miles: { category: 'distance', unit: 'km', factor: 1.609 }, metres: { category: 'distance', unit: 'km', factor: 0.001 }, meters: { category: 'distance', unit: 'km', factor: 0.001 },
    buildings: { category: 'buildings', unit: 'building' }, homes: { category: 'buildings', unit: 'building' }, houses: { category: 'buildings', unit: 'building' },
    magnitude: { category: 'magnitude', unit: 'magnitude', before: true },
  },
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
  },
  conjunctions: ['and', 'or'],
  decadeNouns: [],
  relativeDates: {
    today: 0, yesterday: -1, tomorrow: 1, 'last week': -7, 'next week': 7, 'last month': -30, 'next month': 30, 'last year': -365, 'next year': 365,
    'this week': 0, 'this month': 0, 'this year': 0, 'a week ago': -7, 'a month ago': -30, 'a year ago': -365, 'two years later': 730,
  },
  timeZones: { 'local time': 'local', gmt: 'GMT', utc: 'UTC', cet: 'CET', cest: 'CEST', bst: 'BST', et: 'ET', est: 'EST', edt: 'EDT', pt: 'PT', pst: 'PST', pdt: 'PDT', 'paris time': 'Europe/Paris', 'uk time': 'Europe/London' },
  reportingCues: [
    'said', 'says', 'told', 'tells', 'stated', 'states', 'wrote', 'writes', 'claimed', 'claims', 'alleged', 'alleges', 'argued', 'argue', 'argues', 'added', 'explained',
    'announced', 'reported', 'reports', 'according to', 'per', 'insisted', 'denied', 'confirmed', 'posted', 'tweeted', 'noted', 'suggested', 'warned', 'say', 'claim', 'allege',
  ],
  roleWords: [
    'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'director', 'ceo', 'chief', 'boss', 'founder', 'co-founder', 'president', 'minister',
    'lawyer', 'lawyers', 'attorney', 'attorneys', 'plaintiffs', 'plaintiff', 'complaint', 'lawsuit', 'suit', 'filing', 'filings', 'documents', 'document', 'court',
    'police', 'officials', 'official', 'authorities', 'government', 'company', 'report', 'study', 'researchers', 'witnesses', 'sources', 'source', 'head',
  ],
  sourceRoles: {
    mayor: 'officials', governor: 'officials', minister: 'officials', president: 'officials', prefecture: 'officials', ministry: 'officials', 
    complaint: 'court-filing', lawsuit: 'court-filing', suit: 'court-filing', filing: 'court-filing', filings: 'court-filing', documents: 'court-filing', document: 'court-filing', docs: 'court-filing', court: 'court-filing',
    plaintiffs: 'plaintiffs', plaintiff: 'plaintiffs', lawyers: 'plaintiffs', attorneys: 'plaintiffs', citizens: 'plaintiffs',
    spokesperson: 'spokesperson', spokesman: 'spokesperson', spokeswoman: 'spokesperson', representative: 'spokesperson', director: 'spokesperson', head: 'spokesperson',
    company: 'company', police: 'police', officials: 'officials', official: 'officials', authorities: 'officials', government: 'officials',
    report: 'media', publication: 'media', newspaper: 'media', researchers: 'researchers', study: 'researchers', witnesses: 'witnesses',
  },
  adverbEndings: ['ly'],
  titleWords: [
    'Governor', 'President', 'Senator', 'Congressman', 'Congresswoman', 'Representative', 'Minister', 'Prime', 'Secretary', 'General', 'Judge', 'Justice', 'Chancellor',
    'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Saint', 'Sir', 'Dame', 'Lord', 'Lady', 'Chief', 'Executive', 'Officer', 'CEO', 'Director', 'Chairman',
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Professor', 'Captain', 'Colonel', 'Sergeant', 'Lieutenant', 'Former', 'Speaker', 'Commissioner', 'Ambassador', 'Bishop',
  ],
  hedges: ['allegedly', 'reportedly', 'purportedly', 'supposedly', 'apparently', 'is alleged to', 'are alleged to', 'was alleged to', 'is said to', 'are said to', 'was said to', 'is believed to', 'are believed to', 'it is suggested', 'may have', 'might have', 'could have', 'would have', 'is thought to', 'are thought to', 'suspected', 'alleged'],
  notHedges: [/\b(would|could|might|may) have (to|been able|liked|wanted)\b/i, /\bcould have (used|been)\b/i],
  obligations: ['must', 'have to', 'has to', 'had to', 'would have to', 'was required to', 'were required to', 'is required to', 'required to', 'obliged to', 'obligated to', 'shall', 'needed to', 'need to'],
  permissions: ['may', 'might', 'can', 'could', 'was allowed to', 'were allowed to', 'is allowed to', 'allowed to', 'permitted to', 'was able to', 'able to'],
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
