// The web preview host: the real engine and stats behind PostureApi, a simulated clock, localStorage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreviewHost } from '../../renderer/src/preview/host.ts';
import { STORE_KEY } from '../../renderer/src/preview/preview-store.ts';

const MIN = 60_000;
const START = new Date(2026, 2, 9, 9, 0).getTime(); // Mon 9 Mar 2026, 09:00 local

class MemoryStorage implements Storage {
  #map = new Map<string, string>();
  get length() {
    return this.#map.size;
  }
  clear() {
    this.#map.clear();
  }
  getItem(key: string) {
    return this.#map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.#map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.#map.delete(key);
  }
  setItem(key: string, value: string) {
    this.#map.set(key, value);
  }
}

let realNow = START;
const clock = () => realNow;

beforeEach(() => {
  vi.useFakeTimers();
  realNow = START;
});
afterEach(() => vi.useRealTimers());

describe('PreviewHost', () => {
  it('starts on first run with default settings and an engine at the simulated time', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    const state = await host.getState();
    expect(state.firstRun).toBe(true);
    expect(state.status.at).toBe(START);
    expect(state.status.nextDueAt).toBe(START + 30 * MIN);
    expect(state.today.date).toBe('2026-03-09');
    expect((await host.completeOnboarding()).firstRun).toBe(false);
  });

  it('runs the whole loop: type 30 min → prompt → break → a taken break, moving time and streak', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    const pushes: number[] = [];
    host.onStateChanged((s) => pushes.push(s.today.breaksTaken));
    await host.updateSettings({ dailyGoalBreaks: 1 });

    host.typeFor(30 * MIN);
    expect(host.ui.prompt).toEqual({ reprompt: false });
    expect((await host.getState()).status.breakState).toBe('pending');

    await host.startBreak();
    expect(host.ui.breakOpen).toBe(true);
    expect(host.ui.prompt).toBeNull();
    realNow += 2 * MIN; // the player runs in real time
    const after = await host.endBreak({ completed: true });

    expect(after.today.breaksTaken).toBe(1);
    expect(after.today.movingSeconds).toBe(120);
    expect(after.today.sittingSeconds).toBe(30 * 60);
    expect(after.streak.current).toBe(1);
    expect(after.lifetime).toEqual({ breaksTaken: 1, movingSeconds: 120 });
    // The engine's own hour-by-hour view: 09:00–09:30 sitting, then the break.
    const nine = after.todayHours?.[9];
    expect(nine).toEqual({
      hour: 9,
      sittingSeconds: 30 * 60,
      movingSeconds: 120,
      awaySeconds: 0,
      callSeconds: 0,
    });
    expect(pushes.at(-1)).toBe(1);
  });

  it('does not take the page’s word: a break ended after 10 s is partial even if reported completed', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    host.typeFor(30 * MIN);
    await host.startBreak();
    realNow += 10_000;
    const after = await host.endBreak({ completed: true });
    expect(after.today.breaksTaken).toBe(0);
    expect(after.today.breaksPartial).toBe(1);
    expect(after.lifetime.breaksTaken).toBe(0);
  });

  it('strict mode: the prompt offers neither Snooze nor Skip, and a skip is refused', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    await host.updateSettings({ strictMode: true });
    host.typeFor(30 * MIN);
    expect(host.ui.prompt).not.toBeNull();
    expect(host.ui.status).toMatchObject({ canSnooze: false, canSkip: false });
    const after = await host.skip();
    expect(after.status.breakState).toBe('pending');
  });

  it('snoozes, then a walk away makes the break missed and counts a natural break', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    host.typeFor(30 * MIN);
    expect((await host.snooze()).status.breakState).toBe('snoozed');
    host.beAway(5 * MIN);
    host.typeFor(MIN);
    const state = await host.getState();
    expect(state.today.breaksMissed).toBe(1);
    expect(state.today.naturalBreaks).toBe(1);
    expect(state.today.awaySeconds).toBe(5 * 60);
  });

  it('a call in the preview: no prompt and no away while it lasts, the catch-up prompt at its end', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    host.typeFor(10 * MIN);
    host.setInCall(true);
    host.skipAhead(40 * MIN);
    expect(host.ui.prompt).toBeNull();
    expect((await host.getState()).meeting).toMatchObject({ detected: true, manual: false });
    expect((await host.getState()).status).toMatchObject({
      activity: 'sitting',
      breakState: 'due',
    });
    host.setInCall(false);
    expect(host.ui.prompt).toEqual({ reprompt: false });
    const state = await host.getState();
    expect(state.today).toMatchObject({
      sittingSeconds: 50 * 60,
      awaySeconds: 0,
      callSeconds: 40 * 60,
    });
  });

  it('"In a meeting" for 30 min from the dashboard: a call that ends by itself; End meeting ends one early', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    host.typeFor(10 * MIN);
    const on = await host.setMeeting({ on: true, minutes: 30 });
    expect(on.meeting).toMatchObject({ manual: true, manualUntil: host.clock.now() + 30 * MIN });
    host.typeFor(29 * MIN);
    expect((await host.getState()).meeting).toMatchObject({ manual: true });
    expect(host.ui.prompt).toBeNull();
    host.typeFor(2 * MIN);
    expect((await host.getState()).meeting).toMatchObject({ manual: false, manualUntil: null });
    // Ended at the first tick after 30 min (the simulated typing ticks once a minute or less often).
    expect((await host.getState()).today.callSeconds).toBeGreaterThanOrEqual(30 * 60);
    expect((await host.getState()).today.callSeconds).toBeLessThanOrEqual(31 * 60);
    await host.setMeeting({ on: true });
    expect((await host.getState()).meeting).toMatchObject({ manual: true, manualUntil: null });
    const off = await host.setMeeting({ on: false });
    expect(off.meeting).toMatchObject({ manual: false });
  });

  it('validates settings with the shared schema and changes nothing on a bad value', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    const result = await host.updateSettings({ breakIntervalMinutes: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/from 10 to 120/);
    expect((await host.getSettings()).breakIntervalMinutes).toBe(30);
  });

  it('keeps everything in storage: a reload continues the same day, clock offset included', async () => {
    const storage = new MemoryStorage();
    const first = new PreviewHost(storage, clock);
    await first.completeOnboarding();
    first.typeFor(20 * MIN);
    await first.updateSettings({ theme: 'dark' });

    const second = new PreviewHost(storage, clock);
    const state = await second.getState();
    expect(state.firstRun).toBe(false);
    expect(state.status.at).toBe(START + 20 * MIN);
    expect(state.today.sittingSeconds).toBe(20 * 60);
    expect((await second.getSettings()).theme).toBe('dark');
  });

  it('loads a version 1 entry, whose snapshot carried a copy of the settings, and rewrites it', async () => {
    const storage = new MemoryStorage();
    const first = new PreviewHost(storage, clock);
    first.typeFor(20 * MIN);
    const entry = JSON.parse(storage.getItem(STORE_KEY)!) as Record<string, unknown>;
    const snapshot = { ...(entry.snapshot as object), settings: entry.settings };
    storage.setItem(STORE_KEY, JSON.stringify({ ...entry, v: 1, snapshot }));

    const second = new PreviewHost(storage, clock);
    const state = await second.getState();
    expect(state.notice).toBeNull();
    expect(state.today.sittingSeconds).toBe(20 * 60);
    const rewritten = JSON.parse(storage.getItem(STORE_KEY)!) as Record<string, unknown>;
    expect(rewritten.v).toBe(2);
    expect(rewritten.snapshot).not.toHaveProperty('settings');
  });

  it('reads a stored day written before callSeconds existed as 0 seconds in calls', async () => {
    const storage = new MemoryStorage();
    new PreviewHost(storage, clock).typeFor(20 * MIN);
    const entry = JSON.parse(storage.getItem(STORE_KEY)!) as Record<string, unknown>;
    const old = {
      date: '2026-03-08',
      sittingSeconds: 3600,
      movingSeconds: 0,
      awaySeconds: 0,
      breaksPrompted: 0,
      breaksTaken: 0,
      breaksPartial: 0,
      breaksSkipped: 0,
      breaksSnoozed: 0,
      breaksMissed: 0,
      naturalBreaks: 0,
      longestSitSeconds: 3600,
      goalMet: false,
    };
    storage.setItem(STORE_KEY, JSON.stringify({ ...entry, history: [old] }));
    const host = new PreviewHost(storage, clock);
    expect((await host.getState()).notice).toBeNull();
    const { days } = await host.getHistory(2);
    expect(days[0]).toEqual({ ...old, callSeconds: 0 });
  });

  it('moves unreadable data aside, starts fresh and says so once', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_KEY, JSON.stringify({ v: 1, settings: { breakIntervalMinutes: 'x' } }));
    const host = new PreviewHost(storage, clock);
    const state = await host.getState();
    expect(state.notice).toMatch(/could not be read .*breakIntervalMinutes/);
    const backup = [...Array(storage.length).keys()]
      .map((i) => storage.key(i))
      .find((k) => k?.includes('backup'));
    expect(backup).toBeDefined();
    expect(storage.getItem(backup!)).toContain('"x"');
    expect((await host.dismissNotice()).notice).toBeNull();
  });

  it('gives history for the requested days with the streak', async () => {
    const host = new PreviewHost(new MemoryStorage(), clock);
    host.typeFor(10 * MIN);
    const result = await host.getHistory(7);
    expect(result.days.at(-1)?.date).toBe('2026-03-09');
    expect(result.days.map((d) => d.date)).toEqual([
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
    ]);
    expect(result.days.at(-1)?.sittingSeconds).toBe(600);
  });
});
