/**
 * Dates and clock times, language-neutral.
 *
 * Dates: "23 marzo", "March 23, 2024", "le 2 avril 2024", "août 2013", "April 2023", bare years, ranges
 * ("2011-2019", "de 2011 à 2019", "dal 2011 al 2019", "between 2018 and 2019"), and relative expressions
 * ("last week", "la semaine dernière", "un mese fa"), resolved only when the article's date is known.
 * Times: "9h40", "9 h 40", "9:40 a.m.", "alle 8:40", "09:40 CET", "1200 GMT", with the zone or reference
 * that follows ("heure française", "ora locale", "local time"); a time in parentheses right after
 * another ("11h40 locales (9h40 à Paris)") is marked as the same instant.
 */
import type { LanguagePack } from '../lang/types.js';
import { alternation, perPack } from '../lang/patterns.js';

export interface DateFact {
  kind: 'date';
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** For ranges: the last year (or date) of the range. */
  endYear?: number;
  /** For days of one month said together ("June 23-24", "les 24 et 25 juin"): the last day. */
  endDay?: number;
  /** Days from the article's date, for relative expressions. */
  relative?: number;
  /** ISO date of a relative expression when the article's date is known. */
  resolved?: string;
}

export interface TimeFact {
  kind: 'time';
  start: number;
  end: number;
  text: string;
  hour: number;
  minute: number;
  /** Zone or reference: `GMT`, `UTC`, `CET`, `local`, an IANA zone ("Europe/Paris")… */
  zone?: string;
  /** Index (among this sentence's times) of the time this one restates in another zone. */
  sameAs?: number;
  /** Said as approximate ("shortly after 2am", "vers 2h10"). */
  approximate?: boolean;
}


const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface DatePatterns {
  dayMonthYear: RegExp;
  dayRange: RegExp;
  firstDay?: RegExp;
  monthDayRange: RegExp;
  monthDayYear: RegExp;
  monthYear: RegExp;
  range: RegExp;
  season: RegExp;
  year: RegExp;
  decade: RegExp;
  relative: RegExp;
  timePreposition: RegExp;
  /** A clock article ending the text before a time with a dot (`LanguagePack.clockArticles`). */
  clockArticle?: RegExp;
  /** A bare hour after a preposition of the hour, followed only by punctuation, a conjunction or the end. */
  bareHour?: RegExp;
  /** An hour written with its word ("20 heures", "20 heures 30", "9 o'clock"). */
  hourWord?: RegExp;
  zoneLabel: RegExp;
  zoneCode: RegExp;
  placeZone: RegExp;
  bareHourBeforeZone?: RegExp;
  namedHour?: RegExp;
  /** What may stand between a time and its restatement in another zone: a comma or a dash, and a linker. */
  restatement: RegExp;
  /** A hedge right before a time, an article or preposition of the hour allowed between. */
  timeApproximation: RegExp;
}

const patternsFor = perPack((pack): DatePatterns => {
  const elidedFollowers = pack.bareHourFollowers.filter((w) => /['’]$/u.test(w));
  const spacedFollowers = pack.bareHourFollowers.filter((w) => !elidedFollowers.includes(w));
  const months = alternation(Object.keys(pack.months));
  const ordinal = pack.ordinalSuffixes.length ? `(?:${alternation(pack.ordinalSuffixes)})?` : '';
  const linker = pack.monthYearLinkers.length ? `(?:(?:${alternation(pack.monthYearLinkers)})\\s+)?` : '';
  const year = '(1[0-9]\\d\\d|20\\d\\d)';
  return {
    dayMonthYear: new RegExp(`${B}(\\d{1,2})${ordinal}\\s+(${months})(?:\\s+${year})?${E}`, 'giu'),
    firstDay: pack.firstDayWords.length ? new RegExp(`${B}(?:${alternation(pack.firstDayWords)})\\s+(${months})(?:\\s+${year})?${E}`, 'giu') : undefined,
    // "les 24 et 25 juin", "il 23 e 24 giugno", "23-24 June"; "June 23-24", "June 23 and 24".
    dayRange: new RegExp(`${B}(\\d{1,2})${ordinal}\\s*(?:[-–]|\\s(?:${alternation(pack.conjunctions)})\\s)\\s*(\\d{1,2})${ordinal}\\s+(${months})(?:\\s+${year})?${E}`, 'giu'),
    monthDayRange: new RegExp(`${B}(${months})\\s+(\\d{1,2})${ordinal}\\s*(?:[-–]|\\s(?:${alternation(pack.conjunctions)})\\s)\\s*(\\d{1,2})${ordinal}(?:,?\\s+${year})?${E}`, 'giu'),
    monthDayYear: new RegExp(`${B}(${months})\\s+(\\d{1,2})${ordinal}(?:,?\\s+${year})?${E}`, 'giu'),
    monthYear: new RegExp(`${B}(${months})\\s+${linker}${year}${E}`, 'giu'),
    // "2011-2019", "de 2011 à 2019", "dal 2011 al 2019", "from 2011 to 2019", "between 2018 and 2019".
    range: new RegExp(`${B}(?:(?:${alternation(pack.yearRangeStarts)})\\s+)?${year}\\s*(?:[-–—/]|\\s(?:${alternation(pack.yearRangeJoins)})\\s)\\s*${year}${E}`, 'giu'),
    // "2027/28", "2026-27": a season or marketing year that runs into the next.
    season: new RegExp(`${B}${year}[-–/](\\d{2})${E}`, 'gu'),
    timePreposition: new RegExp(`(?:${alternation(pack.timePrepositions)})\\s*$`, 'iu'),
    // (an elided article is written against its time: "Era l'1.40")
    ...(pack.clockArticles.length ? { clockArticle: new RegExp(`(?<![\\p{L}])(?:${alternation(pack.clockArticles)})(?:\\s+|(?<=['’]))$`, 'iu') } : {}),
    // (a part of the day first: "alle 7 di sera" is 19:00, not 7:00 followed by "di")
    // (a follower that ends in an apostrophe runs into its word: "alle 11 dall'Ufficio")
    bareHour: pack.bareHourPrepositions.length
      ? new RegExp(`(?<![\\p{L}])(?:${alternation(pack.bareHourPrepositions)})\\s+([01]?\\d|2[0-4])(?=\\s*(?:[,;:)]|\\.(?!\\d)|$)${Object.keys(pack.hourDayParts).length ? `|\\s+(${alternation(Object.keys(pack.hourDayParts))})(?![\\p{L}])` : ''}|\\s+(?:${alternation([...pack.conjunctions, ...spacedFollowers])})\\s${elidedFollowers.length ? `|\\s+(?:${alternation(elidedFollowers)})\\p{L}` : ''})`, 'giu')
      : undefined,
    // (the hour word, then any minutes said after it: "mezzogiorno e mezzo")
    namedHour: Object.keys(pack.namedHours.words).length
      ? new RegExp(`(?<![\\p{L}])(?:${alternation(pack.namedHours.before)})\\s+((${alternation(Object.keys(pack.namedHours.words))})${Object.keys(pack.namedHours.minutes ?? {}).length ? `(?:\\s+(${alternation(Object.keys(pack.namedHours.minutes!))}))?` : ''})(?![\\p{L}])`, 'giu')
      : undefined,
    // (or after the word that restates a time in another zone: "alle 10 ora locale, le 9 in Italia")
    bareHourBeforeZone: pack.bareHourPrepositions.length ? new RegExp(`(?<![\\p{L}])(?:${alternation([...pack.bareHourPrepositions, ...pack.timeRestatementLinkers])})\\s+([01]?\\d|2[0-4])(?=\\s)`, 'giu') : undefined,
    hourWord: pack.hourWords.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])([01]?\\d|2[0-4])\\s+(?:${alternation(pack.hourWords)})(?:\\s+([0-5]\\d))?(?![\\p{L}\\p{N}])`, 'giu')
      : undefined,
    year: new RegExp(`${B}${year}${E}`, 'gu'),
    // Decades: "the 1970s", "the 70s", "les années 70", "gli anni '70", "anni 80".
    decade: new RegExp(
      `${B}(?:(1[0-9]\\d0|20\\d0)s|['’]?([0-9]0)['’]?s${pack.decadeNouns.length ? `|(?:${alternation(pack.decadeNouns)})\\s+['’]?(1[0-9]\\d0|20\\d0|[0-9]0)(?:\\s+(?:${alternation(pack.conjunctions)})\\s+['’]?(1[0-9]\\d0|20\\d0|[0-9]0))?(?![\\p{L}\\p{N}])` : ''})`,
      'giu',
    ),
    relative: new RegExp(`${B}(${alternation(Object.keys(pack.relativeDates))})${E}`, 'giu'),
    // "(9h40 à Paris)", "17h40, heure de Paris", "alle 6:42, ora locale": the zone may follow a comma.
    zoneLabel: new RegExp(`^\\s*[(,]?\\s*(${alternation(Object.keys(pack.timeZones))})${E}`, 'iu'),
    // A place's own time, written with its name (capitalised, so no 'i' flag): "ora di Vendra", "Dunmarr time".
    placeZone: new RegExp(`^\\s*[(,]?\\s*(?:${[pack.placeTime.before.length ? `(?:${alternation(pack.placeTime.before)})\\s*\\p{Lu}[\\p{L}-]+` : '', pack.placeTime.after.length ? `\\p{Lu}[\\p{L}-]+\\s+(?:${alternation(pack.placeTime.after)})` : ''].filter(Boolean).join('|') || '(?!)'})${E}`, 'u'),
    // Zone abbreviations are written in capitals: "est" is a verb, "EST" a zone.
    zoneCode: new RegExp(`^\\s*\\(?\\s*(GMT|UTC|CET|CEST|[A-Z]{1,4}T)${E}`, 'u'),
    timeApproximation: new RegExp(`(?<![\\p{L}])(?:${alternation(pack.timeApproximations)})\\s*(?:(?:${alternation(pack.timePrepositions)})\\s*)?$`, 'iu'),
    restatement: new RegExp(`^\\s*[,–—-]\\s*(?:(?:${alternation(pack.timeRestatementLinkers)})\\s+)?$`, 'iu'),
  };
});

/** Units of an amount or a measure ("2000 euro", "1500 €", "2019 km"): a number before one is no year. */
const MEASURED = new Set(['money', 'percent', 'distance', 'area', 'volume', 'weight', 'temperature', 'rate', 'concentration']);
const measuredAfter = perPack((pack) => {
  const units = Object.entries(pack.units).filter(([, u]) => MEASURED.has(u.category)).map(([word]) => word);
  return new RegExp(`^\\s*(?:${alternation(units)})(?![\\p{L}\\p{N}])`, 'iu');
});

export function monthOf(pack: LanguagePack, word: string): number | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(pack.months, key) ? pack.months[key] : undefined;
}

/** English writes months with a capital; "may" in lower case is a verb. */
export function monthCased(pack: LanguagePack, word: string): boolean {
  return pack.code !== 'en' || /^\p{Lu}/u.test(word);
}

function addDays(iso: string, days: number): string | undefined {
  const base = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(base)) return undefined;
  return new Date(base + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day of the month right after a weekday: "Monday, August 10", "lunedì 10 agosto", "Dimanche 9 août". */
const datedAfter = perPack((pack) => new RegExp(`^,?\\s*(?:(?:${alternation(Object.keys(pack.months))})\\s+)?\\d{1,2}${E}(?!\\s*[:.h]\\s?\\d)`, 'iu'));

const weekdayPatternFor = perPack((pack) => {
  const { before, after } = pack.upcomingWeekday;
  return new RegExp(`${B}(?:(${alternation(before)})\\s+)?(${alternation(pack.weekdays)})(?:['’]s)?(?:\\s+(${alternation(after)}))?${E}`, 'giu');
});

const lastWeekAfterFor = perPack((pack) => (pack.lastWeekAfterWeekday?.length ? new RegExp(`^\\s+(?:${alternation(pack.lastWeekAfterWeekday)})${E}`, 'iu') : undefined));

const futureEndingsFor = perPack((pack) => (pack.futureEndings ? new RegExp(pack.futureEndings, 'u') : undefined));

/** Whether the clause that ends where a weekday starts speaks of what is to come (`LanguagePack.futureCues`). */
function futureBefore(before: string, pack: LanguagePack): boolean {
  const clause = before.slice(Math.max(...[',', ';', ':', '(', '—', '–', '«', '"', '“'].map((c) => before.lastIndexOf(c))) + 1);
  const lower = clause.toLowerCase();
  const endings = futureEndingsFor(pack);
  // (a future ending only on a word in lower case: a name, "Sandra", is no verb)
  const words = clause.split(/[^\p{L}'’]+/u).filter(Boolean);
  if (words.some((w) => pack.futureCues.includes(w.toLowerCase()) || (endings !== undefined && /^\p{Ll}/u.test(w) && endings.test(w)))) return true;
  return pack.futureCues.some((c) => c.includes(' ') && lower.includes(c));
}

/**
 * Bare weekdays, as days from the article's date: "on Monday" in an article of Tuesday 11 August is the
 * day before; "from Thursday" in one of Wednesday 12 August is the day after. A weekday followed by its
 * date ("Monday, August 10", "lunedì 10 agosto") is left to that date.
 */
function weekdayDates(text: string, pack: LanguagePack, articleDate: string): Array<{ start: number; end: number; days: number; phraseEnd?: number }> {
  const base = Date.parse(`${articleDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(base)) return [];
  const today = new Date(base).getUTCDay();
  const out: Array<{ start: number; end: number; days: number; phraseEnd?: number }> = [];
  for (const m of text.matchAll(weekdayPatternFor(pack))) {
    if (!m[3] && datedAfter(pack).test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const index = pack.weekdays.indexOf(m[2]!.toLowerCase());
    if (index < 0) continue;
    // Monday first in the packs; Sunday is 0 for Date.
    const day = (index + 1) % 7;
    const ahead = (day - today + 7) % 7;
    const upcoming = m[1] !== undefined || m[3] !== undefined || futureBefore(text.slice(0, m.index), pack);
    // The weekday itself, unless a cue ("from", "prochain") is part of it: "from Thursday" dates Thursday.
    const start = m[1] !== undefined ? m.index + m[0].toLowerCase().indexOf(m[2]!.toLowerCase()) : m.index;
    // "next Thursday" in an article of a Thursday is a week on.
    const next = m[3] !== undefined || (m[1] !== undefined && (pack.upcomingWeekday.next ?? []).includes(m[1].toLowerCase()));
    // "Wednesday of last week", "mercredi de la semaine dernière": that day of the calendar week before
    // the article's (Monday first).
    const lastWeek = upcoming ? null : lastWeekAfterFor(pack)?.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (lastWeek) {
      out.push({ start, end: m.index + m[0].length, days: index - ((today + 6) % 7) - 7, phraseEnd: m.index + m[0].length + lastWeek[0].length });
      continue;
    }
    out.push({ start, end: m.index + m[0].length, days: upcoming ? (ahead === 0 && next ? 7 : ahead) : ahead === 0 ? 0 : ahead - 7 });
  }
  return out;
}

export function findDates(text: string, offset: number, pack: LanguagePack, articleDate?: string): DateFact[] {
  const p = patternsFor(pack);
  const facts: DateFact[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const push = (a: number, b: number, fields: Omit<DateFact, 'kind' | 'start' | 'end' | 'text'>) => {
    taken.push([a, b]);
    facts.push({ kind: 'date', start: offset + a, end: offset + b, text: text.slice(a, b), ...fields });
  };
  const decadeStart = (raw: string) => (raw.length === 2 ? 1900 + Number(raw) : Number(raw));
  for (const m of text.matchAll(p.decade)) {
    const raw = m[1] ?? m[2] ?? m[3]!;
    const first = decadeStart(raw);
    if (m[4]) {
      // "les années 70 et 80": two decades, each its own date.
      const second = m.index + m[0].lastIndexOf(m[4]);
      push(m.index, second - 1, { year: first, endYear: first + 9 });
      const next = decadeStart(m[4]);
      push(second, m.index + m[0].length, { year: next, endYear: next + 9 });
      continue;
    }
    push(m.index, m.index + m[0].length, { year: first, endYear: first + 9 });
  }
  for (const m of text.matchAll(p.season)) {
    const first = Number(m[1]);
    if (!free(m.index, m.index + m[0].length) || Number(m[2]) !== (first + 1) % 100) continue;
    push(m.index, m.index + m[0].length, { year: first, endYear: first + 1 });
  }
  for (const m of text.matchAll(p.range)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to > from && to - from < 200) push(m.index, m.index + m[0].length, { year: from, endYear: to });
  }
  // "dal primo luglio", "le premier juin": the first day of the month.
  if (p.firstDay) {
    for (const m of text.matchAll(p.firstDay)) {
      const month = monthOf(pack, m[1]!);
      if (!month || !monthCased(pack, m[1]!) || !free(m.index, m.index + m[0].length)) continue;
      push(m.index, m.index + m[0].length, { day: 1, month, ...(m[2] ? { year: Number(m[2]) } : {}) });
    }
  }
  for (const m of text.matchAll(p.dayRange)) {
    const [day, endDay] = [Number(m[1]), Number(m[2])];
    const month = monthOf(pack, m[3]!);
    if (!month || day < 1 || endDay <= day || endDay > 31 || !monthCased(pack, m[3]!) || !free(m.index, m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length, { day, endDay, month, ...(m[4] ? { year: Number(m[4]) } : {}) });
  }
  for (const m of text.matchAll(p.monthDayRange)) {
    const month = monthOf(pack, m[1]!);
    const [day, endDay] = [Number(m[2]), Number(m[3])];
    if (!month || day < 1 || endDay <= day || endDay > 31 || !monthCased(pack, m[1]!) || !free(m.index, m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length, { day, endDay, month, ...(m[4] ? { year: Number(m[4]) } : {}) });
  }
  for (const m of text.matchAll(p.dayMonthYear)) {
    const day = Number(m[1]);
    const month = monthOf(pack, m[2]!);
    if (!month || day < 1 || day > 31 || !monthCased(pack, m[2]!) || !free(m.index, m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length, { day, month, ...(m[3] ? { year: Number(m[3]) } : {}) });
  }
  for (const m of text.matchAll(p.monthDayYear)) {
    const month = monthOf(pack, m[1]!);
    const day = Number(m[2]);
    if (!month || day < 1 || day > 31 || !monthCased(pack, m[1]!) || !free(m.index, m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length, { day, month, ...(m[3] ? { year: Number(m[3]) } : {}) });
  }
  for (const m of text.matchAll(p.monthYear)) {
    const month = monthOf(pack, m[1]!);
    if (!month || !monthCased(pack, m[1]!) || !free(m.index, m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length, { month, year: Number(m[2]) });
  }
  for (const m of text.matchAll(p.year)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    // "1200 GMT" is a time; "2017 euros" a quantity: a year stands alone.
    const after = text.slice(m.index + m[0].length);
    if (/^\s*(GMT|UTC|h\b|heures?|ore\b|hours?)/iu.test(after) || /^[.,]\d/.test(after) || measuredAfter(pack).test(after)) continue;
    // "(1720 local time)": a wire's time in a zone's words, no year.
    if (/^\s*\p{L}/u.test(after) && p.zoneLabel.test(after)) continue;
    push(m.index, m.index + m[0].length, { year: Number(m[1]) });
  }
  for (const m of text.matchAll(p.relative)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const key = m[1]!.toLowerCase().replace(/’/g, "'");
    const days = pack.relativeDates[key] ?? pack.relativeDates[m[1]!.toLowerCase()];
    if (days === undefined) continue;
    // Resolved only as precisely as it is said: "next year" is a year, "last month" a month, "last week"
    // a stretch of days that no one date stands for.
    const day = articleDate ? addDays(articleDate, days) : undefined;
    const span = Math.max(Math.abs(days), pack.relativeSpans[key] ?? pack.relativeSpans[m[1]!.toLowerCase()] ?? 0);
    const resolved = day === undefined ? undefined : span >= 365 ? day.slice(0, 4) : span >= 28 ? day.slice(0, 7) : span <= 1 ? day : undefined;
    push(m.index, m.index + m[0].length, { relative: days, ...(resolved ? { resolved } : {}) });
  }
  // (the week of "Wednesday of last week" is the weekday's, not a date of its own)
  const weeks: Array<[number, number]> = [];
  if (articleDate) {
    for (const w of weekdayDates(text, pack, articleDate)) {
      if (!free(w.start, w.end)) continue;
      push(w.start, w.end, { relative: w.days, resolved: addDays(articleDate, w.days)! });
      if (w.phraseEnd !== undefined) weeks.push([offset + w.end, offset + w.phraseEnd]);
    }
  }
  const dated = yearsAfterDays(text, offset, facts, pack, articleDate);
  return dated.filter((f) => !(f.relative !== undefined && weeks.some(([a, b]) => f.start >= a && f.end <= b))).sort((a, b) => a.start - b.start);
}

const dateAfterFor = perPack((pack) =>
  pack.dateAfterWords ? { past: new RegExp(`^\\s+(?:${alternation(pack.dateAfterWords.past)})${E}`, 'iu'), next: new RegExp(`^\\s+(?:${alternation(pack.dateAfterWords.next)})${E}`, 'iu') } : undefined,
);

/**
 * A day of a month without its year, given one by the words after it: a year back from the article right
 * after it ("October 14 last year": one date, 2026-10-14), or a word that makes it the last such day before
 * the article or the next after it ("il 14 ottobre scorso", "le 30 juin prochain").
 */
function yearsAfterDays(text: string, offset: number, facts: DateFact[], pack: LanguagePack, articleDate?: string): DateFact[] {
  const dropped = new Set<DateFact>();
  const out = facts.map((f) => {
    if (f.day === undefined || f.month === undefined || f.year !== undefined || f.endDay !== undefined) return f;
    const after = text.slice(f.end - offset);
    const relative = facts.find((r) => r.relative !== undefined && r.relative <= -365 && r.resolved?.length === 4 && /^[\s,]*$/u.test(text.slice(f.end - offset, r.start - offset)));
    if (relative) {
      dropped.add(relative);
      return { ...f, end: relative.end, text: text.slice(f.start - offset, relative.end - offset), year: Number(relative.resolved) };
    }
    const words = dateAfterFor(pack);
    const base = articleDate ? Date.parse(`${articleDate.slice(0, 10)}T00:00:00Z`) : NaN;
    if (!words || Number.isNaN(base)) return f;
    const past = words.past.exec(after);
    const next = past ? null : words.next.exec(after);
    if (!past && !next) return f;
    const year = new Date(base).getUTCFullYear();
    const on = (y: number) => Date.UTC(y, f.month! - 1, f.day!);
    const chosen = past ? (on(year) <= base ? year : year - 1) : on(year) >= base ? year : year + 1;
    const end = f.end + (past ?? next)![0].length;
    return { ...f, end, text: text.slice(f.start - offset, end - offset), year: chosen };
  });
  return out.filter((f) => !dropped.has(f));
}

const TIME_PATTERNS: RegExp[] = [
  // 9h40, 9 h 40, 12 h 00, 9h
  /(?<![\p{L}\p{N}])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\p{L}\p{N}])/gu,
  // 9:40, 09:40 a.m., alle 8:40, 9.40 pm
  /(?<![\p{L}\p{N}:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?([ap])\.?\s?m\.?)?(?![\p{N}])/giu,
  // 9 a.m., 10pm
  /(?<![\p{L}\p{N}])(1[0-2]|0?[1-9])\s?([ap])\.?\s?m\.?(?![\p{L}])/giu,
  // 1200 GMT, 0230 UTC, 1720 local time: four digits with a zone (checked below)
  /(?<![\p{L}\p{N}])([01]\d|2[0-3])([0-5]\d)(?![\p{L}\p{N}])/gu,
];

/**
 * Hours, minutes and seconds of a race or a record ("2:11:48", "2h11'48\"", "2 h 11 min 48 s"): how long,
 * not when. The same notations in every language.
 */
const RACE_TIME = [
  /(?<![\p{L}\p{N}:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,]\d+)?(?![\p{N}:])/gu,
  /(?<![\p{L}\p{N}])(\d{1,2})\s?h\s?([0-5]\d)\s?(?:['’′]|min\.?|mn)\s?([0-5]\d)(?:\s?(?:["”″]|''|s\b|sec\b))?/gu,
];
const RACE_TIME_WHOLE = RACE_TIME.map((re) => new RegExp(`^(?:${re.source})$`, 'u'));

/** The race times of a text, with their length in seconds (`RACE_TIME`). */
export function raceTimeSpans(text: string): Array<{ start: number; end: number; text: string; seconds: number }> {
  const out: Array<{ start: number; end: number; text: string; seconds: number }> = [];
  for (const re of RACE_TIME) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (out.some((r) => r.start < end && r.end > m.index)) continue;
      out.push({ start: m.index, end, text: m[0], seconds: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) });
    }
  }
  return out;
}

/** Whether a figure's words are a race time ("2:11:48"). */
export function isRaceTime(text: string): boolean {
  return RACE_TIME_WHOLE.some((re) => re.test(text.trim()));
}

/** The times of a sentence that restate `time` in another zone ("13 heures à Paris" of "14 heures"). */
export function restatementsOf(times: readonly TimeFact[], time: TimeFact): TimeFact[] {
  return times.filter((other) => other.sameAs !== undefined && times[other.sameAs] === time);
}

export function findTimes(text: string, offset: number, pack: LanguagePack): TimeFact[] {
  const p = patternsFor(pack);
  const found: Array<{ a: number; b: number; hour: number; minute: number }> = [];
  /** Whether the words between two times make the second restate the first: "(", ", soit", ", le". */
  const restatingGap = (gap: string) => /^\s*\(\s*$/u.test(gap) || p.restatement.test(gap);
  /** Whether a zone or a place's own time follows the text up to `end`. */
  const zoned = (end: number) => [p.zoneCode, p.zoneLabel, p.placeZone].some((re) => re.test(text.slice(end)));
  // "2:11:48", "2h11'48": a race time's hours and minutes are no clock time (it is read as a span).
  const races = raceTimeSpans(text);
  for (const [n, re] of TIME_PATTERNS.entries()) {
    for (const m of text.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (found.some((f) => a < f.b && b > f.a)) continue;
      if (races.some((r) => r.start <= a && r.end >= b)) continue;
      let hour = Number(m[1]);
      let minute = 0;
      let meridiem: string | undefined;
      if (n === 0) minute = m[2] ? Number(m[2]) : 0;
      else if (n === 1) {
        // "7.8" is a number, not a time: a dot needs a meridiem or a preposition of time before it.
        // (or a zone after it: "alle 5.47 ora locale, le 4.47 in Italia")
        if (m[0].includes('.') && !m[3] && !p.timePreposition.test(text.slice(0, a)) && !p.clockArticle?.test(text.slice(Math.max(0, a - 12), a)) && !zoned(b)) continue;
        minute = Number(m[2]);
        meridiem = m[3];
      } else if (n === 2) meridiem = m[2];
      else {
        // (wire style: four digits are a time only with a zone right after them, "1520 GMT (1720 local time)")
        if (!/^\s*(?:GMT|UTC|Z\b)/u.test(text.slice(b)) && !p.zoneLabel.test(text.slice(b).replace(/^\s*[(,]/u, ' ')) ) continue;
        if (/^\s*,/u.test(text.slice(b))) continue;
        minute = Number(m[2]);
      }
      if (meridiem?.toLowerCase() === 'p' && hour < 12) hour += 12;
      if (meridiem?.toLowerCase() === 'a' && hour === 12) hour = 0;
      found.push({ a, b, hour, minute });
    }
  }
  // "I seggi hanno chiuso alle 21 e …": a bare hour after a preposition of the hour, with nothing after it
  // but punctuation or a conjunction.
  if (p.hourWord) {
    for (const m of text.matchAll(p.hourWord)) {
      const [a, b] = [m.index, m.index + m[0].length];
      if (found.some((f) => a < f.b && b > f.a)) continue;
      // "à 20 heures" is a time; "pendant 20 heures" a duration; so is one that restates the time before it
      // in a zone ("à 14 heures (13 heures à Paris)").
      const restating = zoned(b) && found.some((f) => f.b <= a && restatingGap(text.slice(f.b, a)));
      if (!p.timePreposition.test(text.slice(0, a)) && !restating) continue;
      found.push({ a, b, hour: Number(m[1]), minute: m[2] ? Number(m[2]) : 0 });
    }
  }
  /** Each match of `re` that ends with its hour (first group), at the hour `read` gives, where no time is read yet. */
  const hoursAt = (re: RegExp | undefined, read: (m: RegExpMatchArray, end: number) => number | undefined, minuteOf: (m: RegExpMatchArray) => number = () => 0) => {
    if (!re) return;
    for (const m of text.matchAll(re)) {
      const b = m.index! + m[0].length;
      const a = b - m[1]!.length;
      if (found.some((f) => a < f.b && b > f.a)) continue;
      const hour = read(m, b);
      if (hour !== undefined) found.push({ a, b, hour, minute: minuteOf(m) });
    }
  };
  // "alle 7 di sera" is 19:00.
  hoursAt(p.bareHour, (m) => {
    const hour = Number(m[1]);
    return hour < 12 ? hour + (m[2] ? (pack.hourDayParts[m[2].toLowerCase()] ?? 0) : 0) : hour;
  });
  // "at noon", "à minuit", "a mezzogiorno": an hour named by a word, after its preposition.
  // …"midi et demi", "mezzogiorno e mezzo": and the minutes said after it.
  hoursAt(
    p.namedHour,
    (m) => pack.namedHours.words[m[2]!.toLowerCase()] ?? 0,
    (m) => (m[3] ? (pack.namedHours.minutes?.[m[3].toLowerCase()] ?? 0) : 0),
  );
  // "alle 10 ora italiana", "alle 19 ora di Vendra": a bare hour after its preposition, a zone after it.
  hoursAt(p.bareHourBeforeZone, (m, end) => (zoned(end) ? Number(m[1]) : undefined));
  found.sort((x, y) => x.a - y.a);
  const facts: TimeFact[] = [];
  for (const f of found) {
    let end = f.b;
    let zone: string | undefined;
    const z = p.zoneCode.exec(text.slice(end)) ?? p.zoneLabel.exec(text.slice(end));
    const place = z ? undefined : p.placeZone.exec(text.slice(end));
    if (z) {
      const label = z[1]!.toLowerCase();
      zone = pack.timeZones[label] ?? pack.timeZones[label.replace(/’/g, "'")] ?? z[1]!.toUpperCase();
      end += z[0].length;
    } else if (place) {
      zone = 'local';
      end += place[0].length;
    }
    const approximate = p.timeApproximation.test(text.slice(Math.max(0, f.a - 40), f.a));
    const fact: TimeFact = { kind: 'time', start: offset + f.a, end: offset + end, text: text.slice(f.a, end), hour: f.hour, minute: f.minute, ...(zone ? { zone } : {}), ...(approximate ? { approximate } : {}) };
    // "11h40 locales (9h40 à Paris)": the time in parentheses restates the one before; so does one in
    // another zone after a comma ("alle 4:17 ora locale, le 5:17 in Italia", "à 14h40, soit 13h40 GMT").
    const previous = facts[facts.length - 1];
    const gap = previous ? text.slice(previous.end - offset, f.a) : '';
    // (after a bare comma both need a zone, "at 3.49am, 4.25pm local time" being two times; a linker word
    // says it alone: "à 16 heures, soit 15 heures GMT")
    const linker = /\p{L}/u.test(gap);
    const restated = p.restatement.test(gap) && zone !== undefined && previous !== undefined && previous.zone !== zone && (linker || previous.zone !== undefined);
    if (previous && (/^\s*\(\s*$/.test(gap) || restated)) fact.sameAs = facts.length - 1;
    facts.push(fact);
  }
  return facts;
}
