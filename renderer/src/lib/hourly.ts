/**
 * An estimate of today's hour-by-hour sitting / moving / away, built from successive AppState
 * samples. The engine keeps only day totals; this spreads each change over the time it happened in
 * (and away time back over the gap it was back-dated to), then rescales so hours add up to the day.
 */
import type { DayStats, EngineStatus, Millis } from '../../../electron/core/types.ts';

export interface HourBucket {
  /** Local hour of day, 0–23 (a DST day may repeat or skip one). */
  hour: number;
  sittingSeconds: number;
  movingSeconds: number;
  awaySeconds: number;
  /** The part of sittingSeconds spent in calls (from the engine's hour-by-hour view only). */
  callSeconds?: number;
}

export interface HourSample {
  at: Millis;
  date: string;
  activity: EngineStatus['activity'];
  gapStartedAt: Millis | null;
  sittingSeconds: number;
  movingSeconds: number;
  awaySeconds: number;
}

export interface HourlyRecord {
  date: string;
  buckets: HourBucket[];
  last: HourSample | null;
}

type Category = 'sittingSeconds' | 'movingSeconds' | 'awaySeconds';
const CATEGORIES: Category[] = ['sittingSeconds', 'movingSeconds', 'awaySeconds'];

export function sampleOf(status: EngineStatus, today: DayStats): HourSample {
  return {
    at: status.at,
    date: today.date,
    activity: status.activity,
    gapStartedAt: status.gapStartedAt,
    sittingSeconds: today.sittingSeconds,
    movingSeconds: today.movingSeconds,
    awaySeconds: today.awaySeconds,
  };
}

export function emptyRecord(date: string): HourlyRecord {
  return {
    date,
    last: null,
    buckets: Array.from({ length: 24 }, (_, hour) => ({
      hour,
      sittingSeconds: 0,
      movingSeconds: 0,
      awaySeconds: 0,
    })),
  };
}

/** Folds one more sample into the record (a new date starts a fresh record). Pure. */
export function recordSample(record: HourlyRecord, sample: HourSample): HourlyRecord {
  const base = record.date === sample.date ? record : emptyRecord(sample.date);
  const buckets = base.buckets.map((b) => ({ ...b }));
  const prev = base.last;
  const dayStart = localMidnight(sample.at);
  if (!prev || sample.at < prev.at) {
    // First sight of today: assume the totals so far ended now, back to back.
    let end = sample.at;
    for (const category of ['movingSeconds', 'sittingSeconds', 'awaySeconds'] as Category[]) {
      const seconds = sample[category];
      const start = Math.max(dayStart, end - seconds * 1000);
      spread(buckets, category, start, end, seconds);
      end = start;
    }
    return { date: sample.date, buckets, last: sample };
  }
  const from = Math.max(prev.at, dayStart);
  const awayFrom =
    prev.activity === 'away' ? from : Math.max(dayStart, Math.min(prev.gapStartedAt ?? from, from));
  for (const category of CATEGORIES) {
    const delta = sample[category] - prev[category];
    if (delta === 0) continue;
    if (delta < 0) takeBack(buckets, category, awayFrom, sample.at, -delta);
    else if (category === 'awaySeconds') spread(buckets, category, awayFrom, sample.at, delta);
    else spread(buckets, category, from, sample.at, delta);
  }
  return { date: sample.date, buckets, last: sample };
}

/** The buckets rescaled so each category adds up to the day's total exactly. */
export function normalized(record: HourlyRecord, today: DayStats): HourBucket[] {
  if (record.date !== today.date) return emptyRecord(today.date).buckets;
  const buckets = record.buckets.map((b) => ({ ...b }));
  for (const category of CATEGORIES) {
    const sum = buckets.reduce((s, b) => s + b[category], 0);
    const target = today[category];
    if (sum > 0) for (const b of buckets) b[category] = (b[category] * target) / sum;
  }
  return buckets;
}

/** Adds `seconds` over [startMs, endMs], proportionally to each local hour's share. */
function spread(
  buckets: HourBucket[],
  category: Category,
  startMs: Millis,
  endMs: Millis,
  seconds: number,
): void {
  if (seconds <= 0) return;
  if (endMs <= startMs) {
    const bucket = buckets[new Date(endMs).getHours()];
    if (bucket) bucket[category] += seconds;
    return;
  }
  const span = endMs - startMs;
  for (const [hour, overlap] of hourOverlaps(startMs, endMs)) {
    const bucket = buckets[hour];
    if (bucket) bucket[category] += (seconds * overlap) / span;
  }
}

/** Removes `seconds` of a category from the hours overlapping [startMs, endMs], never below zero. */
function takeBack(
  buckets: HourBucket[],
  category: Category,
  startMs: Millis,
  endMs: Millis,
  seconds: number,
): void {
  let left = seconds;
  const hours = [...hourOverlaps(startMs, Math.max(endMs, startMs + 1))].map(([h]) => h).reverse();
  for (const hour of hours) {
    const bucket = buckets[hour];
    if (!bucket || left <= 0) continue;
    const taken = Math.min(bucket[category], left);
    bucket[category] -= taken;
    left -= taken;
  }
}

function* hourOverlaps(startMs: Millis, endMs: Millis): Generator<[number, number]> {
  let t = startMs;
  while (t < endMs) {
    const d = new Date(t);
    const nextHour = new Date(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours() + 1,
    ).getTime();
    const stop = Math.min(endMs, nextHour > t ? nextHour : t + 3_600_000);
    yield [d.getHours(), stop - t];
    t = stop;
  }
}

function localMidnight(ms: Millis): Millis {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}
