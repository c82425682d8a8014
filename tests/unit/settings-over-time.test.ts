/** A settings line changes the streak rules from its instant on; days already over keep theirs. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../electron/core/settings.ts';
import { replayTimeline } from '../../electron/core/timeline.ts';

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

function replayFixture(name: string) {
  const dir = 'tests/fixtures/replay/';
  const settings = JSON.parse(readFileSync(`${dir}${name}.settings.json`, 'utf8'));
  return replayTimeline(
    readFileSync(`${dir}${name}.jsonl`, 'utf8'),
    applySettingsPatch(defaultSettings(), settings),
  );
}

const goals = (r: ReturnType<typeof replayFixture>) => r.days.map((d) => [d.date, d.goalMet]);

describe('settings lines and past days', () => {
  it('a raised goal does not take back a goal day already over', () => {
    const r = replayFixture('D1-goal-raised');
    expect(goals(r)).toEqual([
      ['2026-01-05', true],
      ['2026-01-06', false],
    ]);
    expect(r.streak).toEqual({ current: 1, longest: 1 });
  });

  it('a lowered goal does not turn a past day into a goal day', () => {
    const r = replayFixture('D2-goal-lowered');
    expect(goals(r)).toEqual([
      ['2026-01-05', false],
      ['2026-01-06', true],
    ]);
    expect(r.streak).toEqual({ current: 1, longest: 1 });
  });

  it('turning grace days off next week keeps last week’s saved day', () => {
    expect(replayFixture('D3-grace-lowered').streak).toEqual({ current: 3, longest: 3 });
  });

  it('raising the rest-day threshold does not turn a past missed workday into a rest day', () => {
    expect(replayFixture('D4-rest-raised').streak).toEqual({ current: 1, longest: 1 });
  });
});
