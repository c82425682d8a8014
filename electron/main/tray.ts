/**
 * The tray: icon per state (counting, break due, paused), tooltip and menu. The menu is a pure model
 * built from the app state and pushed to Electron only when what it shows changes, never on a timer.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppState } from '../core/ipc-contract.ts';

export type TrayIconState = 'counting' | 'due' | 'paused';

export type TrayAction =
  | 'break-now'
  | 'snooze'
  | 'skip'
  | 'pause-30'
  | 'pause-60'
  | 'pause-tomorrow'
  | 'resume'
  | 'meeting-on'
  | 'meeting-30'
  | 'meeting-60'
  | 'meeting-off'
  | 'dashboard'
  | 'settings'
  | 'quit';

export type TrayItem =
  | { kind: 'info'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { kind: 'submenu'; label: string; items: TrayItem[] };

export interface TrayModel {
  icon: TrayIconState;
  tooltip: string;
  items: TrayItem[];
}

export interface TrayFormat {
  /** A clock time in the user's locale, e.g. "15:00" or "3:00 PM". */
  time(ms: number): string;
  /** True when both instants fall on the same local date. */
  sameDay(a: number, b: number): boolean;
}

export const defaultTrayFormat: TrayFormat = {
  time: (ms) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }),
  sameDay: (a, b) => new Date(a).toDateString() === new Date(b).toDateString(),
};

/** "45 min", "2 h 05 min"; whole minutes, rounded down (sitting) or up (waiting). */
export function formatMinutes(seconds: number, round: 'down' | 'up' = 'down'): string {
  const total = Math.max(0, round === 'up' ? Math.ceil(seconds / 60) : Math.floor(seconds / 60));
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${h} h ${String(m).padStart(2, '0')} min`;
}

export function trayIconState(state: AppState): TrayIconState {
  const s = state.status;
  // In a call breaks wait, as when paused.
  if (s.callSince !== null && s.activity !== 'break') return 'paused';
  if (s.breakState === 'pending' && s.activity !== 'break') return 'due';
  if (s.reminders !== 'active' && s.activity !== 'break') return 'paused';
  return 'counting';
}

/** The headline: what happens next. */
export function nextBreakLine(state: AppState, format: TrayFormat): string {
  const s = state.status;
  if (s.activity === 'break') return 'On a break';
  if (s.callSince !== null) return 'In a call — breaks wait';
  if (s.breakState === 'pending') return 'Break due now';
  if (s.reminders === 'paused') {
    if (s.pausedUntil === null) return 'Reminders paused';
    const day = format.sameDay(s.pausedUntil, s.at) ? '' : 'tomorrow ';
    return `Reminders paused until ${day}${format.time(s.pausedUntil)}`;
  }
  if (s.reminders === 'outside-hours') return 'Outside working hours';
  if (s.activity === 'away') return 'Away from the desk';
  if (s.nextDueAt === null) return 'Next break: not scheduled';
  const waitSeconds = (s.nextDueAt - s.at) / 1000;
  return waitSeconds <= 0 ? 'Break due now' : `Next break in ${formatMinutes(waitSeconds, 'up')}`;
}

export function todayLine(state: AppState): string {
  const t = state.today;
  return `Today: sitting ${formatMinutes(t.sittingSeconds)} · moving ${formatMinutes(t.movingSeconds)}`;
}

/** "In a meeting" (until turned off, 30 min, 1 h), or a way out of the one the user switched on. */
function meetingItem(state: AppState, format: TrayFormat): TrayItem {
  const m = state.meeting;
  if (m?.manual) {
    const until = m.manualUntil === null ? '' : ` (until ${format.time(m.manualUntil)})`;
    return { kind: 'action', action: 'meeting-off', label: `End meeting${until}`, enabled: true };
  }
  return {
    kind: 'submenu',
    label: 'In a meeting',
    items: [
      { kind: 'action', action: 'meeting-on', label: 'Until I turn it off', enabled: true },
      { kind: 'action', action: 'meeting-30', label: 'For 30 minutes', enabled: true },
      { kind: 'action', action: 'meeting-60', label: 'For 1 hour', enabled: true },
    ],
  };
}

export function buildTrayModel(state: AppState, format: TrayFormat = defaultTrayFormat): TrayModel {
  const s = state.status;
  const onBreak = s.activity === 'break';
  const next = nextBreakLine(state, format);
  const today = todayLine(state);
  const goal = `Breaks taken: ${state.today.breaksTaken}`;
  const items: TrayItem[] = [
    { kind: 'info', label: next },
    { kind: 'info', label: today },
    { kind: 'info', label: goal },
    { kind: 'separator' },
    { kind: 'action', action: 'break-now', label: 'Take a break now', enabled: !onBreak },
  ];
  // Strict mode offers neither (canSkip is false there); Snooze is greyed out when none are left.
  if (s.breakState === 'pending' && s.canSkip) {
    items.push({ kind: 'action', action: 'snooze', label: 'Snooze', enabled: s.canSnooze });
  }
  if (s.canSkip) {
    items.push({ kind: 'action', action: 'skip', label: 'Skip this break', enabled: true });
  }
  if (s.reminders === 'paused') {
    items.push({ kind: 'action', action: 'resume', label: 'Resume reminders', enabled: true });
  }
  items.push(
    {
      kind: 'submenu',
      label: s.reminders === 'paused' ? 'Pause for…' : 'Pause reminders',
      items: [
        { kind: 'action', action: 'pause-30', label: '30 minutes', enabled: true },
        { kind: 'action', action: 'pause-60', label: '1 hour', enabled: true },
        { kind: 'action', action: 'pause-tomorrow', label: 'Until tomorrow', enabled: true },
      ],
    },
    meetingItem(state, format),
    { kind: 'separator' },
    { kind: 'action', action: 'dashboard', label: 'Open dashboard', enabled: true },
    { kind: 'action', action: 'settings', label: 'Settings…', enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: 'Quit Posture Break', enabled: true },
  );
  const idleNote = state.idleSupported
    ? ''
    : '\nThis system does not report idle time: start breaks with "Take a break now".';
  return {
    icon: trayIconState(state),
    tooltip: `Posture Break — ${next}\n${today}${idleNote}`,
    items,
  };
}

export function toMenuTemplate(
  items: readonly TrayItem[],
  onAction: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'info':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'submenu':
        return { label: item.label, submenu: toMenuTemplate(item.items, onAction) };
      case 'action':
        return {
          label: item.label,
          enabled: item.enabled,
          click: () => onAction(item.action),
        };
    }
  });
}

/** What the presenter needs from Electron's Tray (the adapter in main.ts builds the menu and images). */
export interface TrayView {
  setIcon(state: TrayIconState): void;
  setToolTip(text: string): void;
  setMenu(items: readonly TrayItem[]): void;
}

/** Pushes a new model to the view only when it differs from the last one. */
export class TrayPresenter {
  private lastIcon: TrayIconState | null = null;
  private lastTooltip: string | null = null;
  private lastItems: string | null = null;
  /** How many times the menu was rebuilt (reported by tests and the e2e check). */
  menuBuilds = 0;

  constructor(
    private readonly view: TrayView,
    private readonly format: TrayFormat = defaultTrayFormat,
  ) {}

  update(state: AppState): TrayModel {
    const model = buildTrayModel(state, this.format);
    if (model.icon !== this.lastIcon) {
      this.lastIcon = model.icon;
      this.view.setIcon(model.icon);
    }
    if (model.tooltip !== this.lastTooltip) {
      this.lastTooltip = model.tooltip;
      this.view.setToolTip(model.tooltip);
    }
    const items = JSON.stringify(model.items);
    if (items !== this.lastItems) {
      this.lastItems = items;
      this.menuBuilds++;
      this.view.setMenu(model.items);
    }
    return model;
  }
}
