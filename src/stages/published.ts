/**
 * When an article was published (and last updated), read from its own text: plain-text and Markdown
 * articles carry no metadata, so the time is taken from the lines a page prints around the headline
 * ("Published 14 March 2026, 08:10", "Mis à jour le 14/03/2026 à 11:45", "(Mercoledì 3 maggio 2023)",
 * "ROME, May 3, 2023 (Reuters) -"), from a "Last updated" line at the foot, or from Markdown front matter.
 *
 * Only the head and the foot are read: a date in the body is what the story is about, not when it was
 * written. Cue words, month names, weekdays and the order of numeric dates come from the language pack.
 */
import type { DocumentNode, Span } from '../types.js';
import type { LanguagePack } from '../lang/types.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { alternation, perPack } from '../lang/patterns.js';
import { findDates, findTimes, type TimeFact } from '../facts/dates.js';
import type { Layout } from './layout.js';

export interface PublicationTime extends Span {
  /**
   * The time the article's figures are as of, ISO 8601: the update time when one is stated, else the
   * publication time. `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` (local time, zone unknown) or with an offset when
   * a zone is stated (`2023-05-03T14:05+02:00`, `…Z`); an ISO value read as written keeps its seconds.
   */
  published: string;
  /** The update time, when the article states one ("Updated", "Mis à jour", "Aggiornato"). */
  updated?: string;
  /** The original publication time, when an update time is stated as well. */
  firstPublished?: string;
  /** Where `published` was read: source text of the stamp (cue included), its offsets are `start`/`end`. */
  text: string;
  /** What kind of line gave `published`. */
  from: 'update-cue' | 'publication-cue' | 'front-matter' | 'head-date' | 'dateline';
  /** A wire dateline at the head ("CORVALA, Ombrevia, Aug 11 (Wire) -"), also when another line gave `published`. */
  dateline?: Span;
}

/** A date and time read from the text, before it is written as ISO 8601. */
interface Stamp extends Span {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Zone as the time extractor names it (`GMT`, `ET`, `Europe/Paris`, `local`…). */
  zone?: string;
  /** Extra offset written after GMT/UTC ("GMT+1"), in minutes. */
  zoneShift?: number;
  /** An ISO value read as written (numeric ISO in the text, front matter): used as is. */
  iso?: string;
}

/** How many lines from the top and the bottom are read for cue lines. */
const HEAD_LINE_LIMIT = 20;
const FOOT_LINE_LIMIT = 8;
/** A cue line is short: "Published 14 March 2026, 08:10 | By …", not a paragraph. */
const CUE_LINE_MAX = 200;
/** A line of this many words or more is article text (standfirst, lede), not furniture. */
const LONG_LINE_WORDS = 8;

/** Fixed offsets of zone abbreviations, in minutes east of UTC. */
const ZONE_OFFSETS: Record<string, number> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, WET: 0, BST: 60, CET: 60, WEST: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
/** Zone abbreviations that follow daylight saving time: the offset depends on the date. */
const ZONE_REGIONS: Record<string, string> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
};
/** Month abbreviations of RFC 2822 and HTTP dates ("Tue, 14 Mar 2026 08:10:00 GMT"): part of the format. */
const RFC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Front-matter keys of static-site generators (Hugo, Jekyll, Eleventy…): part of the format. */
const FRONT_MATTER_PUBLISHED = new Set(['date', 'published', 'pubdate', 'publishdate', 'publish_date', 'published_at', 'publishedat', 'date_published', 'datepublished', 'created', 'created_at']);
const FRONT_MATTER_UPDATED = new Set(['updated', 'lastmod', 'last_modified', 'lastmodified', 'modified', 'updated_at', 'updatedat', 'date_modified', 'datemodified']);

const ISO_DATE_TIME = /(?<![\p{N}])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:\s?(Z|[+-]\d{2}(?::?\d{2})?))?)?(?![\p{N}])/gu;
const NUMERIC_DATE = /(?<![\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[/.-]\d)/gu;
const COPYRIGHT_LINE = /^\W*(?:©|\(c\)|copyright\b)/iu;
const YEAR = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand before a cue on its line: nothing, markup, or a separator ("By X | Updated …"). */
const CUE_PREFIX_END = /(?:^|[|·•,;:–—\-/()[\]])[\s*_]*$/u;
/** A place name and a comma before a dateline's date: "ROME,", "Rio de Janeiro,", "CORVALA, Ombrevia,". */
const DATELINE_PLACE = /^[\s*_>(]*(?:\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\s*,\s*){1,2}/u;
/** What follows a dateline's date: an agency in parentheses and a dash, or nothing. */
const DATELINE_END = /^\s*(?:\([^()]{1,40}\))?\s*(?:[-–—]|$)/u;

interface Patterns {
  cue: RegExp;
  updateCues: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
}

const patternsFor = perPack((pack): Patterns => {
  const cues = [...pack.publicationCues, ...pack.updateCues];
  const fillers = new Set<string>();
  const addWords = (phrases: readonly string[]) => {
    for (const phrase of phrases) for (const word of phrase.toLowerCase().match(WORD) ?? []) fillers.add(word);
  };
  // Words that may stand between a cue, a date and a time: "Publié le mercredi 14 mars à 11h45",
  // "Aggiornato alle 16:20 del 14 marzo", "Published on Tue 14 March at 08:10".
  addWords(pack.determiners);
  addWords(pack.prepositions);
  addWords(pack.timePrepositions);
  addWords(pack.monthYearLinkers);
  addWords(pack.weekdays);
  for (const day of pack.weekdays) fillers.add(day.slice(0, 3));
  return {
    cue: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cues, '\\s+')})(?![\\p{L}\\p{N}])`, 'giu'),
    updateCues: new Set(pack.updateCues.map((c) => c.toLowerCase().replace(/’/g, "'"))),
    fillers,
  };
});

function daysInMonth(year: number | undefined, month: number): number {
  // Without a year, 29 February is allowed.
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

function validDate(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "+0100", "+01", "+01:00", "Z" → minutes east of UTC. */
function parseOffset(text: string): number | undefined {
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Offset of an IANA zone at a wall-clock time there, in minutes east of UTC. */
function regionOffset(zone: string, year: number, month: number, day: number, hour: number, minute: number): number | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  } catch {
    return undefined;
  }
  const offsetAt = (instant: number) => {
    const name = format.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    return name === 'GMT' ? 0 : parseOffset(name.replace(/^GMT/, ''));
  };
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetAt(wall);
  if (first === undefined) return undefined;
  // The offset at the wall time read as UTC can be on the other side of a change: read it again there.
  return offsetAt(wall - first * 60_000) ?? first;
}

function zoneOffset(stamp: Stamp, year: number, month: number, day: number): number | undefined {
  const zone = stamp.zone;
  if (!zone || zone === 'local') return undefined;
  const shift = stamp.zoneShift ?? 0;
  const code = zone.toUpperCase();
  if (Object.hasOwn(ZONE_OFFSETS, code)) return ZONE_OFFSETS[code]! + shift;
  const region = Object.hasOwn(ZONE_REGIONS, code) ? ZONE_REGIONS[code]! : zone.includes('/') ? zone : undefined;
  return region ? regionOffset(region, year, month, day, stamp.hour ?? 0, stamp.minute ?? 0) : undefined;
}

/** The stamp as ISO 8601, or undefined while its date is incomplete. */
function formatStamp(stamp: Stamp): string | undefined {
  if (stamp.iso) return stamp.iso;
  const { year, month, day } = stamp;
  if (year === undefined || month === undefined || day === undefined || !validDate(year, month, day)) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (stamp.hour === undefined) return date;
  const offset = zoneOffset(stamp, year, month, day);
  return `${date}T${pad(stamp.hour)}:${pad(stamp.minute ?? 0)}${offset === undefined ? '' : formatOffset(offset)}`;
}

/** A numeric date "14/03/2026" in the orders the language writes; undefined when the orders disagree. */
function numericDate(first: number, second: number, year: number, pack: LanguagePack): { month: number; day: number } | undefined {
  const readings = new Map<string, { month: number; day: number }>();
  for (const order of pack.numericDateOrders) {
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    if (validDate(year, month, day)) readings.set(`${month}-${day}`, { month, day });
  }
  return readings.size === 1 ? [...readings.values()][0] : undefined;
}

function isoFromMatch(m: RegExpMatchArray): string | undefined {
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  const offset = zone === undefined ? undefined : parseOffset(zone);
  if (zone !== undefined && offset === undefined) return undefined;
  // The fraction of a second is kept as written; the offset is written with a colon.
  const time = m[0].slice(11).replace(/\s?(Z|[+-]\d{2}(?::?\d{2})?)$/, '');
  // "Z" stays "Z"; "+00:00" stays "+00:00".
  const written = offset === undefined ? '' : zone === 'Z' ? 'Z' : offset === 0 ? '+00:00' : formatOffset(offset);
  return `${date}T${time}${written}`;
}

type Element =
  | { kind: 'date'; start: number; end: number; usable: boolean; ambiguous?: boolean; year?: number; month?: number; day?: number; iso?: string }
  | { kind: 'time'; start: number; end: number; fact: TimeFact; zoneShift?: number };

/** Dates and times of a piece of text, in order, offsets relative to the text. */
function elementsOf(text: string, pack: LanguagePack): Element[] {
  const elements: Element[] = [];
  const overlaps = (a: number, b: number) => elements.some((e) => a < e.end && b > e.start);
  for (const m of text.matchAll(ISO_DATE_TIME)) {
    const iso = isoFromMatch(m);
    const a = m.index;
    const b = a + m[0].length;
    elements.push({ kind: 'date', start: a, end: b, usable: iso !== undefined, ...(iso ? { iso } : {}) });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = m.index;
    const b = a + m[0].length;
    if (overlaps(a, b)) continue;
    const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const reading = numericDate(Number(m[1]), Number(m[3]), year, pack);
    elements.push({ kind: 'date', start: a, end: b, usable: reading !== undefined, ambiguous: reading === undefined, year, ...reading });
  }
  for (const fact of findDates(text, 0, pack)) {
    if (overlaps(fact.start, fact.end)) continue;
    // A date that names a day: "14 March 2026", "May 3". A year, a month or a relative date is no stamp.
    const usable = fact.day !== undefined && fact.month !== undefined && fact.endYear === undefined && validDate(fact.year, fact.month, fact.day);
    elements.push({ kind: 'date', start: fact.start, end: fact.end, usable, year: fact.year, month: fact.month, day: fact.day });
  }
  for (const fact of findTimes(text, 0, pack)) {
    if (overlaps(fact.start, fact.end)) continue;
    let end = fact.end;
    let zoneShift: number | undefined;
    // "GMT+1", "UTC+02:00": the time extractor stops at the zone name.
    if (fact.zone === 'GMT' || fact.zone === 'UTC') {
      const shift = /^([+-])(\d{1,2})(?::?(\d{2}))?(?![\p{N}])/u.exec(text.slice(end));
      if (shift && Number(shift[2]) <= 14) {
        zoneShift = (shift[1] === '-' ? -1 : 1) * (Number(shift[2]) * 60 + Number(shift[3] ?? 0));
        end += shift[0].length;
      }
    }
    elements.push({ kind: 'time', start: fact.start, end, fact, ...(zoneShift !== undefined ? { zoneShift } : {}) });
  }
  return elements.sort((a, b) => a.start - b.start);
}

/** Whether a stretch of text holds only punctuation and words that may stand around a date. */
function isFiller(text: string, pack: LanguagePack): boolean {
  const { fillers } = patternsFor(pack);
  for (const word of text.toLowerCase().match(WORD) ?? []) if (!fillers.has(word)) return false;
  return true;
}

/**
 * Reads a date and a time, in either order, at the start of `text` (after filler words only). With
 * `whole`, the text must hold nothing else. Offsets of the stamp are `offset` + positions in `text`.
 */
function readStamp(text: string, offset: number, pack: LanguagePack, whole: boolean): Stamp | undefined {
  let cursor = 0;
  let first: number | undefined;
  let date: Extract<Element, { kind: 'date' }> | undefined;
  let time: Extract<Element, { kind: 'time' }> | undefined;
  for (const element of elementsOf(text, pack)) {
    if (!isFiller(text.slice(cursor, element.start), pack)) break;
    if (element.kind === 'date') {
      if (date || !element.usable) break;
      date = element;
    } else {
      if (time || date?.iso?.includes('T')) break;
      time = element;
    }
    first ??= element.start;
    cursor = element.end;
  }
  if (first === undefined || (whole && !isFiller(text.slice(cursor), pack))) return undefined;
  const stamp: Stamp = { start: offset + first, end: offset + cursor };
  if (date?.iso) {
    // A date-only ISO value followed by a clock time: "2026-03-14 08:10".
    if (!time || date.iso.includes('T')) return { ...stamp, iso: date.iso };
    const [year, month, day] = date.iso.split('-').map(Number);
    Object.assign(stamp, { year, month, day });
  } else if (date) {
    Object.assign(stamp, { year: date.year, month: date.month, day: date.day });
  }
  if (time) {
    stamp.hour = time.fact.hour;
    stamp.minute = time.fact.minute;
    if (time.fact.zone) stamp.zone = time.fact.zone;
    if (time.zoneShift !== undefined) stamp.zoneShift = time.zoneShift;
  }
  return stamp;
}

/**
 * Normalises a publication time from HTML metadata or front matter to ISO 8601: ISO values stay as
 * written (a space before the time becomes `T`, an offset gets its colon), RFC 2822 and HTTP dates
 * ("Tue, 14 Mar 2026 08:10:00 GMT") become ISO, and a written date ("14 mars 2026 à 11h45") is read
 * with `pack`, or with every pack when none is given and all that read it agree. Undefined when the
 * value is no date.
 */
export function normalisePublished(value: string, pack?: LanguagePack): string | undefined {
  const text = value.trim();
  if (text === '' || text.length > 100) return undefined;
  const iso = [...text.matchAll(ISO_DATE_TIME)][0];
  if (iso && iso[0].length === text.length) return isoFromMatch(iso);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, s, zone] = compact;
    const spelled = `${y}-${mo}-${d}${h ? `T${h}:${mi}${s ? `:${s}` : ''}${zone ?? ''}` : ''}`;
    const m = [...spelled.matchAll(ISO_DATE_TIME)][0];
    return m ? isoFromMatch(m) : undefined;
  }
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})[\s-]+([a-z]{3})[\s-]+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,4}|[+-]\d{4})?$/i.exec(text);
  if (rfc) {
    const [, d, mon, y, h, mi, s, zone] = rfc;
    const month = RFC_MONTHS.indexOf(mon!.toLowerCase()) + 1;
    const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
    if (month === 0 || !validDate(year, month, Number(d)) || Number(h) > 23 || Number(mi) > 59) return undefined;
    let offset: number | undefined;
    if (zone !== undefined) {
      offset = /^[+-]/.test(zone) ? parseOffset(zone) : ZONE_OFFSETS[zone.toUpperCase()];
      if (offset === undefined) return undefined;
    }
    return `${pad(year, 4)}-${pad(month)}-${pad(Number(d))}T${pad(Number(h))}:${mi}:${s ?? '00'}${offset === undefined ? '' : formatOffset(offset)}`;
  }
  const packs = pack ? [pack] : Object.values(LANGUAGE_PACKS);
  const readings = new Set<string>();
  for (const candidate of packs) {
    const stamp = readStamp(text, 0, candidate, true);
    const written = stamp && stamp.year !== undefined ? formatStamp(stamp) : undefined;
    if (written) readings.add(written);
    // A pack that cannot tell "03/05/2026" from "05/03/2026" makes the value unreadable.
    else if (!pack && elementsOf(text, candidate).some((e) => e.kind === 'date' && e.ambiguous)) return undefined;
  }
  return readings.size === 1 ? [...readings][0] : undefined;
}

interface Line extends Span {
  /** The line without surrounding white space; only its first `LINE_TEXT_MAX` characters. */
  text: string;
  words: number;
}

/** How much of one line is read: a date line, a cue line or a dateline's opening fits well within. */
const LINE_TEXT_MAX = 1000;

function lineBetween(source: string, from: number, to: number): Line | undefined {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(source[start]!)) start += 1;
  while (end > start && /\s/u.test(source[end - 1]!)) end -= 1;
  if (start === end) return undefined;
  const text = source.slice(start, Math.min(end, start + LINE_TEXT_MAX));
  return { start, end, text, words: (text.match(/\p{L}+/gu) ?? []).length };
}

/** The first `limit` non-blank lines from `from`. */
function headLines(source: string, from: number, limit: number): Line[] {
  const lines: Line[] = [];
  for (let pos = from; pos < source.length && lines.length < limit; ) {
    let end = source.indexOf('\n', pos);
    if (end === -1) end = source.length;
    const line = lineBetween(source, pos, end);
    if (line) lines.push(line);
    pos = end + 1;
  }
  return lines;
}

/** The last `limit` non-blank lines that start at or after `after`, in order. */
function footLines(source: string, after: number, limit: number): Line[] {
  const lines: Line[] = [];
  for (let end = source.length; end > after && lines.length < limit; ) {
    const start = Math.max(after, source.lastIndexOf('\n', end - 1) + 1);
    const line = lineBetween(source, start, end);
    if (line) lines.unshift(line);
    end = start - 1;
  }
  return lines;
}

/** The end of Markdown front matter ("---" … "---" at the very top), and its stamps. */
function readFrontMatter(source: string, pack: LanguagePack): { end: number; published?: Stamp; updated?: Stamp } {
  const open = /^\ufeff?---[ \t]*\r?\n/.exec(source);
  if (!open) return { end: 0 };
  const close = /^---[ \t]*$/m.exec(source.slice(open[0].length));
  if (!close) return { end: 0 };
  const bodyStart = open[0].length;
  const end = bodyStart + close.index + close[0].length;
  const result: { end: number; published?: Stamp; updated?: Stamp } = { end };
  for (const m of source.slice(bodyStart, bodyStart + close.index).matchAll(/^([A-Za-z_]+)[ \t]*:[ \t]*(['"]?)(.+?)\2[ \t]*\r?$/gm)) {
    const key = m[1]!.toLowerCase();
    const target = FRONT_MATTER_PUBLISHED.has(key) ? 'published' : FRONT_MATTER_UPDATED.has(key) ? 'updated' : undefined;
    if (!target || result[target]) continue;
    const iso = normalisePublished(m[3]!, pack);
    if (!iso) continue;
    const start = bodyStart + m.index + m[0].indexOf(m[3]!, m[1]!.length);
    result[target] = { start, end: start + m[3]!.length, iso };
  }
  return result;
}

interface CueStamp {
  stamp: Stamp;
  update: boolean;
  /** Where the cue starts: the stamp's text runs from here. */
  cueStart: number;
}

/** Stamps after publication and update cues on one line. */
function cueStamps(line: Line, pack: LanguagePack): CueStamp[] {
  const { cue, updateCues } = patternsFor(pack);
  const matches = [...line.text.matchAll(cue)];
  const found: CueStamp[] = [];
  let lastEnd = 0;
  for (const [i, m] of matches.entries()) {
    const before = line.text.slice(0, m.index);
    const afterStamp = found.length > 0 && isFiller(line.text.slice(lastEnd, m.index), pack);
    // A cue opens the line or follows a separator: "il bilancio è stato aggiornato alle 16" is prose.
    if (!CUE_PREFIX_END.test(before) && !afterStamp) continue;
    const segmentStart = m.index + m[0].length;
    const segmentEnd = matches[i + 1]?.index ?? line.text.length;
    const stamp = readStamp(line.text.slice(segmentStart, segmentEnd), line.start + segmentStart, pack, false);
    if (!stamp) continue;
    found.push({ stamp, update: updateCues.has(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")), cueStart: line.start + m.index });
    lastEnd = stamp.end - line.start;
  }
  return found;
}

/**
 * "ROME, May 3 (Reuters) -", "PARIS, 3 mai 2023 (AFP) –": the place and date that open a wire story.
 * With `asLede`, the line must go on as article text: a headline can read like a dateline ("Turquie,
 * 6 février 2023 – un an après").
 */
function datelineStamp(line: Line, pack: LanguagePack, asLede: boolean): Stamp | undefined {
  const place = DATELINE_PLACE.exec(line.text);
  if (!place) return undefined;
  const stamp = readStamp(line.text.slice(place[0].length), line.start + place[0].length, pack, false);
  if (!stamp || stamp.iso || stamp.month === undefined) return undefined;
  const after = line.text.slice(stamp.end - line.start);
  const end = DATELINE_END.exec(after);
  if (!end) return undefined;
  const rest = after.slice(end[0].length).trim();
  if (rest === '') return asLede ? undefined : stamp;
  const restWords = (rest.match(/\p{L}+/gu) ?? []).length;
  // After the dash comes the lede: a sentence, not a few words of a headline.
  return restWords >= LONG_LINE_WORDS || /[.!?…»”"]$/u.test(rest) ? stamp : undefined;
}

/** A year the page states near a date that has none: a copyright line at its head or foot. */
function nearbyYear(lines: readonly Line[]): number | undefined {
  for (const line of lines) {
    if (!COPYRIGHT_LINE.test(line.text)) continue;
    const years = line.text.match(YEAR);
    if (years) return Number(years[years.length - 1]);
  }
  return undefined;
}

function instantOf(iso: string): number {
  // Local times are compared as if in UTC: updates of one article share a zone.
  const parsed = Date.parse(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso) ? `${iso}Z` : iso);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** A headline: a line of three words or more that is no sentence. */
function isHeadlineLike(line: Line): boolean {
  return line.words >= 3 && line.words <= 20 && !/[.!?…:;»”"]$/u.test(line.text);
}

type Found = { stamp: Stamp; from: PublicationTime['from']; textStart: number };

/**
 * The article's publication time, read from the head of `source` (the lines down to the lede, or to a
 * standfirst and the lede) and from cue lines at its head and foot: the update time when one is stated,
 * with the publication time as `firstPublished`. Undefined when the article states none, or only a
 * date without a year and no year nearby. `layout` (from `layoutDocument`), when given,
 * names the headline and the page furniture, so that neither is taken for the article's first lines.
 */
export function findPublicationTime(source: string, pack: LanguagePack, layout?: Pick<Layout, 'title' | 'boilerplate'>): PublicationTime | undefined {
  const frontMatter = readFrontMatter(source, pack);
  const lines = headLines(source, frontMatter.end, HEAD_LINE_LIMIT);

  const furniture = (line: Line) => layout?.boilerplate.some((b) => b.start <= line.start && b.end >= line.end) ?? false;
  const layoutTitle = layout?.title;
  let titleIndex = layoutTitle ? lines.findIndex((l) => l.text.endsWith(layoutTitle)) : lines.findIndex((l) => l.words >= 3);
  if (titleIndex >= 0 && !isHeadlineLike(lines[titleIndex]!)) titleIndex = -1;
  // Lines of article text after the headline: the standfirst, the lede, the body.
  const longLines: number[] = [];
  lines.forEach((l, i) => {
    if (i !== titleIndex && l.words >= LONG_LINE_WORDS && !furniture(l)) longLines.push(i);
  });
  // Cue lines are read up to the third long line (what follows the last long line of a short article
  // is its foot); dates alone and datelines up to the second (a standfirst may come before the lede).
  const head = lines.slice(0, longLines[2] ?? (longLines.length > 0 ? longLines[longLines.length - 1]! + 1 : lines.length));
  const leadLast = Math.min(longLines[1] ?? head.length - 1, head.length - 1);
  const foot = footLines(source, head[head.length - 1]?.end ?? frontMatter.end, FOOT_LINE_LIMIT);

  const cueLines = (zone: Line[]) => zone.filter((l) => l.end - l.start <= CUE_LINE_MAX).flatMap((l) => cueStamps(l, pack));
  // At the foot only an update line counts: a "Published …" there is often a related article's.
  const cues = [...cueLines(head), ...cueLines(foot).filter((c) => c.update)];
  const year = nearbyYear([...head, ...foot]);
  // A date without a year takes the year stated nearby, or stays unknown.
  const complete = (stamp: Stamp, fallbackYear: number | undefined): string | undefined => {
    if (stamp.iso) return stamp.iso;
    if (stamp.month === undefined || stamp.year !== undefined) return formatStamp(stamp);
    return fallbackYear === undefined ? undefined : formatStamp({ ...stamp, year: fallbackYear });
  };

  // Publication, most explicit first: front matter, a cue line, a date alone near the top, a dateline.
  const candidates: Found[] = [];
  if (frontMatter.published) candidates.push({ stamp: frontMatter.published, from: 'front-matter', textStart: frontMatter.published.start });
  for (const c of cues) if (!c.update) candidates.push({ stamp: c.stamp, from: 'publication-cue', textStart: c.cueStart });
  for (let i = 0; i <= leadLast; i += 1) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    // A date that closes a hard-wrapped sentence ("… il sisma del\n3 maggio 2023.") is body text.
    const wrapped = previous !== undefined && i - 1 !== titleIndex && previous.words >= LONG_LINE_WORDS && /\p{Ll}$/u.test(previous.text);
    const alone = wrapped || line.end - line.start > CUE_LINE_MAX ? undefined : readStamp(line.text, line.start, pack, true);
    // The stamp's text is the line from its first word ("Mercoledì 3 maggio 2023"), brackets left out.
    const lineStart = line.start + line.text.search(/[\p{L}\p{N}]/u);
    if (alone && (alone.iso || alone.month !== undefined)) candidates.push({ stamp: alone, from: 'head-date', textStart: Math.min(lineStart, alone.start) });
    const dateline = datelineStamp(line, pack, i === titleIndex || line.words >= LONG_LINE_WORDS);
    if (dateline) candidates.push({ stamp: dateline, from: 'dateline', textStart: line.start });
  }
  let publication: { iso: string; found: Found } | undefined;
  for (const found of candidates) {
    const iso = complete(found.stamp, year);
    if (iso) {
      publication = { iso, found };
      break;
    }
  }

  let updated: { iso: string; found: Found } | undefined;
  const updates: Found[] = cues.filter((c) => c.update).map((c) => ({ stamp: c.stamp, from: 'update-cue', textStart: c.cueStart }));
  if (frontMatter.updated) updates.unshift({ stamp: frontMatter.updated, from: 'front-matter', textStart: frontMatter.updated.start });
  const publishedYear = publication ? Number(publication.iso.slice(0, 4)) : undefined;
  for (const found of updates) {
    let stamp = found.stamp;
    // "Aggiornato alle 16:20" under "Pubblicato il 14 marzo 2026 alle 10:00": the same day.
    if (!stamp.iso && stamp.month === undefined) {
      if (!publication) continue;
      const [y, m, d] = publication.iso.slice(0, 10).split('-').map(Number);
      stamp = { ...stamp, year: y, month: m, day: d };
    }
    let iso = complete(stamp, publishedYear ?? year);
    // An update dated before its publication in a borrowed year belongs to the next year.
    if (iso && stamp.year === undefined && publication && publishedYear !== undefined && iso.slice(0, 10) < publication.iso.slice(0, 10)) {
      iso = complete(stamp, publishedYear + 1);
    }
    if (iso && (!updated || instantOf(iso) > instantOf(updated.iso))) updated = { iso, found };
  }

  const chosen = updated ?? publication;
  if (!chosen) return undefined;
  const start = chosen.found.textStart;
  const end = chosen.found.stamp.end;
  const result: PublicationTime = { published: chosen.iso, start, end, text: source.slice(start, end), from: chosen.found.from };
  const dateline = candidates.find((c) => c.from === 'dateline');
  if (dateline) result.dateline = { start: dateline.textStart, end: dateline.stamp.end };
  if (updated) {
    result.updated = updated.iso;
    if (publication) result.firstPublished = publication.iso;
  }
  return result;
}

/** Where an article states its own date (a publication line, a wire dateline): no fact of the story. */
export function ownDateSpans(doc: Pick<DocumentNode, 'publishedSpan' | 'datelineSpan'>): Span[] {
  return [doc.publishedSpan, doc.datelineSpan].filter((s): s is Span => s !== undefined);
}
