/**
 * The message catalog: every user-facing string of the converted screens (header, dashboard cards),
 * in English and German. ICU-style placeholders and plurals (see format-message.ts). German is typed
 * against English, so a missing key does not compile; tests/component/i18n.test.ts checks both too.
 */
export const en = {
  'nav.main': 'Main',
  'nav.dashboard': 'Dashboard',
  'nav.settings': 'Settings',
  'status.onBreak': 'On a break',
  'status.breakDue': 'Break due',
  'status.paused': 'Paused',
  'status.offHours': 'Off hours',
  'status.away': 'Away',
  'status.counting': 'Counting',

  'duration.underMinute': 'under a minute',
  'duration.minutes': '{m} min',
  'duration.hours': '{h} h',
  'duration.hoursMinutes': '{h} h {m} min',
  'until.now': 'now',
  'until.underMinute': 'in under a minute',
  'until.in': 'in {duration}',

  'today.title': 'Today',
  'today.sitting': 'Sitting',
  'today.moving': 'Moving',
  'today.away': 'Away',
  'today.longest': 'Longest time sitting without a break: {duration}',
  'today.natural':
    '{count, plural, one {# time you stepped away on your own} other {# times you stepped away on your own}}',

  'goal.title': 'Breaks',
  'goal.ring': '{taken} of {goal} breaks',
  'goal.count': '{taken} of {goal}',
  'goal.reached': "Today's goal is reached. Nice work.",
  'goal.dayOff': 'A day off: it stays a rest day while you sit less than {threshold}.',
  'goal.lightDay': 'A rest day so far (under {threshold} sitting). Sit longer and the goal counts.',
  'goal.left': "{left} more to reach today's goal.",
  'goal.partial': '{count} cut short',
  'goal.skipped': '{count} skipped',
  'goal.missed': '{count} missed',

  'streak.title': 'Streak',
  'streak.days': '{count, plural, one {# day} other {# days}}',
  'streak.longest': 'Longest: {days}',
  'streak.lifetime':
    'All time: {count, plural, one {# break} other {# breaks}} · {duration} moving',

  'next.title': 'Next break',
  'next.onBreak': 'On a break now',
  'next.due': 'Due now',
  'next.waiting': 'Your break is waiting for you.',
  'next.paused': 'Paused',
  'next.pausedUntil': 'Reminders are off until {time}.',
  'next.pausedUntilTomorrow': 'Reminders are off until tomorrow at {time}.',
  'next.offHours': 'Off hours',
  'next.offHoursText': 'No reminders outside your working hours.',
  'next.away': "You're away",
  'next.awayText': "The timer starts again when you're back.",
  'next.atAbout': 'At about {time} if you keep sitting.',
  'next.startBreak': 'Start break',
  'next.breakNow': 'Take a break now',
  'next.resume': 'Resume reminders',
  'next.pause': 'Pause…',
  'next.pauseMenu': 'Pause reminders',
  'next.for30': 'For 30 minutes',
  'next.for60': 'For 1 hour',
  'next.untilTomorrow': 'Until tomorrow',
} as const;

export type MessageKey = keyof typeof en;

export const de: Record<MessageKey, string> = {
  'nav.main': 'Hauptmenü',
  'nav.dashboard': 'Übersicht',
  'nav.settings': 'Einstellungen',
  'status.onBreak': 'In der Pause',
  'status.breakDue': 'Pause fällig',
  'status.paused': 'Pausiert',
  'status.offHours': 'Arbeitsfrei',
  'status.away': 'Abwesend',
  'status.counting': 'Zählt mit',

  'duration.underMinute': 'unter einer Minute',
  'duration.minutes': '{m} Min.',
  'duration.hours': '{h} Std.',
  'duration.hoursMinutes': '{h} Std. {m} Min.',
  'until.now': 'jetzt',
  'until.underMinute': 'in weniger als einer Minute',
  'until.in': 'in {duration}',

  'today.title': 'Heute',
  'today.sitting': 'Sitzen',
  'today.moving': 'Bewegung',
  'today.away': 'Abwesend',
  'today.longest': 'Längste Zeit im Sitzen ohne Pause: {duration}',
  'today.natural':
    '{count, plural, one {einmal von selbst aufgestanden} other {# Mal von selbst aufgestanden}}',

  'goal.title': 'Pausen',
  'goal.ring': '{taken} von {goal} Pausen',
  'goal.count': '{taken} von {goal}',
  'goal.reached': 'Tagesziel erreicht. Gut gemacht!',
  'goal.dayOff': 'Ein freier Tag: Er bleibt ein Ruhetag, solange du weniger als {threshold} sitzt.',
  'goal.lightDay':
    'Bisher ein Ruhetag (unter {threshold} im Sitzen). Sitzt du länger, zählt das Tagesziel.',
  'goal.left': '{left, plural, one {Noch eine Pause} other {Noch # Pausen}} bis zum Tagesziel.',
  'goal.partial': '{count} abgebrochen',
  'goal.skipped': '{count} übersprungen',
  'goal.missed': '{count} verpasst',

  'streak.title': 'Serie',
  'streak.days': '{count, plural, one {# Tag} other {# Tage}}',
  'streak.longest': 'Längste: {days}',
  'streak.lifetime':
    'Insgesamt: {count, plural, one {# Pause} other {# Pausen}} · {duration} in Bewegung',

  'next.title': 'Nächste Pause',
  'next.onBreak': 'Gerade in der Pause',
  'next.due': 'Jetzt fällig',
  'next.waiting': 'Deine Pause wartet auf dich.',
  'next.paused': 'Pausiert',
  'next.pausedUntil': 'Erinnerungen sind bis {time} aus.',
  'next.pausedUntilTomorrow': 'Erinnerungen sind bis morgen, {time}, aus.',
  'next.offHours': 'Arbeitsfrei',
  'next.offHoursText': 'Außerhalb deiner Arbeitszeit gibt es keine Erinnerungen.',
  'next.away': 'Du bist weg',
  'next.awayText': 'Der Zähler läuft weiter, sobald du zurück bist.',
  'next.atAbout': 'Gegen {time}, wenn du sitzen bleibst.',
  'next.startBreak': 'Pause starten',
  'next.breakNow': 'Jetzt Pause machen',
  'next.resume': 'Erinnerungen fortsetzen',
  'next.pause': 'Pausieren…',
  'next.pauseMenu': 'Erinnerungen pausieren',
  'next.for30': 'Für 30 Minuten',
  'next.for60': 'Für eine Stunde',
  'next.untilTomorrow': 'Bis morgen',
};

export const CATALOGS = { en, de } as const;
export type UiLanguage = keyof typeof CATALOGS;
