/**
 * The fact sheet: every figure, date and time of the story, by what it measures, across all articles
 * and whatever the sentence alignment (docs/fact-sheet.md). Facts in one slot are compared; facts in
 * different slots never are.
 *
 * Slots meet when their measure, event, period and subject (the place or group a figure is about) are
 * the same; figures without a subject are a row of their own.
 *
 * Facts that all meet one another (intervals that overlap, one instant in two zones, one date at two
 * precisions) and whose numbers are close are one value. Two articles disagree when one states a value
 * that the other contradicts and never states itself. When every disagreeing article of a count has a
 * publication time and the count only rises with time, the row is an update (a toll that grows through
 * the day), not a contradiction.
 *
 * Within a claim group, figures that name only their kind are compared as `slots.ts` sets out; a claim
 * of two sentences is also read one against the other (`claim:` rows).
 */
import type { Evidence, FactSheetRow, MeasureSlot, SentenceNode } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import { timesApart, type QuantityFact } from '../facts/quantities.js';
import { digitsSwapped } from '../facts/numerals.js';
import { isRaceTime, restatementsOf, type DateFact, type TimeFact } from '../facts/dates.js';
import { stretchAt, type FactSlot } from './slots.js';
import { nameWithin } from '../facts/names.js';
import type { SentenceFacts } from './facts.js';
import { fold } from '../bridge/features.js';

/**
 * Measures that grow as a story unfolds (tolls, people moved, cases, votes counted, the area a fire or a
 * flood covers): a rise over publication time is an update.
 */
const CUMULATIVE = new Set(['deaths', 'injured', 'evacuated', 'displaced', 'rescued', 'arrested', 'cases', 'people', 'votes', 'area']);
/** What those count that any news story counts again and again, the event's toll (not people, votes or an area in general). */
const GROWING_TOLLS = ['deaths', 'injured', 'seriously injured', 'evacuated', 'displaced', 'rescued', 'arrested', 'cases'];
/**
 * Counts that move either way as a story unfolds: the missing are found, the trapped are brought out,
 * patients leave hospital, power comes back. Any change with publication time is an update; two values at one time a contradiction.
 */
const VOLATILE = new Set(['missing', 'trapped', 'hospitalised', 'without power']);
/** Tolls, whichever way they move: a change of one with publication time is said to be one. */
const TOLLS: ReadonlySet<string> = new Set([...GROWING_TOLLS, ...VOLATILE]);
/**
 * Counts of people or things (not residents: a place's number does not grow): they may rise as a story
 * unfolds, and the days of a claim whose counts differ are when each was taken.
 */
const COUNTED = /^(count-of:|part-of:|claim:(count|people):|people$)/;

export interface FactSheetEntry {
  slot: FactSlot;
  document: string;
  sentence: SentenceNode;
  source: string;
}

/** A row before the report numbers it, with its entries, for the rules. */
export interface SheetRow {
  kind: 'quantity' | 'date' | 'time';
  slot: MeasureSlot;
  label: string;
  status: FactSheetRow['status'];
  /** Values that meet, each with its entries. */
  values: Array<{ entries: FactSheetEntry[]; display: string; low: number; high: number; unit: string }>;
  timeline: FactSheetRow['timeline'];
  /** The largest relative gap between two disagreeing articles' values, for severity. */
  gap: number;
  /** Each statement that another article contradicts (and never states), with one statement against it. */
  conflicts: Array<{ stated: FactSheetEntry; against: FactSheetEntry }>;
  /**
   * How an update's values move in publication order: a toll only rises; a count that may go either way
   * (the missing, homes without power) rises, falls, or both; a count no toll names and no word says was
   * growing is only higher in later articles (it may be one figure misstated: a ransom, the bidders at a sale).
   */
  trend?: 'rises' | 'falls' | 'changes' | 'higher';
}

// ------------------------------------------------------------------------------------------------
// Agreement between two facts of one slot
// ------------------------------------------------------------------------------------------------

/** UTC offsets in hours of the zone codes news writes; regional zones are read through Intl. */
const OFFSETS: Record<string, number[]> = {
  GMT: [0], UTC: [0], Z: [0], WET: [0], BST: [1], CET: [1], CEST: [2], EET: [2], EEST: [3],
  ET: [-5, -4], EST: [-5], EDT: [-4], CT: [-6, -5], PT: [-8, -7], PST: [-8], PDT: [-7],
};

/** The UTC offset, in hours, of a regional zone ("Europe/Paris") at an instant. */
function offsetAt(zone: string, instant: Date): number | undefined {
  try {
    const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
    if (!m) return undefined;
    return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : 0;
  } catch {
    return undefined;
  }
}

/**
 * The UTC offsets a zone may have: a code's own; a regional zone's on the article's date ("heure de
 * Paris" is +1 in March, +2 in August), or its winter and summer offsets when the date is unknown.
 */
export function zoneOffsets(zone: string, date?: string): number[] | undefined {
  if (OFFSETS[zone]) return OFFSETS[zone];
  if (!zone.includes('/')) return undefined;
  if (date) {
    const at = offsetAt(zone, new Date(`${date.slice(0, 10)}T12:00:00Z`));
    if (at !== undefined) return [at];
  }
  const year = date ? Number(date.slice(0, 4)) : 2026;
  const both = [offsetAt(zone, new Date(Date.UTC(year, 0, 15))), offsetAt(zone, new Date(Date.UTC(year, 6, 15)))].filter((o): o is number => o !== undefined);
  return both.length ? [...new Set(both)] : undefined;
}

/** How many years apart two past dates may be and still be one event's. */
const PAST_REACH = 5;

/** The era of a date against the year its article was published in (see `FactSlot.era`). */
export function dateEra(d: DateFact, published: string | undefined, sentenceYear?: number): FactSlot['era'] {
  if (published === undefined) return undefined;
  const publishedYear = Number(published.slice(0, 4));
  // "Nel 2023 l'ultimo sciopero, il 14 marzo, …": a day without a year takes the one its sentence gives.
  const stated = d.year ?? (d.resolved ? Number(d.resolved.slice(0, 4)) : sentenceYear);
  // A day and month alone are of the article's year.
  if (stated === undefined && (d.month === undefined || d.day === undefined)) return 'current';
  const year = stated ?? publishedYear;
  const last = d.endYear ?? year;
  if (last < publishedYear - 1) return 'past';
  if (year > publishedYear + 1) return 'future';
  // A day more than a week after the article is a plan ("two more strike days on June 23-24"), not the
  // day the story happened ("oggi"); within the week it may still be the story's own ("mourning from
  // Tuesday 17 March").
  if (published.length >= 10 && d.month !== undefined && d.day !== undefined && d.resolved === undefined) {
    const when = Date.UTC(year, d.month - 1, d.day);
    const at = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
    if (!Number.isNaN(at) && when - at > 7 * 86_400_000) return 'future';
  }
  return 'current';
}

/** What a story says of its local time, for times written without a zone or as "local time". */
export interface LocalTime {
  /** Offsets in hours of the story's local time, when the story tells it (one value), else none. */
  offsets?: number[];
}

/**
 * The instants (minutes after midnight) a time may stand for: in UTC when its zone is known, and as a
 * local time when it is not or says "local time". A local time is also read in UTC when the story tells
 * its local offset: "2:20 p.m. local time (1220 GMT)" makes every local 16h20 of the story 14:20 UTC.
 */
export function timeReadings(t: TimeFact, date?: string, local: LocalTime = {}, homeZone?: string): Array<{ minutes: number; zone: string }> {
  const minutes = t.hour * 60 + t.minute;
  const utc = (offsets: number[]) => offsets.map((h) => ({ minutes: (((minutes - h * 60) % 1440) + 1440) % 1440, zone: 'UTC' }));
  const offsets = t.zone && t.zone !== 'local' ? zoneOffsets(t.zone, date) : undefined;
  if (offsets) return utc(offsets);
  const own = [{ minutes, zone: t.zone ?? 'local' }];
  // A zone the pack names but no table knows stays its own.
  if (t.zone && t.zone !== 'local') return own;
  const readings = [{ minutes, zone: 'local' }, ...(local.offsets ? utc(local.offsets) : [])];
  // A time with no zone at all in a French or Italian paper may be its readers' time ("giovedì alle
  // 18:40" for a result published in Paris): read that way too, never in place of the local reading.
  // (only on a known date: an hour either way would otherwise meet anything an hour off)
  const home = !t.zone && homeZone && date ? zoneOffsets(homeZone, date) : undefined;
  return home?.length === 1 ? [...readings, ...utc(home)] : readings;
}

/**
 * The story's local offset: what it states in words (`stated`, hours), else what the times restated in two
 * zones say ("2:20 p.m. local time (1220 GMT)", "11h40 locales (9h40 à Paris)"). Several answers are none. A regional zone an article names ("14h40,
 * heure de Paris") is its readers' time, not the story's.
 */
export function storyLocalTime(times: ReadonlyArray<{ facts: readonly TimeFact[]; date?: string }>, stated: readonly number[] = []): LocalTime {
  // An offset the story states in words ("which runs three hours ahead of GMT") is the surest.
  if (new Set(stated).size === 1) return { offsets: [stated[0]!] };
  const learned = new Set<number>();
  for (const { facts, date } of times) {
    facts.forEach((t) => {
      if (t.sameAs === undefined) return;
      const other = facts[t.sameAs];
      if (!other) return;
      const [plain, zoned] = !t.zone || t.zone === 'local' ? [t, other] : [other, t];
      if (plain.zone && plain.zone !== 'local') return;
      const offsets = zoned.zone ? zoneOffsets(zoned.zone, date) : undefined;
      if (!offsets || offsets.length !== 1) return;
      const utcMinutes = zoned.hour * 60 + zoned.minute - offsets[0]! * 60;
      let difference = (plain.hour * 60 + plain.minute - utcMinutes) / 60;
      difference = ((difference % 24) + 36) % 24 - 12;
      learned.add(difference);
    });
  }
  return learned.size === 1 ? { offsets: [...learned] } : {};
}

/** Offsets from UTC a sentence states: a number of hours followed by the pack's words for ahead or behind. */
function statedOffsets(sentence: SentenceNode, quantities: readonly QuantityFact[], pack: LanguagePack): number[] {
  const out: number[] = [];
  for (const q of quantities) {
    if (q.category !== 'duration') continue;
    const hours = Math.round(q.value * 24);
    if (hours < 1 || hours > 14 || Math.abs(q.value * 24 - hours) > 1e-6) continue;
    const after = sentence.text.slice(q.end - sentence.start, q.end - sentence.start + 40).toLowerCase().replace(/’/g, "'").trim();
    if (pack.offsetAhead.some((w) => after.startsWith(w))) out.push(hours);
    else if (pack.offsetBehind.some((w) => after.startsWith(w))) out.push(-hours);
  }
  return out;
}

/** The corpus as the fact sheet reads it: sentences, their facts and language packs, and publication times. */
export interface StoryTime {
  sentences: readonly SentenceNode[];
  facts: readonly SentenceFacts[];
  packs: readonly LanguagePack[];
  published: ReadonlyMap<string, string | undefined>;
}

/**
 * Places the sheet's times and dates in time: each time's instants in UTC where its zone, its paper's
 * zone or the story tells them; each date's era by its article's publication year (the story's most
 * common one when the article has none).
 */
export function placeInTime(entries: readonly FactSheetEntry[], story: StoryTime): void {
  const local = storyLocalTime(
    story.sentences.map((sentence, i) => ({ facts: story.facts[i]!.times, date: story.published.get(sentence.document) })),
    story.sentences.flatMap((sentence, i) => statedOffsets(sentence, story.facts[i]!.quantities, story.packs[i]!)),
  );
  const counts = new Map<number, number>();
  for (const p of story.published.values()) if (p) counts.set(Number(p.slice(0, 4)), (counts.get(Number(p.slice(0, 4))) ?? 0) + 1);
  const storyYear = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  for (const entry of entries) {
    const published = story.published.get(entry.document);
    if (entry.slot.kind === 'time') {
      const fact = entry.slot.fact as TimeFact;
      const times = story.facts[entry.slot.sentence]!.times;
      // "à 14 heures (13 heures à Paris)": a time its sentence restates in the readers' zone is not
      // itself the readers' time.
      const restatements = restatementsOf(times, fact);
      const readings = timeReadings(fact, published, local, restatements.length ? undefined : story.packs[entry.slot.sentence]!.homeZone);
      // …and is the instant its restatement's zone gives.
      for (const other of restatements) {
        for (const r of timeReadings(other, published, local)) if (r.zone !== 'local' && !readings.some((s) => s.zone === r.zone && s.minutes === r.minutes)) readings.push(r);
      }
      entry.slot.instants = readings;
      const days = new Set(story.facts[entry.slot.sentence]!.dates.map((d) => dayOf(d, published)).filter((d) => d !== undefined));
      if (days.size === 1) entry.slot.day = [...days][0];
    } else if (entry.slot.kind === 'quantity' && entry.slot.clock) {
      entry.slot.clockInstants = timeReadings(entry.slot.clock, published, local, story.packs[entry.slot.sentence]!.homeZone);
    } else if (entry.slot.kind === 'date') {
      // "Nel 2023 …, il 14 marzo": a day without a year takes the one year its sentence gives.
      const years = story.facts[entry.slot.sentence]!.dates.filter((d) => d.year !== undefined && d.month === undefined && d.endYear === undefined);
      const era = dateEra(entry.slot.fact as DateFact, published ?? (storyYear !== undefined ? String(storyYear) : undefined), years.length === 1 ? years[0]!.year : undefined);
      if (era) entry.slot.era = era;
    }
  }
}

/**
 * Names that at least three in four of the articles give (and at least two): where and about whom the
 * story is, as opposed to a place one article breaks a figure down by.
 */
export function storySettings(sentences: readonly SentenceNode[], facts: readonly SentenceFacts[]): Set<string> {
  const documentsOf = new Map<string, Set<string>>();
  sentences.forEach((sentence, i) => {
    for (const name of facts[i]!.names) {
      let set = documentsOf.get(name.key);
      if (!set) documentsOf.set(name.key, (set = new Set()));
      set.add(sentence.document);
    }
  });
  const documents = new Set(sentences.map((s) => s.document)).size;
  return new Set([...documentsOf].filter(([, docs]) => docs.size >= 2 && docs.size * 4 >= documents * 3).map(([key]) => key));
}

function overlaps(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(a.low), Math.abs(b.low));
  return a.low <= b.high + tolerance && b.low <= a.high + tolerance;
}

const BOUNDED = new Set(['over', 'atLeast', 'under', 'upTo']);
/** How far apart two bounds of one kind may be and still be one bound: a foot rounds to 2 % of 26. */
const BOUND_SLACK = 0.025;
/** How far apart two bounds of one kind written in words may be: a score and two dozen. */
const WORDED_BOUND_SLACK = 0.2;
/** People killed, injured or counted are all people: the slot says which. */
function unitOf(q: QuantityFact): string {
  return q.unit === 'killed' || q.unit === 'injured' ? 'person' : q.unit;
}

/** Kinds of figure whose "up to" is a peak reached, and how near the peak another figure meets it. */
const PEAKED = new Set(['distance', 'rate', 'temperature', 'weight', 'volume', 'area', 'magnitude', 'concentration']);
const PEAK_SLACK = 0.1;

/** The width of a figure's interval that its rounding alone gives ("1.5 million": 1.451 to 1.549 million). */
function roundingWidth(q: QuantityFact): number {
  return q.approximation || q.vague || !Number.isFinite(q.high - q.low) ? 0 : q.high - q.low;
}

function quantitiesMeet(x: QuantityFact, y: QuantityFact): boolean | undefined {
  // In one slot a bare count ("kills four") counts what the other counts ("four people").
  if (unitOf(x) !== unitOf(y) && unitOf(x) !== '' && unitOf(y) !== '') return undefined;
  // Two figures bounded the same way ("at least 100", "at least 150") state different bounds.
  // (to within a converted unit's rounding: "up to 26ft" is the "up to 8 metres" of another article)
  // (two bounds in words are round by nature: "plus d'une vingtaine" is the "oltre due dozzine" of a translation)
  const inWords = (q: QuantityFact) => !/\d/.test(q.text);
  if (x.approximation && BOUNDED.has(x.approximation) && x.approximation === y.approximation) {
    return Math.abs(x.value - y.value) <= (inWords(x) && inWords(y) ? WORDED_BOUND_SLACK : BOUND_SLACK) * Math.max(Math.abs(x.value), Math.abs(y.value));
  }
  // Two round figures each hedged ("about €240", "circa 210 euro") are two estimates: they meet only when
  // close, not wherever their hedges overlap.
  // (a number in words is round by nature: "une trentaine de kilomètres" meets "about 35 km" wherever
  // their hedges overlap)
  const inDigits = (q: QuantityFact) => /\d/.test(q.text);
  if (x.approximation === 'around' && y.approximation === 'around' && inDigits(x) && inDigits(y)) return Math.abs(x.value - y.value) <= 0.075 * Math.max(Math.abs(x.value), Math.abs(y.value));
  // "More than a decade" and "nearly a decade" bound the same value from opposite sides: they meet
  // only where the one above starts below where the other ends.
  const above = (q: QuantityFact) => q.approximation === 'over';
  const below = (q: QuantityFact) => q.approximation === 'nearly' || q.approximation === 'under';
  if ((above(x) && below(y)) || (above(y) && below(x))) {
    const [up, down] = above(x) ? [x, y] : [y, x];
    return up.value < down.value;
  }
  // "Up to" a length, a speed or a temperature is the most it reached ("una colonna di cenere fino a 12
  // chilometri", "gusts of up to 150 km/h"): it meets a figure near that peak, not any figure below it
  // ("9 km"). (Of people or money, "up to" is a cap or a fear: "up to 90 branches could close".)
  const peak = (q: QuantityFact) => q.approximation === 'upTo' && PEAKED.has(q.category);
  if (peak(x) !== peak(y) && !(x.approximation && BOUNDED.has(x.approximation) && y.approximation && BOUNDED.has(y.approximation))) {
    const [top, other] = peak(x) ? [x, y] : [y, x];
    return other.low <= top.value * (1 + PEAK_SLACK) && other.high >= top.value * (1 - PEAK_SLACK);
  }
  // A decade is 3,652.5 days one way and 3,650 another, and "800 km (500 miles)" is 804.7 km: conversions
  // and their rounding leave a hair between equal figures. Two exact counts are converted from nothing:
  // 163 votes are not 165 (a bound is another matter: "more than 47,000" meets a rounded "47 000").
  const exactCount = (q: QuantityFact) => (q.category === 'count' || q.category === 'people') && !q.approximation;
  // (two spans told to the second, race times, are as exact: 2:11:48 is not 2:12:48)
  const toTheSecond = (q: QuantityFact) => q.unit === 'day' && isRaceTime(q.text);
  // Two figures written in one system ("847.6 metres", "848,4 mètres") have only their rounding between
  // them: 847.6 is not 848.4, though a hundredth of either would join them.
  const converted = x.converted === true || y.converted === true;
  const hair = (exactCount(x) && exactCount(y)) || (toTheSecond(x) && toTheSecond(y))
    ? 0
    : converted ? 0.01 * Math.max(Math.abs(x.value), Math.abs(y.value)) : Math.max(1e-4 * Math.max(Math.abs(x.value), Math.abs(y.value)), 0.05 * Math.max(roundingWidth(x), roundingWidth(y)));
  return overlaps({ low: x.low - hair, high: x.high + hair }, y);
}

/** How far a day said by its weekday may lie from a dated day and still be one day misstated. */
const WEEK_DAYS = 7;

function datesMeet(x: DateFact, y: DateFact): boolean | undefined {
  if (x.relative !== undefined && y.relative !== undefined && !x.resolved && !y.resolved) return x.relative === y.relative;
  if ((x.relative !== undefined && !x.resolved) || (y.relative !== undefined && !y.resolved)) return undefined;
  if (x.endYear !== undefined || y.endYear !== undefined) {
    if (x.endYear !== undefined && y.endYear !== undefined) return x.year === y.year && x.endYear === y.endYear;
    const [range, single] = x.endYear !== undefined ? [x, y] : [y, x];
    return single.year !== undefined && range.year !== undefined && single.year >= range.year && single.year <= range.endYear!;
  }
  const resolved = (d: DateFact) => (d.resolved ? d.resolved.split('-').map(Number) : undefined);
  const [rx, ry] = [resolved(x), resolved(y)];
  // A day told from the article's own ("on Friday", "ieri") is set against a day of that week only: a
  // year or a month alone, or a day weeks away, is another matter's ("in 2025", "le 15 mai").
  // Two articles naming one weekday name one day, whatever day each was written on ("declared Monday a
  // day of mourning" on a Sunday and on a Monday).
  if (rx && ry && x.relative !== undefined && y.relative !== undefined) {
    const apart = Math.round(Math.abs(Date.UTC(rx[0]!, rx[1]! - 1, rx[2]!) - Date.UTC(ry[0]!, ry[1]! - 1, ry[2]!)) / 86_400_000);
    if (apart > 0 && apart % 7 === 0) return true;
  }
  for (const [near, other, at] of [[x, y, rx], [y, x, ry]] as const) {
    if (near.relative === undefined || !at || (other.relative !== undefined && other.resolved)) continue;
    if (other.day === undefined || other.month === undefined) return undefined;
    const year = other.year ?? at[0]!;
    const apart = Math.abs(Date.UTC(year, other.month - 1, other.day) - Date.UTC(at[0]!, at[1]! - 1, at[2]!)) / 86_400_000;
    if (apart > WEEK_DAYS) return undefined;
  }
  const fx = rx ? { year: rx[0], month: rx[1], day: rx[2] } : x;
  const fy = ry ? { year: ry[0], month: ry[1], day: ry[2] } : y;
  const fields = ['year', 'month', 'day'] as const;
  // Nothing in common to compare ("in May" against "2019"): not comparable.
  if (!fields.some((f) => fx[f] !== undefined && fy[f] !== undefined)) return undefined;
  // Days said together: "June 23" is one of "23 e 24 giugno"; "23-24 June" and "24-25 juin" differ.
  if ((x.endDay !== undefined || y.endDay !== undefined) && fx.day !== undefined && fy.day !== undefined) {
    if (!(['year', 'month'] as const).every((f) => fx[f] === undefined || fy[f] === undefined || fx[f] === fy[f])) return false;
    const [lx, ly] = [x.endDay ?? fx.day, y.endDay ?? fy.day];
    if (x.endDay !== undefined && y.endDay !== undefined) return fx.day === fy.day && lx === ly;
    const [single, from, to] = x.endDay === undefined ? [fx.day, fy.day, ly] : [fy.day, fx.day, lx];
    return single >= from && single <= to;
  }
  return fields.every((f) => fx[f] === undefined || fy[f] === undefined || fx[f] === fy[f]);
}

/** The day a date names, as `YYYY-MM-DD`, its year taken from the article's date when it has none. */
function dayOf(d: DateFact, published: string | undefined): string | undefined {
  if (d.endDay !== undefined || d.endYear !== undefined) return undefined;
  if (d.resolved?.length === 10) return d.resolved;
  const year = d.year ?? (published ? Number(published.slice(0, 4)) : undefined);
  if (d.day === undefined || d.month === undefined || year === undefined) return undefined;
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** How far a hedged time ("around 2am", "vers 2h10") reaches either way, in minutes. */
const APPROXIMATE_MINUTES = 15;

/** Minutes between two clock readings, around midnight if shorter. */
function clockApart(a: number, b: number): number {
  return Math.min(Math.abs(a - b), 1440 - Math.abs(a - b));
}

function timesMeet(x: FactSlot, y: FactSlot): boolean | undefined {
  // Times of two days apart, or of two days in one zone, are of two events ("à 6h15 vendredi", "at
  // 3.40pm on Thursday"); a day apart across zones may be one instant near midnight.
  if (x.day && y.day && x.day !== y.day) {
    const apart = Math.abs(Date.parse(x.day) - Date.parse(y.day)) / 86_400_000;
    const sameZone = (x.fact as TimeFact).zone === (y.fact as TimeFact).zone;
    if (apart > 1 || sameZone) return undefined;
  }
  const [rx, ry] = [x.instants ?? timeReadings(x.fact as TimeFact), y.instants ?? timeReadings(y.fact as TimeFact)];
  if (!rx.some((r) => ry.some((s) => r.zone === s.zone))) return undefined;
  // "shortly after 2am" and "vers 2h10" may be one instant: a hedged round time meets within a quarter
  // hour. ("around 11:29" is hedged but precise: no slack, or it would merge with "11:20".)
  const loose = (t: TimeFact) => t.approximate === true && t.minute % 15 === 0;
  const slack = loose(x.fact as TimeFact) || loose(y.fact as TimeFact) ? APPROXIMATE_MINUTES : 0;
  return rx.some((r) => ry.some((s) => r.zone === s.zone && clockApart(r.minutes, s.minutes) <= slack));
}

/** How far apart, in minutes, the clock times of two readings may be and still be one moment's. */
const MOMENT_MINUTES = 30;

/**
 * The local hours each moment of the day a pack names may cover (`LanguagePack.momentWords`): a trading
 * session opens in the morning and closes in the late afternoon, wherever it is.
 */
const MOMENT_HOURS: Record<string, [number, number]> = {
  open: [7, 11],
  morning: [6, 12],
  midday: [11, 14.5],
  afternoon: [12, 19],
  'mid-afternoon': [14, 17],
  'late afternoon': [16, 19.5],
  close: [15.5, 19],
  evening: [18, 24],
};

/** The local hours a figure's reading is of: its named moment, else its sentence's one clock time as written locally. */
function momentHours(slot: FactSlot): [number, number] | undefined {
  if (slot.moment) return MOMENT_HOURS[slot.moment];
  const clock = slot.clock ?? slot.momentClock;
  if (!clock || (clock.zone && clock.zone !== 'local')) return undefined;
  const hours = clock.hour + clock.minute / 60;
  return [hours - MOMENT_MINUTES / 60, hours + MOMENT_MINUTES / 60];
}

/**
 * Whether two figures are readings at two moments: dated by clock times of their clauses that, read in
 * one zone, are apart, or one by a moment of the day its sentence names ("at the close", "a metà
 * pomeriggio") that the other's moment or clock time is not in.
 */
function atOtherMoments(x: FactSlot, y: FactSlot): boolean {
  const [rx, ry] = [x.clockInstants, y.clockInstants];
  if (rx?.length && ry?.length) {
    const shared = rx.filter((r) => ry.some((s) => s.zone === r.zone));
    if (shared.length > 0) return !shared.some((r) => ry.some((s) => s.zone === r.zone && clockApart(r.minutes, s.minutes) <= MOMENT_MINUTES));
  }
  if (!x.moment && !y.moment) return false;
  const [hx, hy] = [momentHours(x), momentHours(y)];
  return hx !== undefined && hy !== undefined && (hx[1] <= hy[0] || hy[1] <= hx[0]);
}

/** Whether two figures are near enough to show as one value (an "about" apart at most). */
/** Figures within a factor of two: a conflicting value of one fact, not a part against its whole. */
function nearEnough(x: QuantityFact, y: QuantityFact): boolean {
  const [a, b] = [Math.abs(x.value), Math.abs(y.value)];
  return Math.min(a, b) * 2 >= Math.max(a, b);
}

function closeValues(x: QuantityFact, y: QuantityFact): boolean {
  return Math.abs(x.value - y.value) <= 0.15 * Math.max(Math.abs(x.value), Math.abs(y.value));
}

/**
 * Whether a fact is tied to its counterparts by its claim group or by the words around it, not by an
 * event word: its date is theirs whether it falls within the week of its article or after it.
 */
function isTied(f: FactSlot): boolean {
  return /^(group|context):/.test(f.slot.event ?? '');
}

/** Whether two facts of a slot meet: true, false, or undefined when they cannot be compared. */
export function factsMeet(x: FactSlot, y: FactSlot): boolean | undefined {
  if (x.kind === 'quantity' && y.kind === 'quantity') {
    // "213mm of rain in three days" and "about 1,300mm … in a year" are counted over two spans: two facts.
    if (x.over !== undefined && y.over !== undefined && Math.abs(x.over - y.over) > 0.05 * Math.max(x.over, y.over)) return undefined;
    return quantitiesMeet(x.fact as QuantityFact, y.fact as QuantityFact);
  }
  if (x.kind === 'date' && y.kind === 'date') {
    if (x.era && y.era && x.era !== y.era && !(isTied(x) && isTied(y) && x.era !== 'past' && y.era !== 'past')) return undefined;
    // Two past years far apart are two past events ("the 1998 flood", "a smaller one in 2024"); a past
    // date misstated is off by a little ("founded in 2014", "fondato nel 2015").
    const [dx, dy] = [x.fact as DateFact, y.fact as DateFact];
    // (or by two digits swapped: "built in 1978", "costruito nel 1987")
    if (x.era === 'past' && y.era === 'past' && dx.year !== undefined && dy.year !== undefined && Math.abs(dx.year - dy.year) > PAST_REACH && !digitsSwapped(dx.year, dy.year)) return undefined;
    return datesMeet(dx, dy);
  }
  if (x.kind === 'time' && y.kind === 'time') return timesMeet(x, y);
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// Values as shown
// ------------------------------------------------------------------------------------------------

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  return Number(n.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 3 });
}

const PER_READER: Record<string, { factor: number; suffix: string }> = {
  'km/day': { factor: 1 / 24, suffix: '/h' },
  'm3/day': { factor: 1 / 86_400, suffix: '/s' },
  'money/day': { factor: 365, suffix: '/year' },
};

function display(entry: FactSlot): { display: string; low: number; high: number; unit: string } {
  if (entry.kind === 'quantity') {
    const raw = entry.fact as QuantityFact;
    const unit = raw.unit === 'killed' || raw.unit === 'injured' || raw.unit === 'person' ? 'person' : raw.unit;
    // Rates are kept per day; a reader reads a speed per hour and an amount per year.
    const per = PER_READER[raw.unit.replace(/^[A-Z]{3}\//, 'money/')];
    const q = per ? { ...raw, value: raw.value * per.factor, low: raw.low * per.factor, high: raw.high * per.factor, unit: raw.unit.replace(/\/day$/, per.suffix) } : raw;
    // An interval that is only the rounding of the number written ("14" read as 13.5–14.5) shows the number.
    const rounding = q.approximation === undefined && q.value >= q.low && q.value <= q.high && q.high - q.low <= Math.max(1, 0.1 * Math.abs(q.value));
    const range = q.low !== q.high && !rounding && (q.approximation === undefined || !Number.isFinite(q.high)) ? `${formatNumber(q.low)}–${formatNumber(q.high)}` : formatNumber(q.value);
    const shown = q.approximation ? `${q.approximation === 'atLeast' || q.approximation === 'over' ? '≥ ' : q.approximation === 'under' || q.approximation === 'upTo' ? '≤ ' : '~'}${formatNumber(q.value)}` : range;
    // In a smaller unit, with the hedge shown: "45 min" and not "0.031 days", "213 mm" and not "0.000213 km".
    const smaller = (factor: number, suffix: string) => {
      const [value, low, high] = [q.value * factor, q.low * factor, q.high * factor];
      const exact = q.approximation === undefined && high - low <= Math.max(1, 0.1 * value);
      const text = q.approximation ? `${shown.replace(/[\d.,–∞]+.*$/, '')}${formatNumber(value)}` : exact ? formatNumber(value) : `${formatNumber(low)}–${formatNumber(high)}`;
      return { display: `${text}${suffix}`, low: raw.low, high: raw.high, unit };
    };
    // A span told to the second (a race time) reads as it is written: "2:11:48".
    if (unit === 'day' && q.approximation === undefined && q.value < 1 && isRaceTime(raw.text)) {
      const seconds = Math.round(q.value * 86_400);
      const two = (n: number) => String(n).padStart(2, '0');
      return { display: `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`, low: raw.low, high: raw.high, unit };
    }
    // A span under a day reads in minutes or hours; a short length in metres or millimetres; a small area in square metres.
    if (unit === 'day' && raw.category !== 'streak' && q.high < 1 && q.value > 0) return q.high * 24 < 2 ? smaller(1440, ' min') : smaller(24, ' h');
    if (unit === 'km' && q.high < 1 && q.value > 0) return q.high < 0.001 ? smaller(1e6, ' mm') : smaller(1000, ' m');
    // (a flat's floor area in square metres, not "0.0065 ha")
    if (unit === 'ha' && q.value < 1 && q.value > 0) return smaller(10_000, ' m²');
    // Whole years read in years: an age of "78 years", not "28,470 days".
    // (with its hedge: "≤ 12 years", not "≤ 4,380 days")
    if (unit === 'day' && raw.category !== 'streak' && q.value >= 365 && q.value % 365 === 0) return { display: `${q.approximation ? shown.replace(/[\d.,–∞]+.*$/, '') : ''}${formatNumber(q.value / 365)} years`, low: raw.low, high: raw.high, unit };
    const unitShown = unit === '' || unit === 'person' ? '' : unit === 'day' ? ' days' : raw.category === 'streak' ? ` ${unit}s` : ` ${q.unit}`;
    return { display: `${shown}${unitShown}`, low: raw.low, high: raw.high, unit };
  }
  if (entry.kind === 'time') {
    const t = entry.fact as TimeFact;
    const minutes = t.hour * 60 + t.minute;
    return { display: `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}${t.zone ? ` ${t.zone}` : ''}`, low: minutes, high: minutes, unit: 'minute' };
  }
  const d = entry.fact as DateFact;
  const parts = d.resolved ? d.resolved.split('-').map(Number) : [d.year, d.month, d.day];
  const [year, month, day] = parts as Array<number | undefined>;
  const text = d.endYear !== undefined ? `${year}–${d.endYear}` : [year, month !== undefined ? String(month).padStart(2, '0') : undefined, day !== undefined ? String(day).padStart(2, '0') : undefined].filter((p) => p !== undefined).join('-') || d.text;
  const number = (year ?? 0) * 10000 + (month ?? 0) * 100 + (day ?? 0);
  return { display: text, low: number, high: d.endYear !== undefined ? d.endYear * 10000 + 1231 : number, unit: 'date' };
}

/** The slot in words. */
export function slotLabel(kind: FactSheetRow['kind'], slot: MeasureSlot): string {
  const measure = slot.measure.startsWith('claim:') ? slot.measure.split(':')[1]! : slot.measure.startsWith('part-of:') ? `part of the ${Number(slot.measure.slice('part-of:'.length)).toLocaleString('en-US')}` : slot.measure.replace(/^count-of:/, 'number of ').replace(/^(\w+):(.+)$/, '$2 ($1)');
  // Figures paired by the words around them are named by those words.
  const context = slot.event?.startsWith('context:') ? ` (${slot.event.slice('context:'.length)})` : undefined;
  let label: string;
  if (kind === 'quantity') label = measure === 'count' ? 'figure' : measure;
  else if (slot.event?.startsWith('reading:')) label = `${kind} of the ${slot.event.slice('reading:'.length)} reading`;
  else if (context) label = `${kind}${context}`;
  else label = `${kind} of ${slot.event?.startsWith('group:') ? 'the claim' : (slot.event ?? 'the event').replace(/:secondary:/, ' (secondary: ').replace(/^(.*\(secondary: .*)$/, '$1)')}`;
  if (kind === 'quantity' && slot.event && slot.event !== 'main') {
    label += slot.event.startsWith('group:') ? ` in claim ${slot.event.slice(6)}` : (context ?? ` (${slot.event.replace('secondary:', '')} event)`);
  }
  if (slot.subject) label += ` · ${slot.subject.replace(/^country:/, '')}`;
  if (slot.period) label += ` · ${slot.period}`;
  return label;
}

// ------------------------------------------------------------------------------------------------
// What a claim's other sentences say
// ------------------------------------------------------------------------------------------------

/**
 * Completes slots from the claim group a sentence belongs to (`groupOf`: sentence index → group). A date
 * or time with no event word of its own takes the event its claim's other sentences name ("vers 12 h 00
 * GMT" aligned with "the plane crashed … at 2100 GMT"), when it is its sentence's only one of its kind; a
 * figure with no subject takes the one they give the same measure ("a tué 12 ouvriers" aligned with
 * "killed 12 workers in Leeds").
 */
/** The event a story's "accident", "drame", "sciagura" stands for (`eventWords`: `main event`). */
const MAIN_EVENT = 'main event';
/** Events that answer the story's own and are never it: "the accident" is not the alarm raised after it. */
const NEVER_MAIN: ReadonlySet<string> = new Set(['alert', 'mourning', 'funeral']);

/**
 * Gives the dates and times of "the accident", "le drame", "la sciagura" the story's own event: the only
 * event the story dates, or the one whose dates or times the most articles give ("the viaduct gave way at
 * 17:25" / "l'accident s'est produit à 16h25, heure de Paris"), when one leads; else they stay a row of
 * their own.
 */
export function resolveMainEvent(entries: readonly FactSheetEntry[]): void {
  for (const kind of ['time', 'date'] as const) {
    const documents = new Map<string, Set<string>>();
    for (const e of entries) {
      const event = e.slot.slot.event;
      if (e.slot.kind !== kind || !event || event === MAIN_EVENT || NEVER_MAIN.has(event) || /^(group:|reading:)|:secondary:/.test(event)) continue;
      const set = documents.get(event) ?? new Set<string>();
      set.add(e.document);
      documents.set(event, set);
    }
    const ranked = [...documents].map(([event, docs]) => [event, docs.size] as const).sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
    const [first, second] = ranked;
    // (the one event the story dates, or the one most articles date)
    if (!first || (second && (first[1] < 2 || second[1] === first[1]))) continue;
    for (const e of entries) if (e.slot.kind === kind && e.slot.slot.event === MAIN_EVENT) e.slot.slot = { ...e.slot.slot, event: first[0] };
  }
}

/** How far apart, in minutes, two times of one article may be and still be one event's. */
const STATED_REACH = 30;

export function inheritFromClaims(entries: readonly FactSheetEntry[], groupOf: ReadonlyMap<number, number>): void {
  const firstPer = (keyOf: (e: FactSheetEntry) => string | undefined, valueOf: (e: FactSheetEntry) => string) => {
    const found = new Map<string, string>();
    for (const e of entries) {
      const key = keyOf(e);
      if (key !== undefined && !found.has(key)) found.set(key, valueOf(e));
    }
    return found;
  };
  const inClaim = (e: FactSheetEntry) => e.slot.slot.event?.startsWith('group:') === true;
  // A reading's date is that reading's only: "The rain began on Sunday" does not date the river's peak.
  // (…and a pairing by context words names no event of the claim: its row is its own)
  const ofReading = (e: FactSheetEntry) => e.slot.slot.event?.startsWith('reading:') === true || e.slot.slot.event?.startsWith('context:') === true;
  const eventOf = firstPer((e) => (e.slot.kind !== 'quantity' && groupOf.has(e.slot.sentence) && !inClaim(e) && !ofReading(e) ? `${e.slot.kind}|${groupOf.get(e.slot.sentence)}` : undefined), (e) => e.slot.slot.event!);
  // (and the day that event falls on, said from the article's own: "per domani" is ahead, "mardi soir" past)
  const sideOf = (e: FactSheetEntry) => (e.slot.kind === 'date' ? Math.sign((e.slot.fact as DateFact).relative ?? 0) : 0);
  const sideOfEvent = firstPer((e) => (e.slot.kind === 'date' && groupOf.has(e.slot.sentence) && !inClaim(e) && !ofReading(e) ? `${e.slot.kind}|${groupOf.get(e.slot.sentence)}` : undefined), (e) => String(sideOf(e)));
  const subjectOf = new Map<string, FactSheetEntry>();
  for (const e of entries) {
    // (a tentative reading's subject is its own row's: "nella campagna 2027/28" names no place of the claim)
    if (e.slot.kind !== 'quantity' || e.slot.tentative || !groupOf.has(e.slot.sentence) || !e.slot.slot.subject || e.slot.slot.subject === 'part') continue;
    const key = `${e.slot.slot.measure}|${groupOf.get(e.slot.sentence)}`;
    if (!subjectOf.has(key)) subjectOf.set(key, e);
  }
  // (facts, not readings: a date read in its claim and paired by its words too is one date of its sentence)
  const timedFacts = new Map<string, Set<number>>();
  for (const e of entries) if (e.slot.kind !== 'quantity') timedFacts.set(`${e.slot.kind}|${e.slot.sentence}`, (timedFacts.get(`${e.slot.kind}|${e.slot.sentence}`) ?? new Set()).add(e.slot.fact.start));
  const timedIn = new Map([...timedFacts].map(([key, starts]) => [key, starts.size]));
  // What each article itself says an event's time or date is, by its own event word.
  const stated = new Map<string, FactSheetEntry[]>();
  for (const e of entries) {
    if (e.slot.kind !== 'time' || inClaim(e) || ofReading(e)) continue;
    const key = `${e.document}|${e.slot.slot.event}`;
    stated.set(key, [...(stated.get(key) ?? []), e]);
  }
  // Two times of one article more than half an hour apart are of two moments (in the article's own notation).
  const minutesOf = (e: FactSheetEntry) => (e.slot.fact as TimeFact).hour * 60 + (e.slot.fact as TimeFact).minute;
  const farFrom = (e: FactSheetEntry, others: readonly FactSheetEntry[]) => others.every((o) => clockApart(minutesOf(o), minutesOf(e)) > STATED_REACH);
  for (const e of entries) {
    const group = groupOf.get(e.slot.sentence);
    if (group === undefined) continue;
    if (e.slot.kind !== 'quantity') {
      if (!inClaim(e) || timedIn.get(`${e.slot.kind}|${e.slot.sentence}`) !== 1) continue;
      const event = eventOf.get(`${e.slot.kind}|${group}`);
      // An article that names the event's time itself, in other words and far from this one, gives this
      // one to something else: "avait appareillé … peu après 13h30" beside its own "s'est couché sur le
      // flanc à 14h40".
      const own = event && e.slot.kind === 'time' ? stated.get(`${e.document}|${event}`) : undefined;
      if (own && farFrom(e, own)) continue;
      // A day said as past and one said as ahead of the article are two days of two things: the minister's
      // visit "mardi soir" and the mourning "per domani" in one aligned pair of sentences.
      const side = Number(sideOfEvent.get(`${e.slot.kind}|${group}`) ?? 0);
      if (side !== 0 && sideOf(e) !== 0 && side !== sideOf(e)) continue;
      if (event) e.slot.slot.event = event;
    } else if (!e.slot.slot.subject && !inClaim(e) && !e.slot.tentative) {
      // …when the figures are near enough to be one: "148 million users" is not the 9.4 million "in Italy"
      // of the sentence it was aligned with.
      const mate = subjectOf.get(`${e.slot.slot.measure}|${group}`);
      if (mate && nearEnough(e.slot.fact as QuantityFact, mate.slot.fact as QuantityFact)) e.slot.slot.subject = mate.slot.slot.subject;
    }
  }
}

/**
 * "Verel" and "Tomas Verel" are one subject: the words of one name are all in the other's. So are one
 * place's names in two languages that differ only in their last vowels ("Lusteria", "Lusterie";
 * "Corvania", "Corvanie").
 */
export function sameSubject(a: string, b: string): boolean {
  if (a.startsWith('the ') || b.startsWith('the ')) return false;
  return nameWithin(a, b) || (!a.includes(' ') && !b.includes(' ') && exonymStem(a).length >= 5 && exonymStem(a) === exonymStem(b));
}

/** A one-word name without its last vowels: the part a place's name keeps from one language to another. */
function exonymStem(name: string): string {
  return name.replace(/[aeiouy]+$/u, '');
}

// ------------------------------------------------------------------------------------------------
// Rows
// ------------------------------------------------------------------------------------------------

function baseKey(kind: string, slot: MeasureSlot): string {
  return [kind, slot.measure, slot.event ?? 'main', slot.period ?? ''].join('|');
}

/** Which row an entry goes to, before subjects' spellings are brought together (`buildFactSheet`). */
export function rowKeyOf(entry: FactSheetEntry): string {
  return `${baseKey(entry.slot.kind, entry.slot.slot)}|${eraOf(entry.slot)}|${entry.slot.slot.subject ?? ''}`;
}

/** Dates years before the story, or planned after it, are rows of their own. */
function eraOf(slot: FactSlot): string {
  // (a date its claim or its words tie to another is that one's, a week ahead or not: "convoqué mardi 27
  // avril" in an article of the 20th, "on April 29" in one of the 22nd)
  return slot.era === 'current' || (isTied(slot) && slot.era === 'future') ? '' : (slot.era ?? '');
}

/**
 * Minutes since 1970 of an ISO publication time, for ordering: with its offset when it has one, read as
 * UTC when it has none (a local time is then off by its zone at most), never by the machine's zone.
 */
export function publishedMinutes(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (!m) return Number.MAX_SAFE_INTEGER;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) / 60000;
  const zone = m[6];
  if (!zone || zone === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the fact sheet. `published` gives each document's publication time (ISO), when known.
 * Rows with a single article are left out: nothing to compare.
 */
export function buildFactSheet(entries: readonly FactSheetEntry[], published: ReadonlyMap<string, string | undefined>, settings: ReadonlySet<string> = new Set()): SheetRow[] {
  // Slots by measure, event and period; then by subject.
  const byBase = new Map<string, FactSheetEntry[]>();
  for (const entry of entries) {
    const key = `${baseKey(entry.slot.kind, entry.slot.slot)}|${eraOf(entry.slot)}`;
    let list = byBase.get(key);
    if (!list) byBase.set(key, (list = []));
    list.push(entry);
  }
  // Measured figures an article states both of: an article that states two sums of the story, or two
  // lengths, weights or readings of one unit, in any rows ("His teammate Pellan, banned in 2024, was fined
  // 15,000 euros" beside "He was also fined 40,000 euros"; "a monitoring budget of 1.2 million euros" and
  // "an emergency grant of 4.5 million"), holds them for two facts, even where two sentences aligned as
  // one claim set one against the other. (Not counts nor shares: "three", "12" or "5 %" recur in one
  // article for many things.)
  // (by the figure: which articles state it, looked up once, for a story of a thousand articles)
  // (a sum a year is also that sum: "€1.2 million a year" and "1,2 million d'euros" state one figure; a
  // rate is kept per day, so its yearly sum is read back at the figure's own precision)
  const sumKeys = (e: FactSheetEntry): string[] => {
    const q = e.slot.fact as QuantityFact;
    const own = `${q.unit}|${q.value}`;
    const [per, span] = q.unit.split('/');
    return q.category === 'rate' && span === 'day' && /^[A-Z]{3}$/.test(per ?? '') ? [own, `${per}|${Number((q.value * 365).toPrecision(9))}`] : [own];
  };
  const statedBy = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.slot.kind !== 'quantity' || !MEASURED.has((e.slot.fact as QuantityFact).category)) continue;
    for (const key of sumKeys(e)) statedBy.set(key, (statedBy.get(key) ?? new Set()).add(e.document));
  }
  // (the articles that state each figure, read once: rows pair every figure with every other)
  const staters = new Map<FactSheetEntry, Set<string>>();
  const statersOf = (e: FactSheetEntry) => {
    let found = staters.get(e);
    if (!found) staters.set(e, (found = new Set(sumKeys(e).flatMap((key) => [...(statedBy.get(key) ?? [])]))));
    return found;
  };
  const twoSums = (x: FactSheetEntry, y: FactSheetEntry) => {
    if ([x, y].some((e) => e.slot.kind !== 'quantity' || !MEASURED.has((e.slot.fact as QuantityFact).category))) return false;
    const ofY = statersOf(y);
    return [...statersOf(x)].some((d) => ofY.has(d));
  };
  const rows: SheetRow[] = [];
  for (const key of [...byBase.keys()].sort(compareStrings)) {
    const list = byBase.get(key)!;
    // Subjects, one spelling for each: "Valence" and "Valencia" are one subject when the names match.
    const subjects: string[] = [];
    const canonical = (subject: string) => subjects.find((s) => s === subject || sameSubject(s, subject)) ?? (subjects.push(subject), subject);
    for (const e of list) if (e.slot.slot.subject) canonical(e.slot.slot.subject);
    const groups = new Map<string, FactSheetEntry[]>();
    const setting = settingSubject(list, subjects, settings, canonical);
    for (const e of list) {
      // A figure without a subject is not taken to be about the one subject another figure names:
      // "9.4 million users in Italy" is no total. Unless that subject is where the story happens.
      const subject = e.slot.slot.subject && canonical(e.slot.slot.subject) !== setting ? canonical(e.slot.slot.subject) : '';
      let g = groups.get(subject);
      if (!g) groups.set(subject, (g = []));
      g.push(e);
    }
    for (const subject of [...groups.keys()].sort(compareStrings)) {
      const row = buildRow(groups.get(subject)!, subject, published, twoSums);
      if (row) rows.push(row);
    }
  }
  // A day or a time of a claim whose counts differ too is when each count was taken ("Mercredi soir, 231 000
  // personnes avaient reçu une injection" / "A giovedì sera erano 307.000"): two tallies of a running
  // total, not one day misstated.
  const documentsOf = (row: SheetRow) => new Set(row.values.flatMap((v) => v.entries.map((e) => e.document)));
  // (the moving counts of each claim, gathered once: a story of a thousand articles has thousands of rows)
  const counts = new Map<string, SheetRow[]>();
  for (const q of rows) {
    if (q.kind !== 'quantity' || q.status === 'agreement' || !COUNTED.test(q.slot.measure) || !q.slot.event?.startsWith('group:')) continue;
    const list = counts.get(q.slot.event);
    if (list) list.push(q);
    else counts.set(q.slot.event, [q]);
  }
  const snapshot = (row: SheetRow) => {
    if (row.kind === 'quantity' || row.status !== 'disagreement' || !/^group:\d+$/.test(row.slot.event ?? '')) return false;
    const own = documentsOf(row);
    return (counts.get(row.slot.event!) ?? []).some((q) => [...documentsOf(q)].filter((d) => own.has(d)).length >= 2);
  };
  return rows.filter((row) => !snapshot(row));
}

/**
 * The subject of a measure that is where the whole story happens, when it is the measure's only subject:
 * a name most of the articles give (`settings`), whose figures are not all far below those given without
 * a subject. "3,000 evacuated in Valdora" in a story set in Valdora is the evacuation's figure; "9.4
 * million users in Italy" against 148 million in all is a part, and so is "12 dead in Kathmandu" against
 * 30 in all.
 */
function settingSubject(list: readonly FactSheetEntry[], subjects: readonly string[], settings: ReadonlySet<string>, canonical: (s: string) => string): string | undefined {
  const isSetting = (s: string) => [...settings].some((t) => t === s || sameSubject(t, s));
  // (in a tentative row, which pairs a value only with its one close value, the one subject that is a
  // setting, whatever other places are named: "610 wolves" in one region beside "1 480 loups en Lusterie")
  const tentative = list.every((e) => e.slot.tentative);
  const named = subjects.filter((s) => s !== 'part' && (!tentative || isSetting(s)));
  if (named.length !== 1 || !isSetting(named[0]!)) return undefined;
  const [subject] = named as [string];
  const ofSubject = (e: FactSheetEntry) => e.slot.slot.subject !== undefined && canonical(e.slot.slot.subject) === subject;
  // An article that gives the place's figure beside a different one without a place breaks the figure
  // down: "au moins 17 morts … À Moravel, huit personnes sont mortes".
  // (a larger figure: "1 480 loups en Lusterie" beside a plain's "480 loups" is the whole, not a part)
  const larger = (o: FactSheetEntry, e: FactSheetEntry) => o.slot.kind !== 'quantity' || Math.abs((o.slot.fact as QuantityFact).value) > Math.abs((e.slot.fact as QuantityFact).value);
  const brokenDown = list.some((e) => ofSubject(e) && list.some((o) => o.document === e.document && !o.slot.slot.subject && factsMeet(e.slot, o.slot) === false && larger(o, e)));
  if (brokenDown) return undefined;
  const valueOf = (e: FactSheetEntry) => (e.slot.kind === 'quantity' ? Math.abs((e.slot.fact as QuantityFact).value) : undefined);
  const own = list.filter((e) => e.slot.slot.subject && canonical(e.slot.slot.subject) === subject).map(valueOf);
  const rest = list.filter((e) => !e.slot.slot.subject).map(valueOf);
  if (own.some((v) => v === undefined) || rest.some((v) => v === undefined)) return subject;
  if (rest.length === 0) return subject;
  return Math.max(...(own as number[])) * 2 >= Math.min(...(rest as number[])) ? subject : undefined;
}

/**
 * Whether a figure's own words name a dimension of a length: a height, a depth, an altitude. ("600 feet
 * away" names no dimension but distance, which an unnamed length may well be.)
 */
function namesDimension(e: FactSheetEntry): boolean {
  return e.slot.named !== undefined && e.slot.named !== 'distance' && e.slot.named !== 'distance:distance';
}

/** Kinds of figure whose exact value, stated twice in one article, is one fact: sums, lengths, weights, readings. */
const MEASURED = new Set(['money', 'rate', 'distance', 'weight', 'volume', 'area', 'concentration']);

/** The most two values of one fact can be apart, as a ratio: a zero too many or too few. */
const SLIP_RATIO = 10;

function buildRow(entries: FactSheetEntry[], subject: string, published: ReadonlyMap<string, string | undefined>, twoSums: (x: FactSheetEntry, y: FactSheetEntry) => boolean = () => false): SheetRow | undefined {
  const documents = [...new Set(entries.map((e) => e.document))].sort(compareStrings);
  if (documents.length < 2) return undefined;
  // A tentative row (a count of one kind of thing, read across the story) stands only where each article
  // gives it one value ("11 vehicles" against "14 véhicules"), or values too far apart to be taken for one
  // another: "1 480 loups" in the country and "480 loups" in one plain are two counts, "1,340 kg" and
  // "1,430 kg" may be one misstated. Values far apart are then paired only where each is the other's one
  // close value (`spread`).
  // A tentative row of a kind of figure only (a weight, a speed: no noun says what it is of) pairs close
  // values only, as a spread row does: "averaging 41.6km/h" over a stage is not the "68 chilometri orari"
  // of the crash.
  const tentative = entries.every((e) => e.slot.tentative);
  let spread = tentative && !/^(count-of|part-of):/.test(entries[0]!.slot.slot.measure);
  if (tentative) {
    for (const d of documents) {
      const own = entries.filter((e) => e.document === d && !onlyMeets(e));
      for (const x of own) {
        for (const y of own) {
          if (factsMeet(x.slot, y.slot) === true) continue;
          if (closeValues(x.slot.fact as QuantityFact, y.slot.fact as QuantityFact)) return undefined;
          spread = true;
        }
      }
    }
  }
  const first = entries[0]!.slot;
  const slot: MeasureSlot = { measure: first.slot.measure, event: first.slot.event };
  if (subject) slot.subject = subject;
  if (first.slot.period) slot.period = first.slot.period;
  else if (first.era === 'past' || first.era === 'future') slot.period = first.era === 'past' ? 'earlier' : 'later';
  if (slot.event === 'main') delete slot.event;

  // Values: facts that meet, gathered greedily in order of value.
  const displayOf = new Map(entries.map((e) => [e, display(e.slot)]));
  const shown = entries.map((e) => ({ e, ...displayOf.get(e)! }));
  shown.sort((a, b) => a.low - b.low || a.high - b.high || compareStrings(a.e.sentence.id, b.e.sentence.id) || a.e.slot.fact.start - b.e.slot.fact.start);
  const values: SheetRow['values'] = [];
  for (const item of shown) {
    // A value holds facts that all meet one another: "a decade" meets both "more than a decade" and
    // "nearly a decade", which do not meet each other and so are two values.
    // …and whose numbers are close: "at least 12" meets "27", but a reader must see the 27.
    const close = (e: FactSheetEntry) => item.e.slot.kind !== 'quantity' || closeValues(e.slot.fact as QuantityFact, item.e.slot.fact as QuantityFact);
    const home = values.find((v) => v.entries.every((e) => factsMeet(e.slot, item.e.slot) === true && close(e)));
    if (home) home.entries.push(item.e);
    else values.push({ entries: [item.e], display: item.display, low: item.low, high: item.high, unit: item.unit });
  }

  // Two articles disagree when one states a value that the other contradicts and never states: "more
  // than a decade" against "nearly a decade", even if the first also says "a decade" elsewhere.
  const ofDocument = new Map(documents.map((d) => [d, entries.filter((e) => e.document === d)]));
  // Within a claim, a kind of figure with no name of its own (a share, a span) is paired only where, once
  // the values both articles state are set aside, each has one value left: "20% hold 80%" against "20%
  // hold 90%" pairs 80 with 90; "38.4%, ahead of 29%" against "52%" could pair either and is left alone.
  // A measure an article gives several values of, far apart, at one time, names a kind of figure, not
  // one fact ("defence spending rises to €9.6bn … the health budget to €31.2bn … total spending of
  // €214.6bn"): it is paired like a kind of figure within a claim. Counts that grow or move with the story
  // are left out: an article may give the toll of the morning and of the evening.
  const moving = CUMULATIVE.has(slot.measure) || VOLATILE.has(slot.measure) || /^(count-of:|claim:)/.test(slot.measure);
  const manyValued =
    first.kind === 'quantity' &&
    !moving &&
    documents.some((d) => {
      const own = entries.filter((e) => e.document === d);
      return own.some((x) => own.some((y) => factsMeet(x.slot, y.slot) === false && !nearEnough(x.slot.fact as QuantityFact, y.slot.fact as QuantityFact)));
    });
  const withinClaim = first.slot.event?.startsWith('group:') === true || manyValued;
  /** An article's facts the other article does not state. */
  // (a value given as an earlier one, or as a part, is no claim of its own to pair: it only meets)
  const unmatched = (a: FactSheetEntry[], b: FactSheetEntry[]) => a.filter((x) => !onlyMeets(x) && !b.some((y) => factsMeet(x.slot, y.slot) === true));
  const leftOver = (a: FactSheetEntry[], b: FactSheetEntry[]) => {
    const left = unmatched(a, b);
    return values.filter((v) => v.entries.some((e) => left.includes(e)));
  };
  const conflicts: SheetRow['conflicts'] = [];
  // (each value's entries, read once; an article states both values when two of its own entries, one of
  // each, do not meet: "plus d'une décennie" beside "une décennie", which meets it, is one span)
  const valueOf = new Map(values.flatMap((v) => v.entries.map((e) => [e, v.entries] as const)));
  const statesBoth = (x: FactSheetEntry, y: FactSheetEntry) => valueOf.get(x)!.some((o) => valueOf.get(y)!.some((p) => p.document === o.document && factsMeet(o.slot, p.slot) === false));
  // Read one against the other, the two sentences of a claim pair their figures only where they give as
  // many.
  const byClaim = first.slot.measure.startsWith('claim:');
  const contradict = (a: FactSheetEntry[], b: FactSheetEntry[]) => {
    // A claim's sentence of several stretches (";", brackets, dashes) that shares a value with the other
    // only in one of them is read by that stretch: "14,2 % des patients traités, contre 4,1 % sous placebo ;
    // les effets graves, 3,1 % contre 2,9 %" against "12.4% of patients on the drug against 4.1% on placebo".
    if (byClaim) [a, b] = [stretchesShared(a, b), stretchesShared(b, a)];
    // Story-wide, where more values are left over on a side, a value may still be set against the one
    // left over on the other side that is close to it (within 15 %), each the other's only close one: "18 900 salariés"
    // against "18,400 employees", not the 300 strikers beside them.
    let only: ((x: FactSheetEntry, y: FactSheetEntry) => boolean) | undefined;
    if (spread) {
      const stated = (side: FactSheetEntry[]) => side.filter((e) => !onlyMeets(e));
      const closeIn = (x: FactSheetEntry, side: FactSheetEntry[]) => stated(side).filter((y) => closeValues(x.slot.fact as QuantityFact, y.slot.fact as QuantityFact));
      only = (x, y) => closeIn(x, b).length === 1 && closeIn(y, a).length === 1 && closeIn(x, b)[0] === y;
    } else if (withinClaim && (leftOver(a, b).length !== 1 || leftOver(b, a).length !== 1)) {
      if (!manyValued || first.slot.event?.startsWith('group:')) return false;
      const [la, lb] = [unmatched(a, b), unmatched(b, a)];
      const near = (x: FactSheetEntry, y: FactSheetEntry) => closeValues(x.slot.fact as QuantityFact, y.slot.fact as QuantityFact);
      const valueOf = (e: FactSheetEntry) => (e.slot.fact as QuantityFact).value;
      const nearOf = (x: FactSheetEntry, side: FactSheetEntry[]) => new Set(side.filter((y) => near(x, y)).map(valueOf));
      only = (x, y) => near(x, y) && nearOf(x, lb).size === 1 && nearOf(y, la).size === 1;
    }
    // (a part the sentence gives beside its whole is no figure of its own to count)
    if (byClaim && a.filter((e) => !e.slot.part).length !== b.filter((e) => !e.slot.part).length) return false;
    // Two articles that give one date or time of an event alike agree on it: another day one of them also
    // gives, where the other gives none it lacks, is another event's ("riprenderanno domani" of the search,
    // beside "chiusa fino al 17 febbraio"). (Each with a day the other lacks, "the 70s and 80s" against "the
    // 1970s and 1990s", they do disagree.)
    if (first.kind !== 'quantity' && a.some((x) => b.some((y) => factsMeet(x.slot, y.slot) === true)) && b.every((y) => a.some((x) => factsMeet(x.slot, y.slot) === true))) return false;
    let found = false;
    // Paired by what is left over, a value is set against the other article's value left over only.
    const theirs = withinClaim ? unmatched(b, a) : b;
    for (const x of a) {
      if (b.some((y) => factsMeet(x.slot, y.slot) === true)) continue;
      for (const y of theirs) {
        if (factsMeet(x.slot, y.slot) !== false) continue;
        if (only && !only(x, y)) continue;
        // Two figures whose words both name their measure are the slot rows' to judge, with publication
        // times and all; the claim reads only where one side names nothing.
        if (byClaim && x.slot.named && y.slot.named) continue;
        // A length in a claim is of one dimension: a height, a depth or a span's length said by its word
        // in one sentence and by none in the other may be two ("38 metres" high, "circa 110 metri" long).
        if (byClaim && x.slot.kind === 'quantity' && unitOf(x.slot.fact as QuantityFact) === 'km' && namesDimension(x) !== namesDimension(y)) continue;
        // Spans of time story-wide are of one thing only when near each other: "almost five hours" of a
        // rescue and "three days" underground are two spans, "nearly a decade" and "more than a decade" one.
        if (!byClaim && first.slot.measure.startsWith('duration') && !nearEnough(x.slot.fact as QuantityFact, y.slot.fact as QuantityFact)) continue;
        // "up from 121 million a year earlier" may be the other sentence's figure, but is no claim of today's.
        if (onlyMeets(x) || onlyMeets(y)) continue;
        // …nor a value the article gives itself as a part or an earlier one ("including 145,000 in the capital").
        if (a.some((o) => onlyMeets(o) && factsMeet(o.slot, y.slot) === true)) continue;
        // An article that states both values story-wide holds them for two facts: "une amende de 40 000
        // euros" for one rider and "de 15 000 euros" for his teammate are not one fine misstated. (Not a
        // count that moves with the story: an article may give the morning's toll and the evening's. Two
        // sums, lengths or weights, though, in any row, claim rows too: `twoSums`.)
        if ((!byClaim && !moving && !first.slot.event?.startsWith('group:') && statesBoth(x, y)) || twoSums(x, y)) continue;
        // A figure misstated is off by a digit or a slip, not by more than ten times: "deux sauveteurs …
        // blessés" of a second crash and "33 injured" in the coach, "trois passagers" still missing and "51
        // passengers" aboard, are two facts in one slot.
        if (x.slot.kind === 'quantity' && y.slot.kind === 'quantity' && timesApart(x.slot.fact as QuantityFact, y.slot.fact as QuantityFact) > SLIP_RATIO) continue;
        // Readings at two clock times are of two moments: "6.2 metres at 0600 GMT" and still rising, "7.4
        // metres at 11am".
        if (atOtherMoments(x.slot, y.slot)) continue;
        conflicts.push({ stated: x, against: y });
        found = true;
      }
    }
    return found;
  };
  const disagreeing: Array<[string, string]> = [];
  for (let i = 0; i < documents.length; i += 1) {
    for (let j = i + 1; j < documents.length; j += 1) {
      const [a, b] = [ofDocument.get(documents[i]!)!, ofDocument.get(documents[j]!)!];
      const one = contradict(a, b);
      const other = contradict(b, a);
      if (one || other) disagreeing.push([documents[i]!, documents[j]!]);
    }
  }
  const timeline: SheetRow['timeline'] = [];
  for (const d of documents) {
    const when = published.get(d);
    if (!when) continue;
    // The article's own figure (its largest, for a toll), not its value's: "27 morti" joins "at least 12"
    // as a value that meets it, but the article said 27.
    const stated = ofDocument.get(d)!.filter((e) => !onlyMeets(e));
    const own = (stated.length ? stated : ofDocument.get(d)!).map((e) => displayOf.get(e)!);
    timeline.push({ document: d, published: when, value: Math.max(...own.map((v) => (v.high === Infinity ? v.low : (v.low + v.high) / 2))) });
  }
  timeline.sort((a, b) => publishedMinutes(a.published) - publishedMinutes(b.published) || compareStrings(a.document, b.document));

  // (a spread row no pair contradicts says nothing: its values are of several things)
  if (spread && disagreeing.length === 0) return undefined;
  let status: FactSheetRow['status'] = disagreeing.length === 0 ? 'agreement' : 'disagreement';
  let trend: SheetRow['trend'] = 'rises';
  // Counts of people or things within a claim rise as a story unfolds too ("14 schools closed", then "19").
  // (and a part of a numbered whole: "three of the nine jewels" recovered, then "four of the nine pieces")
  const counted = COUNTED.test(slot.measure);
  const base = slot.measure.split(':')[0]!;
  // A count for a period ("1.4 million visitors a year", "212 deaths in 2017") does not grow as a story
  // unfolds: two values of it are a contradiction.
  // Figures paired by their words are one fact at one time in the articles' own words ("les 47 000
  // habitants de Dremsk et de Lutovo" privés d'eau / "42,000 residents of Dremsk and Lutovo have had no
  // tap water"), not a toll: two values are a contradiction, whenever each was published.
  // Two exceptions: a count of people (no residents among them), for how many are evacuated, sheltered
  // or affected grows like a toll ("4,800 people" in the morning, "7.500 persone" at night); and a figure a
  // word says is where something growing had got to ("had advanced 4.5 km", "ormai lunga 7 chilometri").
  // (so is a claim's figure a word says had got there: "sono già finite in mare circa 1.200 tonnellate", "la
  // quantité de pétrole déjà répandue")
  const growing = /^(context|group):/.test(slot.event ?? '') && entries.some((e) => e.slot.growing);
  const oneMoment = slot.event?.startsWith('context:') === true && slot.measure !== 'people' && !growing;
  if (status === 'disagreement' && !oneMoment && first.kind === 'quantity' && !slot.period && (growing || CUMULATIVE.has(slot.measure) || (base === 'area' && slot.measure !== 'area:crops') || VOLATILE.has(slot.measure) || slot.measure === 'seriously injured' || counted)) {
    // A count that only rises with publication time, every disagreeing article dated, is an update; two
    // values at one time, or a fall, is a contradiction. Every dated article of the row counts: a later
    // article still giving the lower figure ("34 injured" after "43") makes the higher one a contradiction.
    const involved = new Set(disagreeing.flat());
    const either = VOLATILE.has(slot.measure);
    const byMax = timeline.every((t, k) => k === 0 || ((either || t.value >= timeline[k - 1]!.value) && (publishedMinutes(t.published) !== publishedMinutes(timeline[k - 1]!.published) || t.value === timeline[k - 1]!.value)));
    // An article may give another figure beside its toll (a past disaster's, told without its year): the
    // toll still rises when one value of each article, in publication order, does.
    const valuesOf = (d: string) => [...new Set(ofDocument.get(d)!.filter((e) => !onlyMeets(e)).map((e) => displayOf.get(e)!).map((v) => (v.high === Infinity ? v.low : (v.low + v.high) / 2)))].sort((x, y) => x - y);
    let last: { value: number; at: number } | undefined;
    const byChoice = timeline.every((t) => {
      const at = publishedMinutes(t.published);
      const pick = valuesOf(t.document).find((v) => !last || (at === last.at ? v === last.value : either || v >= last.value));
      if (pick === undefined) return false;
      last = { value: pick, at };
      return true;
    });
    const rising = byMax || byChoice;
    if ([...involved].every((d) => published.get(d)) && rising) status = 'update';
    if (status === 'update' && either) {
      const steps = timeline.slice(1).map((t, k) => t.value - timeline[k]!.value);
      trend = steps.every((d) => d >= 0) ? 'rises' : steps.every((d) => d <= 0) ? 'falls' : 'changes';
    } else if (status === 'update' && !TOLLS.has(slot.measure) && !entries.some((e) => e.slot.growing)) trend = 'higher';
  }
  const gap = Math.max(0, ...disagreeing.map(([a, b]) => {
    const va = ofDocument.get(a)!.map((e) => displayOf.get(e)!);
    const vb = ofDocument.get(b)!.map((e) => displayOf.get(e)!);
    return Math.min(...va.flatMap((x) => vb.map((y) => Math.abs(x.low - y.low) / Math.max(Math.abs(x.low), Math.abs(y.low), 1e-9))));
  }));
  return { kind: first.kind, slot, label: countedLabel(slotLabel(first.kind, slot), slot.measure, entries), status, values, timeline, gap, conflicts, ...(status === 'update' ? { trend } : {}) };
}

/**
 * A count of things named by the noun an English article writes after the number ("number of
 * ambulances"), not by the stem the slot is keyed on ("number of ambul"); the stem where no English
 * article counts them.
 */
function countedLabel(label: string, measure: string, entries: readonly FactSheetEntry[]): string {
  if (!measure.startsWith('count-of:')) return label;
  const stem = measure.slice('count-of:'.length);
  for (const e of [...entries].sort((a, b) => compareStrings(a.sentence.id, b.sentence.id) || a.slot.fact.start - b.slot.fact.start)) {
    if (e.sentence.language !== 'en') continue;
    const noun = e.source.slice(e.slot.fact.end, e.slot.fact.end + 40).match(/^\s+(\p{L}+)/u)?.[1];
    if (noun && fold(noun).startsWith(stem.slice(0, Math.max(3, stem.length - 1)))) return label.replace(`number of ${stem}`, `number of ${noun.toLowerCase()}`);
  }
  return label;
}

/** Evidence for an entry: the fact's exact words. */
export function entryEvidence(entry: FactSheetEntry): Evidence {
  const fact = entry.slot.fact;
  return { sentence: entry.sentence.id, text: entry.source.slice(fact.start, fact.end), start: fact.start, end: fact.end };
}

/** The stretch of its sentence a fact sits in: how many breaks (";", brackets, dashes) come before it. */
function stretchOf(entry: FactSheetEntry): number {
  return stretchAt(entry.sentence.text, entry.slot.fact.start - entry.sentence.start);
}

/** A side's facts in the stretches of its sentence that hold a value the other side states; all where none does. */
function stretchesShared(side: FactSheetEntry[], other: readonly FactSheetEntry[]): FactSheetEntry[] {
  const shared = new Set(side.filter((x) => other.some((y) => factsMeet(x.slot, y.slot) === true)).map(stretchOf));
  return shared.size === 0 ? side : side.filter((x) => shared.has(stretchOf(x)));
}

/** A value given as an earlier one or as a part: it may meet another article's, never contradict it. */
function onlyMeets(entry: FactSheetEntry): boolean {
  return entry.slot.earlier === true || entry.slot.part === true;
}

/**
 * A toll told of one group ("injuring two firefighters", `FactSlot.counted`) is that group's, not the
 * toll, where an article gives it beside a larger toll of the same kind told of no group ("the two are not
 * counted among the 22 injured"): the figures of that group, in every article, take it as their subject.
 */
export function subjectsOfGroups(entries: readonly FactSheetEntry[]): void {
  const key = (e: FactSheetEntry) => `${e.slot.slot.measure}|${e.slot.counted}`;
  const byDocument = new Map<string, FactSheetEntry[]>();
  for (const e of entries) {
    if (e.slot.kind !== 'quantity') continue;
    const list = byDocument.get(e.document);
    if (list) list.push(e);
    else byDocument.set(e.document, [e]);
  }
  const parts = new Set<string>();
  for (const e of entries) {
    if (!e.slot.counted || e.slot.slot.subject || e.slot.kind !== 'quantity') continue;
    const value = (e.slot.fact as QuantityFact).value;
    const whole = (byDocument.get(e.document) ?? []).some((o) => o !== e && !o.slot.counted && !o.slot.slot.subject && o.slot.slot.measure === e.slot.slot.measure && (o.slot.fact as QuantityFact).value > value && factsMeet(o.slot, e.slot) === false);
    if (whole) parts.add(key(e));
  }
  for (const e of entries) if (e.slot.counted && !e.slot.slot.subject && parts.has(key(e))) e.slot.slot = { ...e.slot.slot, subject: e.slot.counted };
}
