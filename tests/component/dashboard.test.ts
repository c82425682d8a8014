// The dashboard renders given data: today, goal, streak, next break, charts, calendar, banners and export.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Dashboard from '../../renderer/src/dashboard/Dashboard.svelte';
import type { DashboardActions } from '../../renderer/src/dashboard/model.ts';
import { NOW, appState, day, history, hours, settings, status } from './fixtures.ts';

function actions(): DashboardActions {
  return {
    startBreak: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    dismissNotice: vi.fn(),
    snooze: vi.fn(),
    skip: vi.fn(),
    quit: vi.fn(),
    exportHistory: vi.fn(async (format: 'csv' | 'json') => `/home/me/posture.${format}`),
  };
}

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

  it('fills the last 7 and 30 days from history, empty days included', () => {
    renderDashboard();
    const week = screen.getByRole('table', { name: 'Last 7 days' });
    const rows = within(week).getAllByRole('row');
    expect(rows).toHaveLength(8); // header + 7 days
    expect(rows[1]).toHaveTextContent('Wed 4 Mar');
    expect(rows[2]).toHaveTextContent(/Thu 5 Mar.*7 h.*6 of 5/);
    expect(rows[7]).toHaveTextContent(/Tue 10 Mar.*2 h 5 min.*6 min.*40 min.*3 of 5/);
    expect(screen.getByTestId('month-summary')).toHaveTextContent(
      'Goal met on 2 of 30 days · 17 breaks · 6 min moving',
    );
  });

  it('marks goal, saved, rest, missed and today in the streak calendar', () => {
    renderDashboard();
    const cell = (label: string) => screen.getByText(label).parentElement;
    expect(cell('Mon 2 Mar: goal met')).toHaveAttribute('data-kind', 'goal');
    expect(cell('Tue 3 Mar: saved by a grace day')).toHaveAttribute('data-kind', 'saved');
    expect(cell('Wed 4 Mar: rest day')).toHaveAttribute('data-kind', 'rest');
    expect(cell('Fri 6 Mar: missed')).toHaveAttribute('data-kind', 'missed');
    expect(cell('Tue 10 Mar: today, still open')).toHaveAttribute('data-kind', 'today');
    expect(cell('Wed 11 Mar: not yet')).toHaveAttribute('data-kind', 'future');
  });

  it('draws the hour-by-hour timeline from the given hours', () => {
    renderDashboard();
    const table = screen.getByRole('table', { name: 'Today by hour, in minutes' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent(/09:00\s*50\s*2\s*0/);
  });

  it('shows the part of sitting spent in calls, today and hour by hour, only when there is some', () => {
    renderDashboard({ today: { ...today, callSeconds: 45 * 60 } }, 30 * 60);
    expect(screen.getByTestId('today-calls')).toHaveTextContent('of which in calls: 45 min');
    const table = screen.getByRole('table', { name: 'Today by hour, in minutes' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/09:00\s*50\s*2\s*0\s*30/);
    expect(screen.getByText('In calls')).toBeInTheDocument();
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
    expect(screen.queryByText('In calls')).toBeNull();
    expect(screen.queryByText('Of which in calls')).toBeNull();
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
