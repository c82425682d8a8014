/** The label and one-line explanation of every setting, in plain words. */
import type { SettingsKey } from '../../../electron/core/settings.ts';

export interface SettingText {
  label: string;
  hint: string;
}

/** macOS offers no dependable way to see another app's microphone or camera use without a native addon. */
export const DETECT_CALLS_MAC_HINT =
  'macOS does not let Posture Break see when another app uses the microphone or camera, so calls are not detected automatically. Choose "In a meeting" in the tray menu and breaks wait until you turn it off.';

/** True in the app on a Mac (the renderer has no Node; the user agent names the platform). */
export const isMac = (userAgent: string = globalThis.navigator?.userAgent ?? ''): boolean =>
  /Macintosh|Mac OS X/.test(userAgent);

export const SETTING_TEXT: Record<SettingsKey, SettingText> = {
  breakIntervalMinutes: {
    label: 'Remind me after sitting for',
    hint: 'Minutes of desk time before a break is due. Short, frequent breaks help most.',
  },
  breakDurationSeconds: {
    label: 'Break length',
    hint: 'How long each guided routine lasts, in seconds (120 = two minutes).',
  },
  awayAfterSeconds: {
    label: 'Count me away after',
    hint: 'Seconds with no keyboard or mouse before that time counts as a break you took on your own.',
  },
  snoozeMinutes: {
    label: 'Snooze for',
    hint: 'Minutes of sitting before a snoozed break asks again.',
  },
  maxSnoozes: {
    label: 'Snoozes allowed per break',
    hint: 'After this many, the reminder offers only Start or Skip. 0 turns snoozing off.',
  },
  autoOpen: {
    label: 'Open the break window by itself',
    hint: 'If a reminder goes unanswered, bring up the break window (it still waits for you to press Start).',
  },
  autoOpenSeconds: {
    label: 'Open it after',
    hint: 'Seconds an unanswered reminder waits before the break window opens.',
  },
  dailyGoalBreaks: {
    label: 'Daily goal',
    hint: 'Completed breaks that make a day count toward your streak.',
  },
  restDayBelowMinutes: {
    label: 'Rest day below',
    hint: 'A day with less desk time than this many minutes is a rest day: it neither adds to nor breaks a streak.',
  },
  graceDaysPerWeek: {
    label: 'Grace days per week',
    hint: 'Missed workdays forgiven each week (refilled every Monday) so one busy day does not end a streak.',
  },
  dayStartsAt: {
    label: 'My day starts at',
    hint: 'Time away across this hour is your night, not a break. Pausing "until tomorrow" ends here too.',
  },
  workingHours: {
    label: 'Only remind me during working hours',
    hint: 'Outside these hours time is still counted, but no reminders appear.',
  },
  equipment: {
    label: 'I have a resistance band',
    hint: 'Unlocks band moves such as pull-aparts; without one you get a no-band version.',
  },
  space: {
    label: 'Space for moving',
    hint: 'Which moves fit where you work.',
  },
  sound: {
    label: 'Soft sound cues',
    hint: 'A gentle tone when a move changes during a break.',
  },
  reduceMotion: {
    label: 'Reduce motion',
    hint: 'Show still pictures instead of animated figures. "System" follows your computer.',
  },
  theme: {
    label: 'Theme',
    hint: 'Light, dark, or the same as your computer.',
  },
  launchAtLogin: {
    label: 'Start when I log in',
    hint: 'So desk time is counted from the start of your day.',
  },
  strictMode: {
    label: 'Strict mode',
    hint: 'No Snooze or Skip (window, notification or tray), and a started break runs to its end. Hold Esc for 3 seconds to leave in an emergency.',
  },
  eyeCue: {
    label: '20-20-20 eye reminder',
    hint: 'Adds a tip to reminders: look at something 20 feet (6 m) away for 20 seconds.',
  },
  fullScreenBreak: {
    label: 'Full-screen breaks',
    hint: 'The break covers the whole screen, so it is hard to keep working through it.',
  },
  detectCalls: {
    label: 'Wait during calls',
    hint: 'While another app uses the microphone or camera, breaks wait until the call ends. You can also choose "In a meeting" in the tray menu.',
  },
  headsUpNotification: {
    label: 'Heads-up before a break',
    hint: 'A quiet notification one minute before a break, so you can finish your sentence.',
  },
  language: {
    label: 'Language',
    hint: 'The language of every screen and reminder. "System" follows your computer.',
  },
};

export const SPACE_TEXT = {
  seated: { label: 'Seated', hint: 'Only moves you can do in a chair.' },
  standing: { label: 'Standing', hint: 'Seated and standing moves.' },
  floor: { label: 'Floor', hint: 'Everything, including moves on a mat.' },
} as const;
