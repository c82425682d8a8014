// The hour-by-hour estimate: changes spread over the hours they happened in, adding up to the day.
import { describe, expect, it } from 'vitest';
import {
  emptyRecord,
  normalized,
  recordSample,
  type HourSample,
} from '../../renderer/src/lib/hourly.ts';
import { day } from './fixtures.ts';

const at = (h: number, m = 0) => new Date(2026, 2, 10, h, m).getTime();
const sample = (fields: Partial<HourSample>): HourSample => ({
  at: at(9),
  date: '2026-03-10',
  activity: 'sitting',
  gapStartedAt: null,
  sittingSeconds: 0,
  movingSeconds: 0,
  awaySeconds: 0,
  ...fields,
});
const minutes = (s: number) => Math.round(s / 60);

describe('hourly estimate', () => {
  it('spreads sitting over the hours between samples', () => {
    let record = recordSample(emptyRecord(''), sample({ at: at(9) }));
    record = recordSample(record, sample({ at: at(10, 30), sittingSeconds: 90 * 60 }));
    expect(minutes(record.buckets[9]!.sittingSeconds)).toBe(60);
    expect(minutes(record.buckets[10]!.sittingSeconds)).toBe(30);
  });

  it('moves sitting taken back by an away gap into away, in the hours of the gap', () => {
    let record = recordSample(emptyRecord(''), sample({ at: at(9) }));
    record = recordSample(
      record,
      sample({ at: at(9, 50), sittingSeconds: 50 * 60, gapStartedAt: at(9, 40) }),
    );
    // The 10-minute gap from 09:40 turned away at 09:50, and the person stayed away to 10:10.
    record = recordSample(
      record,
      sample({
        at: at(10, 10),
        activity: 'away',
        gapStartedAt: at(9, 40),
        sittingSeconds: 40 * 60,
        awaySeconds: 30 * 60,
      }),
    );
    expect(minutes(record.buckets[9]!.sittingSeconds)).toBe(40);
    expect(minutes(record.buckets[9]!.awaySeconds)).toBe(20);
    expect(minutes(record.buckets[10]!.awaySeconds)).toBe(10);
  });

  it('starts a new record on a new date and rescales to the day totals', () => {
    const yesterday = recordSample(
      emptyRecord(''),
      sample({ date: '2026-03-09', sittingSeconds: 99 }),
    );
    const record = recordSample(
      yesterday,
      sample({ at: at(11), sittingSeconds: 30 * 60, movingSeconds: 2 * 60 }),
    );
    expect(record.date).toBe('2026-03-10');
    const today = day('2026-03-10', { sittingSeconds: 30 * 60, movingSeconds: 2 * 60 });
    const hours = normalized(record, today);
    const sum = (k: 'sittingSeconds' | 'movingSeconds') => hours.reduce((s, h) => s + h[k], 0);
    expect(Math.round(sum('sittingSeconds'))).toBe(30 * 60);
    expect(Math.round(sum('movingSeconds'))).toBe(2 * 60);
    expect(hours[10]!.sittingSeconds + hours[10]!.movingSeconds).toBeGreaterThan(0);
  });
});
