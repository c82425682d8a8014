/**
 * The tray: icon per state (counting, break due, paused), tooltip and menu. The menu is a pure model
 * built from the app state and pushed to Electron only when what it shows changes, never on a timer.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { Translator } from '../core/i18n/translator.ts';
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

/** True when both instants fall on the same local date. */
function sameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/** A day's total for the tray: whole minutes, rounded down ("2 h 5 min" after 2 h 5 min 59 s). */
function dayTotal(words: Translator, seconds: number): string {
  return words.duration(Math.floor(Math.max(0, seconds) / 60) * 60);
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
export function nextBreakLine(state: AppState, words: Translator): string {
  const s = state.status;
  if (s.activity === 'break') return words.t('tray.onBreak');
  if (s.callSince !== null) return words.t('tray.inCall');
  if (s.breakState === 'pending') return words.t('tray.dueNow');
  if (s.reminders === 'paused') {
    if (s.pausedUntil === null) return words.t('tray.paused');
    const time = words.clock(s.pausedUntil);
    return sameDay(s.pausedUntil, s.at)
      ? words.t('tray.pausedUntil', { time })
      : words.t('tray.pausedUntilTomorrow', { time });
  }
  if (s.reminders === 'outside-hours') return words.t('tray.outsideHours');
  if (s.activity === 'away') return words.t('tray.away');
  if (s.nextDueAt === null) return words.t('tray.notScheduled');
  const waitMs = s.nextDueAt - s.at;
  // Waiting rounds up to the minute ("in 1 min" a minute ahead: the heads-up's wording).
  return waitMs <= 0
    ? words.t('tray.dueNow')
    : words.t('tray.nextBreak', { until: words.until(waitMs) });
}

export function todayLine(state: AppState, words: Translator): string {
  const t = state.today;
  return words.t('tray.today', {
    sitting: dayTotal(words, t.sittingSeconds),
    moving: dayTotal(words, t.movingSeconds),
  });
}

/** "In a meeting" (until turned off, 30 min, 1 h), or a way out of the one the user switched on. */
function meetingItem(state: AppState, words: Translator): TrayItem {
  const m = state.meeting;
  if (m?.manual) {
    const label =
      m.manualUntil === null
        ? words.t('tray.meetingEnd')
        : words.t('tray.meetingEndAt', { time: words.clock(m.manualUntil) });
    return { kind: 'action', action: 'meeting-off', label, enabled: true };
  }
  const action = (a: TrayAction, key: Parameters<Translator['t']>[0]): TrayItem => ({
    kind: 'action',
    action: a,
    label: words.t(key),
    enabled: true,
  });
  return {
    kind: 'submenu',
    label: words.t('tray.meeting'),
    items: [
      action('meeting-on', 'tray.meetingOn'),
      action('meeting-30', 'tray.meeting30'),
      action('meeting-60', 'tray.meeting60'),
    ],
  };
}

/** The tray in `words`' language, times on its clock (English, 24-hour by default). */
export function buildTrayModel(state: AppState, words: Translator = new Translator()): TrayModel {
  const s = state.status;
  const onBreak = s.activity === 'break';
  const next = nextBreakLine(state, words);
  const today = todayLine(state, words);
  const goal = words.t('tray.breaksTaken', { count: state.today.breaksTaken });
  const label = words.t.bind(words);
  const items: TrayItem[] = [
    { kind: 'info', label: next },
    { kind: 'info', label: today },
    { kind: 'info', label: goal },
    { kind: 'separator' },
    { kind: 'action', action: 'break-now', label: label('tray.breakNow'), enabled: !onBreak },
  ];
  // Strict mode offers neither (canSkip is false there); Snooze is greyed out when none are left.
  if (s.breakState === 'pending' && s.canSkip) {
    items.push({
      kind: 'action',
      action: 'snooze',
      label: label('tray.snooze'),
      enabled: s.canSnooze,
    });
  }
  if (s.canSkip) {
    items.push({ kind: 'action', action: 'skip', label: label('tray.skip'), enabled: true });
  }
  if (s.reminders === 'paused') {
    items.push({ kind: 'action', action: 'resume', label: label('tray.resume'), enabled: true });
  }
  items.push(
    {
      kind: 'submenu',
      label: label(s.reminders === 'paused' ? 'tray.pauseFor' : 'tray.pause'),
      items: [
        { kind: 'action', action: 'pause-30', label: label('tray.pause30'), enabled: true },
        { kind: 'action', action: 'pause-60', label: label('tray.pause60'), enabled: true },
        {
          kind: 'action',
          action: 'pause-tomorrow',
          label: label('tray.pauseTomorrow'),
          enabled: true,
        },
      ],
    },
    meetingItem(state, words),
    { kind: 'separator' },
    { kind: 'action', action: 'dashboard', label: label('tray.dashboard'), enabled: true },
    { kind: 'action', action: 'settings', label: label('tray.settings'), enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: label('tray.quit'), enabled: true },
  );
  const idleNote = state.idleSupported ? '' : `\n${words.t('tray.noIdle')}`;
  return {
    icon: trayIconState(state),
    tooltip: words.t('tray.tooltip', { next, today }) + idleNote,
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
    /** The words to say it in; main's follow the language setting, so an update relabels at once. */
    private readonly words: Translator = new Translator(),
  ) {}

  update(state: AppState): TrayModel {
    const model = buildTrayModel(state, this.words);
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
