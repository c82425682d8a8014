// The dashboard renders given data: today, goal, streak, next break, charts, calendar, banners and export.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Dashboard from '../../renderer/src/dashboard/Dashboard.svelte';
import type { DashboardActions } from '../../renderer/src/dashboard/model.ts';
import { i18n } from '../../renderer/src/lib/i18n/i18n.svelte.ts';
import { NOW, appState, day, history, hours, settings, status } from './fixtures.ts';

function actions(): DashboardActions {
  return {
    startBreak: vi.fn(),
    pause: vi.fn(),
    meeting: vi.fn(),
    resume: vi.fn(),
    dismissNotice: vi.fn(),
    snooze: vi.fn(),
    skip: vi.fn(),
    quit: vi.fn(),
    exportHistory: vi.fn(async (format: 'csv' | 'json') => `/home/me/posture.${format}`),
  };
}

/** The charts are drawn a frame after the dashboard's first paint. */
const chartsDrawn = () =>
  waitFor(() => {
    expect(document.querySelector('.calendar path[data-kind]')).not.toBeNull();
    expect(document.querySelector('.timeline path.sitting')).not.toBeNull();
  });

const today = day('2026-03-10', {
  sittingSeconds: 2 * 3600 + 5 * 60,
  movingSeconds: 6 * 60,
  awaySeconds: 40 * 60,
  breaksTaken: 3,
  breaksSkipped: 1,
  longestSitSeconds: 52 * 60,
});

// Mon 2 Mar goal; Tue 3 a missed workday saved by the week's one grace day; Wed 4 rest (light day);
// Thu 5 goal; Fri 6 missed (no grace left that week); Sat 7 – Mon 9 no data, so rest days.
const past = [
  day('2026-03-02', { sittingSeconds: 6 * 3600, breaksTaken: 5, goalMet: true }),
  day('2026-03-03', { sittingSeconds: 5 * 3600, breaksTaken: 1 }),
  day('2026-03-04', { sittingSeconds: 20 * 60 }),
  day('2026-03-05', { sittingSeconds: 7 * 3600, breaksTaken: 6, goalMet: true }),
  day('2026-03-06', { sittingSeconds: 7 * 3600, breaksTaken: 2 }),
];

function renderDashboard(overrides: Parameters<typeof appState>[0] = {}, callSeconds9 = 0) {
  const a = actions();
  render(Dashboard, {
    props: {
      state: appState({
        today,
        todayHours: hours({
          9: { sittingSeconds: 50 * 60, movingSeconds: 2 * 60, callSeconds: callSeconds9 },
        }),
        streak: { current: 4, longest: 9 },
        lifetime: { breaksTaken: 212, movingSeconds: 7 * 3600 + 4 * 60 },
        ...overrides,
      }),
      history: history(past),
      settings: settings(),
      now: () => NOW,
      actions: a,
    },
  });
  return a;
}

describe('Dashboard', () => {
  it("shows today's sitting, moving and away time, and breaks against the goal", () => {
    renderDashboard();
    expect(screen.getByTestId('today-sitting')).toHaveTextContent('2 h 5 min');
    expect(screen.getByTestId('today-moving')).toHaveTextContent('6 min');
    expect(screen.getByTestId('today-away')).toHaveTextContent('40 min');
    expect(screen.getByText(/Longest time sitting without a break: 52 min/)).toBeInTheDocument();
    expect(screen.getByTestId('breaks-vs-goal')).toHaveTextContent('3 of 5');
    expect(screen.getByText("2 more to reach today's goal.")).toBeInTheDocument();
    expect(screen.getByText('1 skipped')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '3 of 5 breaks' })).toBeInTheDocument();
  });

  it('does not ask for more breaks on a light weekend day', () => {
    const saturday = day('2026-03-14', { sittingSeconds: 20 * 60, breaksTaken: 0 });
    renderDashboard({ today: saturday });
    expect(
      screen.getByText(/^A day off: it stays a rest day while you sit less than 1 h/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/more to reach today's goal/)).toBeNull();
  });

  it('shows the current and longest streak and lifetime totals', () => {
    renderDashboard();
    expect(screen.getByTestId('streak-current')).toHaveTextContent('4 days');
    expect(screen.getByText('Longest: 9 days')).toBeInTheDocument();
    expect(screen.getByTestId('lifetime')).toHaveTextContent('212 breaks · 7 h 4 min moving');
  });

  it('shows the time to the next break', () => {
    renderDashboard();
    expect(screen.getByTestId('next-break')).toHaveTextContent('in 20 min');
    expect(screen.getByTestId('next-break')).toHaveTextContent('At about 14:20');
  });

  it('offers Start when a break is due, and Resume while paused', async () => {
    const a = renderDashboard({
      status: status({ breakState: 'pending', nextDueAt: null, canSnooze: true, canSkip: true }),
    });
    expect(screen.getByTestId('next-break')).toHaveTextContent('Due now');
    await fireEvent.click(screen.getByRole('button', { name: 'Start break' }));
    expect(a.startBreak).toHaveBeenCalledOnce();
  });

  it('offers every tray action for desktops without a tray: Snooze, Skip and Quit too', async () => {
    const a = renderDashboard({
      status: status({ breakState: 'pending', nextDueAt: null, canSnooze: true, canSkip: true }),
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    expect(a.snooze).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(a.skip).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Quit Posture Break' }));
    expect(a.quit).toHaveBeenCalledOnce();
  });

  it('offers no Snooze when none is left', () => {
    renderDashboard({
      status: status({ breakState: 'pending', nextDueAt: null, canSnooze: false, canSkip: true }),
    });
    expect(screen.queryByRole('button', { name: 'Snooze' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeInTheDocument();
  });

  it('offers neither Snooze nor Skip in strict mode', () => {
    renderDashboard({
      status: status({ breakState: 'pending', nextDueAt: null, canSnooze: false, canSkip: false }),
    });
    expect(screen.getByRole('button', { name: 'Start break' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Snooze' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
  });

  it('pauses and resumes reminders', async () => {
    const a = renderDashboard();
    await fireEvent.click(screen.getByRole('button', { name: 'Pause…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Until tomorrow' }));
    expect(a.pause).toHaveBeenCalledWith({ until: 'tomorrow' });
  });

  it('the Pause… menu turns "In a meeting" on for 30 min, and offers End meeting while one is on', async () => {
    const a = renderDashboard();
    await fireEvent.click(screen.getByRole('button', { name: 'Pause…' }));
    expect(
      screen.getByRole('button', { name: 'In a meeting, until I turn it off' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In a meeting for 1 h' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'End meeting' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'In a meeting for 30 min' }));
    expect(a.meeting).toHaveBeenCalledWith({ on: true, minutes: 30 });
    cleanup();
    const b = renderDashboard({
      meeting: { manual: true, manualUntil: null, detected: false, detecting: false },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Pause…' }));
    expect(screen.queryByRole('button', { name: 'In a meeting for 30 min' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    expect(b.meeting).toHaveBeenCalledWith({ on: false });
  });

  it('closes the Pause… menu on Escape and on a click outside it', async () => {
    renderDashboard();
    const button = screen.getByRole('button', { name: 'Pause…' });
    await fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'For 1 hour' })).toBeInTheDocument();
    await fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'For 1 hour' })).toBeNull();
    expect(button).toHaveFocus();

    await fireEvent.click(button);
    await fireEvent.pointerDown(button); // inside the menu: stays open
    expect(screen.getByRole('button', { name: 'For 1 hour' })).toBeInTheDocument();
    await fireEvent.pointerDown(screen.getByTestId('today-sitting'));
    expect(screen.queryByRole('button', { name: 'For 1 hour' })).toBeNull();
  });

  it('says "tomorrow" when reminders are paused past midnight', () => {
    const tomorrowSix = new Date(2026, 2, 11, 6, 0).getTime();
    renderDashboard({
      status: status({ reminders: 'paused', pausedUntil: tomorrowSix, nextDueAt: null }),
    });
    expect(screen.getByTestId('next-break')).toHaveTextContent(
      'Reminders are off until tomorrow at 06:00.',
    );
  });

  it('says "until 15:30" for a pause that ends today', () => {
    renderDashboard({
      status: status({
        reminders: 'paused',
        pausedUntil: new Date(2026, 2, 10, 15, 30).getTime(),
        nextDueAt: null,
      }),
    });
    expect(screen.getByTestId('next-break')).toHaveTextContent('Reminders are off until 15:30.');
  });

  it('fills the last 7 and 30 days from history, empty days included', async () => {
    renderDashboard();
    const week = await screen.findByRole('table', { name: 'Last 7 days' });
    const rows = within(week).getAllByRole('row');
    expect(rows).toHaveLength(8); // header + 7 days
    expect(rows[1]).toHaveTextContent('Wed 4 Mar');
    expect(rows[2]).toHaveTextContent(/Thu 5 Mar.*7 h.*6 of 5/);
    expect(rows[7]).toHaveTextContent(/Tue 10 Mar.*2 h 5 min.*6 min.*40 min.*3 of 5/);
    expect(screen.getByTestId('month-summary')).toHaveTextContent(
      'Goal met on 2 of 9 days since you started · 17 breaks · 6 min moving',
    );
    // The week chart tells rest days and short days apart, against the goal.
    expect(rows[1]).toHaveTextContent(/Wed 4 Mar.*rest day/);
    expect(rows[3]).toHaveTextContent(/Fri 6 Mar.*2 of 5.*short of the goal/);
    expect(rows[2]).toHaveTextContent(/goal met/);
  });

  it('marks goal, saved, rest, missed and today in the streak calendar', async () => {
    renderDashboard();
    await chartsDrawn();
    const days = (kind: string) =>
      document.querySelector(`path[data-kind="${kind}"]`)?.getAttribute('data-days')?.split(' ');
    expect(days('goal')).toEqual(['2026-03-02', '2026-03-05']);
    expect(days('saved')).toEqual(['2026-03-03']);
    expect(days('rest')).toContain('2026-03-04');
    expect(days('missed')).toEqual(['2026-03-06']);
    expect(days('today')).toEqual(['2026-03-10']);
    // Future days are not drawn; days before the first record are "before you started".
    expect(document.querySelector('path[data-kind="future"]')).toBeNull();
    expect(days('none')).toContain('2026-03-01');
    // One path per kind however many weeks are shown.
    const calendar = screen.getByRole('img', { name: /^Last 17 weeks: goal met on 2 days/ });
    expect(calendar.querySelectorAll('path[data-kind]')).toHaveLength(6);
    expect(screen.getByTestId('grace-left')).toHaveTextContent(
      '1 grace day left this week (weeks start on Monday).',
    );
  });

  it('greets a new user with a first-week state, not with misses', async () => {
    const first = day('2026-03-10', { sittingSeconds: 40 * 60, breaksTaken: 1 });
    render(Dashboard, {
      props: {
        state: appState({ today: first }),
        history: history([]),
        settings: settings(),
        now: () => NOW,
        actions: actions(),
      },
    });
    expect(screen.getByTestId('month-summary')).toHaveTextContent(
      'Your first days with Posture Break will show here.',
    );
    const rows = within(await screen.findByRole('table', { name: 'Last 7 days' })).getAllByRole(
      'row',
    );
    expect(rows[1]).toHaveTextContent(/Wed 4 Mar.*before you started/);
    expect(rows[7]).toHaveTextContent(/Tue 10 Mar.*today, still open/);
    await chartsDrawn();
    expect(document.querySelector('path[data-kind="missed"]')).toBeNull();
  });

  it('shows the install day as the session classified it: a rest day, the grace day kept', async () => {
    // Installed on Monday afternoon: one break, most of a working day's sitting.
    const installDay = day('2026-03-09', { sittingSeconds: 3 * 3600, breaksTaken: 1 });
    render(Dashboard, {
      props: {
        state: appState({ today }),
        history: history([installDay], '2026-03-10', settings(), { firstDayIsRest: true }),
        settings: settings(),
        now: () => NOW,
        actions: actions(),
      },
    });
    expect(screen.getByTestId('grace-left')).toHaveTextContent('1 grace day left this week');
    await chartsDrawn();
    expect(document.querySelector('path[data-kind="saved"]')).toBeNull();
    expect(
      document.querySelector('path[data-kind="rest"]')?.getAttribute('data-days')?.split(' '),
    ).toContain('2026-03-09');
  });

  it('shows month labels on the streak calendar', async () => {
    renderDashboard();
    await chartsDrawn();
    const calendar = screen.getByRole('img', { name: /^Last 17 weeks/ });
    const labels = [...calendar.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Dec', 'Jan', 'Feb', 'Mar', 'Mon', 'Wed']));
  });

  it('draws the hour-by-hour timeline from the given hours', async () => {
    renderDashboard();
    const table = await screen.findByRole('table', { name: 'Today by hour, in minutes' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent(/09:00\s*50\s*2\s*0/);
  });

  it('shows the part of sitting spent in calls, today and hour by hour, only when there is some', async () => {
    renderDashboard({ today: { ...today, callSeconds: 45 * 60 } }, 30 * 60);
    expect(screen.getByTestId('today-calls')).toHaveTextContent('of which in calls: 45 min');
    const table = await screen.findByRole('table', { name: 'Today by hour, in minutes' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/09:00\s*50\s*2\s*0\s*30/);
    expect(screen.getAllByText('On a call')).toHaveLength(2);
  });

  it('says breaks wait during a call', () => {
    renderDashboard({ status: status({ callSince: NOW - 60_000, breakState: 'due' }) });
    expect(screen.getByTestId('next-break')).toHaveTextContent(
      'In a call Breaks wait until it ends: one is ready for you then.',
    );
  });

  it('shows no call line or column on a day without calls', () => {
    renderDashboard();
    expect(screen.queryByTestId('today-calls')).toBeNull();
    expect(screen.queryByText('On a call')).toBeNull();
    expect(screen.queryByText('Of which in calls')).toBeNull();
  });

  it('labels "now" on the timeline and shows call time once the hours carry it', async () => {
    renderDashboard();
    await chartsDrawn();
    const chart = screen.getByRole('img', { name: /each hour of today/ });
    expect(chart).toHaveTextContent('now 14:00');
    expect(chart).toHaveTextContent('60 min');
    expect(screen.queryByText('On a call')).toBeNull();
    render(Dashboard, {
      props: {
        state: appState({
          today,
          todayHours: hours({ 10: { sittingSeconds: 45 * 60, callSeconds: 25 * 60 } }),
        }),
        history: history(past),
        settings: settings(),
        now: () => NOW,
        actions: actions(),
      },
    });
    const tables = await waitFor(() => {
      const found = screen.getAllByRole('table', { name: 'Today by hour, in minutes' });
      expect(found).toHaveLength(2);
      return found;
    });
    expect(screen.getAllByText('On a call')).toHaveLength(2); // legend and table column
    const rows = within(tables[1]!).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/10:00\s*45\s*0\s*0\s*25/);
  });

  it("speaks German in the charts, on the OS locale's 12-hour clock", async () => {
    i18n.use('de', 'en-US');
    try {
      renderDashboard();
      const week = await screen.findByRole('table', { name: 'Die letzten 7 Tage' });
      const rows = within(week).getAllByRole('row');
      expect(rows[1]).toHaveTextContent(/Mi\., 4\. März.*Ruhetag/);
      expect(rows[3]).toHaveTextContent(/Fr\., 6\. März.*2 von 5.*unter dem Ziel/);
      expect(screen.getByTestId('month-summary')).toHaveTextContent(
        'Ziel seit deinem Start an 2 von 9 Tagen erreicht · 17 Pausen · 6 Min. in Bewegung',
      );
      const timeline = screen.getByRole('img', { name: /jeder Stunde des heutigen Tages/ });
      expect(timeline).toHaveTextContent(/jetzt 2:00\sPM/);
      expect(timeline).toHaveTextContent(/12\sAM/);
      const hours = await screen.findByRole('table', { name: 'Heute nach Stunden, in Minuten' });
      expect(within(hours).getAllByRole('row')[1]).toHaveTextContent(/9:00\sAM\s*50\s*2\s*0/);
      expect(screen.getByTestId('grace-left')).toHaveTextContent(
        'Diese Woche ist noch 1 Jokertag übrig (Wochen beginnen am Montag).',
      );
      await chartsDrawn();
      const calendar = screen.getByRole('img', { name: /^Letzte 17 Wochen: Ziel an 2 Tagen/ });
      const labels = [...calendar.querySelectorAll('text')].map((t) => t.textContent);
      expect(labels).toEqual(expect.arrayContaining(['Dez', 'Jan', 'Mär', 'Mo', 'Mi']));
    } finally {
      i18n.use('en', 'en-GB');
    }
  });

  it('warns when idle time cannot be measured and shows a notice with Dismiss', async () => {
    const a = renderDashboard({
      idleSupported: false,
      notice: 'The store was reset; backup kept.',
    });
    expect(screen.getByRole('alert')).toHaveTextContent("Desk time can't be measured");
    // It says what still works instead.
    expect(screen.getByRole('alert')).toHaveTextContent('Take a break now');
    expect(screen.getByText('The store was reset; backup kept.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(a.dismissNotice).toHaveBeenCalledOnce();
  });

  it('exports CSV and JSON and says where the file went', async () => {
    const a = renderDashboard();
    await fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(a.exportHistory).toHaveBeenCalledWith('csv');
    expect(await screen.findByText('Saved /home/me/posture.csv')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(a.exportHistory).toHaveBeenCalledWith('json');
  });
});
