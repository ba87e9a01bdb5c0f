/**
 * divergent-time: aligned sentences give different clock times for the same event, zones taken into
 * account: "11h40 locales (9h40 à Paris)" is one instant, "9:40 CET" and "8:40 GMT" agree, "12 h 00 GMT"
 * and "2100 GMT" do not. A time whose zone is unknown is compared only with one in the same zone or none.
 */
import type { Rule } from './types.js';
import type { TimeFact } from '../facts/dates.js';
import { alignedPairs, differsFinding, disagreeingPairs } from './common.js';

/** UTC offsets in hours; zones with summer time allow both. */
const OFFSETS: Record<string, number[]> = {
  GMT: [0], UTC: [0], Z: [0], WET: [0], BST: [1], CET: [1], CEST: [2], EET: [2], EEST: [3], 'Europe/Paris': [1, 2], 'Europe/Rome': [1, 2], 'Europe/London': [0, 1],
  ET: [-5, -4], EST: [-5], EDT: [-4], CT: [-6, -5], PT: [-8, -7], PST: [-8], PDT: [-7], 'America/New_York': [-5, -4],
};

/** The instants (minutes after midnight, UTC when the zone is known) a time may stand for. */
function readings(t: TimeFact): Array<{ minutes: number; zone: string }> {
  const local = t.hour * 60 + t.minute;
  const offsets = t.zone ? OFFSETS[t.zone] : undefined;
  if (!offsets) return [{ minutes: local, zone: t.zone ?? '' }];
  return offsets.map((h) => ({ minutes: (local - h * 60 + 1440) % 1440, zone: 'UTC' }));
}

/** A time and its restatements in the same sentence are one instant. */
function instants(times: TimeFact[]): Array<{ facts: TimeFact[]; readings: Array<{ minutes: number; zone: string }> }> {
  const groups: Array<{ facts: TimeFact[]; readings: Array<{ minutes: number; zone: string }> }> = [];
  times.forEach((t) => {
    const target = t.sameAs !== undefined ? groups.find((g) => g.facts.includes(times[t.sameAs!]!)) : undefined;
    if (target) {
      target.facts.push(t);
      target.readings.push(...readings(t));
    } else groups.push({ facts: [t], readings: readings(t) });
  });
  return groups;
}

function comparable(x: { readings: Array<{ zone: string }> }, y: { readings: Array<{ zone: string }> }): boolean {
  return x.readings.some((r) => y.readings.some((s) => r.zone === s.zone));
}

function agree(x: { readings: Array<{ minutes: number; zone: string }> }, y: { readings: Array<{ minutes: number; zone: string }> }): boolean {
  return x.readings.some((r) => y.readings.some((s) => r.zone === s.zone && r.minutes === s.minutes));
}

export const divergentTime: Rule = {
  id: 'divergent-time',
  description: 'A different clock time for the same event, time zones taken into account.',
  run(corpus) {
    const findings = [];
    for (const { a, b } of alignedPairs(corpus)) {
      for (const [x, y] of disagreeingPairs(instants(corpus.facts[a]!.times), instants(corpus.facts[b]!.times), comparable, agree)) {
        findings.push(differsFinding(corpus, 'divergent-time', 'medium', 'Time', [a, x.facts[0]!], [b, y.facts[0]!]));
      }
    }
    return findings;
  },
};
