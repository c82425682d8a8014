import { describe, expect, it } from 'vitest';
import type { AppState, AppStatus } from '../../../electron/core/ipc-contract.ts';
import { emptyDay } from '../../../electron/core/stats.ts';
import { HostWords } from '../../../electron/core/host-words.ts';
import { Translator } from '../../../electron/core/i18n/translator.ts';
import {
  buildTrayModel,
  toMenuTemplate,
  TrayPresenter,
  type TrayAction,
  type TrayItem,
} from '../../../electron/main/tray.ts';

/** 10:00 local time (the tray shows local times). */
const AT = new Date(2026, 2, 9, 10, 0, 0).getTime();
/** English on a 24-hour clock. */
const format = new Translator('en', false);

function state(status: Partial<AppStatus> = {}, today: Partial<AppState['today']> = {}): AppState {
  return {
    status: {
      at: AT,
      activity: 'sitting',
      breakStartedAt: null,
      breakState: 'none',
      dueAt: null,
      promptedAt: null,
      snoozesLeft: 2,
      canSnooze: false,
      canSkip: false,
      reminders: 'active',
      pausedUntil: null,
      timerSittingMs: 10 * 60_000,
      nextDueAt: AT + 20 * 60_000,
      gapStartedAt: AT,
      callSince: null,
      ...status,
    },
    today: {
      ...emptyDay('2026-03-09'),
      sittingSeconds: 2 * 3600 + 5 * 60 + 30,
      movingSeconds: 6 * 60,
      ...today,
    },
    todayHours: [],
    streak: { current: 3, longest: 7 },
    lifetime: { breaksTaken: 40, movingSeconds: 4800 },
    idleSupported: true,
    notice: null,
    firstRun: false,
  };
}

const labels = (items: TrayItem[]): string[] =>
  items.flatMap((i) =>
    i.kind === 'separator'
      ? ['—']
      : i.kind === 'submenu'
        ? [`${i.label} ▸`, ...labels(i.items).map((l) => `  ${l}`)]
        : [i.label],
  );

describe('tray model', () => {
  it('while counting: time to the next break, today sitting vs moving, and the full menu', () => {
    const model = buildTrayModel(state(), format);
    expect(model.icon).toBe('counting');
    expect(labels(model.items)).toEqual([
      'Next break in 20 min',
      'Today: sitting 2 h 5 min · moving 6 min',
      'Breaks taken: 0',
      '—',
      'Take a break now',
      'Pause reminders ▸',
      '  30 minutes',
      '  1 hour',
      '  Until tomorrow',
      'In a meeting ▸',
      '  Until I turn it off',
      '  For 30 minutes',
      '  For 1 hour',
      '—',
      'Open dashboard',
      'Settings…',
      '—',
      'Quit Posture Break',
    ]);
    expect(model.tooltip).toBe(
      'Posture Break — Next break in 20 min\nToday: sitting 2 h 5 min · moving 6 min',
    );
  });

  it('in a call: "In a call — breaks wait" with the paused icon, also over a pending prompt', () => {
    const model = buildTrayModel(state({ callSince: AT - 60_000 }), format);
    expect(model.icon).toBe('paused');
    expect(model.tooltip).toBe(
      'Posture Break — In a call — breaks wait\nToday: sitting 2 h 5 min · moving 6 min',
    );
    const pending = buildTrayModel(
      state({
        callSince: AT,
        breakState: 'pending',
        canSnooze: true,
        canSkip: true,
        promptedAt: AT,
      }),
      format,
    );
    expect(labels(pending.items)[0]).toBe('In a call — breaks wait');
    // The pending prompt stays answerable.
    expect(labels(pending.items)).toContain('Snooze');
    const onBreak = buildTrayModel(state({ callSince: AT, activity: 'break' }), format);
    expect(labels(onBreak.items)[0]).toBe('On a break');
  });

  it('a manual meeting offers its end, with the time it ends by itself', () => {
    const meeting = {
      manual: true,
      manualUntil: AT + 30 * 60_000,
      detected: false,
      detecting: true,
    };
    const model = buildTrayModel({ ...state({ callSince: AT }), meeting }, format);
    const end = model.items.find((i) => i.kind === 'action' && i.action === 'meeting-off');
    expect(end).toMatchObject({ label: 'End meeting (until 10:30)', enabled: true });
    expect(labels(model.items)).not.toContain('In a meeting ▸');
    const forGood = buildTrayModel(
      { ...state({ callSince: AT }), meeting: { ...meeting, manualUntil: null } },
      format,
    );
    expect(labels(forGood.items)).toContain('End meeting');
  });

  it('when a break is due: the due icon, Snooze (if any left) and Skip', () => {
    const model = buildTrayModel(
      state({
        breakState: 'pending',
        canSnooze: true,
        canSkip: true,
        nextDueAt: null,
        dueAt: AT,
        promptedAt: AT,
      }),
      format,
    );
    expect(model.icon).toBe('due');
    expect(labels(model.items).slice(0, 7)).toEqual([
      'Break due now',
      'Today: sitting 2 h 5 min · moving 6 min',
      'Breaks taken: 0',
      '—',
      'Take a break now',
      'Snooze',
      'Skip this break',
    ]);
    const noSnooze = buildTrayModel(
      state({ breakState: 'pending', canSnooze: false, canSkip: true }),
      format,
    );
    const snooze = noSnooze.items.find((i) => i.kind === 'action' && i.action === 'snooze');
    expect(snooze).toMatchObject({ enabled: false });
  });

  it('in strict mode a due break offers neither Snooze nor Skip', () => {
    const model = buildTrayModel(
      state({ breakState: 'pending', canSnooze: false, canSkip: false, nextDueAt: null }),
      format,
    );
    expect(model.icon).toBe('due');
    expect(labels(model.items)).toContain('Take a break now');
    expect(labels(model.items)).not.toContain('Snooze');
    expect(labels(model.items)).not.toContain('Skip this break');
  });

  it('when paused: the paused icon, until when, and Resume', () => {
    const model = buildTrayModel(
      state({ reminders: 'paused', pausedUntil: AT + 30 * 60_000 }),
      format,
    );
    expect(model.icon).toBe('paused');
    expect(labels(model.items)[0]).toBe('Reminders paused until 10:30');
    expect(labels(model.items)).toContain('Resume reminders');
    expect(labels(model.items)).toContain('Pause for… ▸');
    const overnight = buildTrayModel(
      state({ reminders: 'paused', pausedUntil: new Date(2026, 2, 10, 6, 0, 0).getTime() }),
      format,
    );
    expect(labels(overnight.items)[0]).toBe('Reminders paused until tomorrow 06:00');
  });

  it('during a guided break, "Take a break now" is disabled and no prompt actions show', () => {
    const model = buildTrayModel(
      state({ activity: 'break', breakStartedAt: AT, nextDueAt: null }),
      format,
    );
    expect(model.icon).toBe('counting');
    expect(labels(model.items)[0]).toBe('On a break');
    const takeBreak = model.items.find((i) => i.kind === 'action' && i.action === 'break-now');
    expect(takeBreak).toMatchObject({ enabled: false });
    expect(labels(model.items)).not.toContain('Snooze');
  });

  it('says so in the tooltip when the platform cannot report idle time', () => {
    const s = state();
    s.idleSupported = false;
    expect(buildTrayModel(s, format).tooltip).toContain('does not report idle time');
    // ...and what still works instead.
    expect(buildTrayModel(s, format).tooltip).toContain('Take a break now');
  });

  it('rounds day totals down and the wait for the next break up, to the minute', () => {
    const lines = (sitting: number, waitMs: number) =>
      labels(
        buildTrayModel(
          state({ nextDueAt: AT + waitMs }, { sittingSeconds: sitting, movingSeconds: 0 }),
          format,
        ).items,
      ).slice(0, 2);
    expect(lines(59, 59_000)).toEqual([
      'Next break in under a minute',
      'Today: sitting 0 min · moving 0 min',
    ]);
    expect(lines(3600, 60_000)).toEqual([
      'Next break in 1 min',
      'Today: sitting 1 h · moving 0 min',
    ]);
    expect(lines(7559, 61_000)[0]).toBe('Next break in 2 min');
    expect(lines(7559, 61_000)[1]).toBe('Today: sitting 2 h 5 min · moving 0 min');
  });

  it('speaks German, with times on the OS locale’s clock: "2:05 PM" on a 12-hour one', () => {
    const de = new Translator('de', false);
    const model = buildTrayModel(state(), de);
    expect(labels(model.items)).toEqual(
      expect.arrayContaining([
        'Nächste Pause in 20 Min.',
        'Heute: 2 Std. 5 Min. gesessen · 6 Min. bewegt',
        'Jetzt Pause machen',
        'Erinnerungen pausieren ▸',
        'Übersicht öffnen',
        'Posture Break beenden',
      ]),
    );
    const until = new Date(2026, 2, 9, 14, 5, 0).getTime();
    const paused = state({ reminders: 'paused', pausedUntil: until });
    expect(labels(buildTrayModel(paused, de).items)[0]).toBe('Erinnerungen pausiert bis 14:05');
    // German words on a 12-hour system (e.g. de with an en-US region): the clock follows the OS.
    expect(labels(buildTrayModel(paused, new Translator('de', true)).items)[0]).toMatch(
      /^Erinnerungen pausiert bis 2:05\sPM$/,
    );
    expect(labels(buildTrayModel(paused, new Translator('en', true)).items)[0]).toMatch(
      /^Reminders paused until 2:05\sPM$/,
    );
  });
});

describe('HostWords', () => {
  it('takes the 12/24-hour clock from the OS format locale and the language from the setting', () => {
    const words = new HostWords({ language: 'de-DE', format: 'en-US' }, 'system');
    expect(words.language).toBe('de');
    expect(words.twelveHour).toBe(true);
    expect(new HostWords({ language: 'en-US', format: 'de-DE' }).twelveHour).toBe(false);
    expect(new HostWords({ language: 'en-GB', format: 'en-GB' }).twelveHour).toBe(false);
    expect(words.follow('en')).toBe(true);
    expect(words.language).toBe('en');
    expect(words.follow('en')).toBe(false);
    expect(words.follow('system')).toBe(true);
    expect(words.language).toBe('de');
  });

  it('relabels the tray at once when the language setting changes', () => {
    const menus: string[][] = [];
    const words = new HostWords({ language: 'en-US', format: 'en-GB' });
    const presenter = new TrayPresenter(
      {
        setIcon: () => undefined,
        setToolTip: () => undefined,
        setMenu: (items) => menus.push(labels([...items])),
      },
      words,
    );
    presenter.update(state());
    words.follow('de');
    presenter.update(state());
    expect(menus.map((m) => m[4])).toEqual(['Take a break now', 'Jetzt Pause machen']);
  });
});

describe('menu template', () => {
  it('wires each action item to its action and keeps info lines disabled', () => {
    const clicked: TrayAction[] = [];
    const template = toMenuTemplate(buildTrayModel(state(), format).items, (a) => clicked.push(a));
    expect(template[0]).toMatchObject({ label: 'Next break in 20 min', enabled: false });
    const pause = template.find((t) => t.label === 'Pause reminders');
    const submenu = pause?.submenu as { label: string; click: () => void }[];
    submenu.find((s) => s.label === 'Until tomorrow')?.click();
    (template.find((t) => t.label === 'Quit Posture Break') as { click: () => void }).click();
    expect(clicked).toEqual(['pause-tomorrow', 'quit']);
  });
});

describe('TrayPresenter', () => {
  it('rebuilds the menu only when what it shows changes', () => {
    const calls: string[] = [];
    const presenter = new TrayPresenter(
      {
        setIcon: (icon) => calls.push(`icon:${icon}`),
        setToolTip: () => calls.push('tooltip'),
        setMenu: () => calls.push('menu'),
      },
      format,
    );
    presenter.update(state());
    expect(calls).toEqual(['icon:counting', 'tooltip', 'menu']);
    calls.length = 0;
    // 20 seconds later: same minute on every line, nothing to redo.
    presenter.update(
      state(
        { at: AT + 20_000, timerSittingMs: 10 * 60_000 + 20_000 },
        { sittingSeconds: 2 * 3600 + 5 * 60 + 50 },
      ),
    );
    expect(calls).toEqual([]);
    // A minute of sitting later the lines change: one rebuild.
    presenter.update(state({ at: AT + 60_000 }, { sittingSeconds: 2 * 3600 + 6 * 60 + 30 }));
    expect(calls).toEqual(['tooltip', 'menu']);
    calls.length = 0;
    presenter.update(
      state({ breakState: 'pending', at: AT + 60_000 }, { sittingSeconds: 2 * 3600 + 6 * 60 + 30 }),
    );
    expect(calls).toEqual(['icon:due', 'tooltip', 'menu']);
    expect(presenter.menuBuilds).toBe(3);
  });
});
