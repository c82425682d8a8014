/**
 * The dashboard's charts: today hour by hour, the last 7 and 30 days, the streak calendar.
 * Weekday and month names are here rather than from Intl.DateTimeFormat: the first Intl formatter in
 * a window loads ICU locale data (10–40 ms), more than the dashboard's first frame can spare.
 */
export const en = {
  'chart.legend': 'Legend',
  'chart.goalLine': 'goal {goal}',
  'chart.day': 'Day',
  'chart.breaks': 'Breaks',
  'chart.status': 'Status',
  'chart.onCall': 'On a call',
  'chart.decimalPoint': '.',
  'chart.hoursShort': '{h} h',
  'chart.minutesShort': '{m} m',
  'chart.kind.goal': 'goal met',
  'chart.kind.short': 'short of the goal',
  'chart.kind.saved': 'saved by a grace day',
  'chart.kind.rest': 'rest day',
  'chart.kind.missed': 'missed',
  'chart.kind.today': 'today, still open',
  'chart.kind.future': 'not yet',
  'chart.kind.none': 'before you started',
  'chart.hours.title': 'Today, hour by hour',
  'chart.hours.label': 'Minutes sitting, moving and away in each hour of today',
  'chart.hours.scale': '{m} min',
  'chart.hours.now': 'now {time}',
  'chart.hours.caption': 'Today by hour, in minutes',
  'chart.hours.hour': 'Hour',
  'chart.week.title': 'Last 7 days',
  'chart.week.sub': 'Breaks each day against your goal of {goal}; sitting time below.',
  'chart.week.label':
    'Breaks taken against the goal of {goal}, and hours sitting, for each of the last 7 days',
  'chart.week.rest': 'rest',
  'chart.month.title': 'Last 30 days',
  'chart.month.first': 'Your first days with Posture Break will show here.',
  'chart.month.summary':
    'Goal met on {met} of {count, plural, one {# day} other {# days}} · {breaks, plural, one {# break} other {# breaks}} · {duration} moving',
  'chart.month.summarySince':
    'Goal met on {met} of {count, plural, one {# day} other {# days}} since you started · {breaks, plural, one {# break} other {# breaks}} · {duration} moving',
  'chart.month.label':
    'Breaks taken on each of the last 30 days against the goal of {goal}; goal met on {met, plural, one {# day} other {# days}}',
  'chart.calendar.title': 'Streak calendar',
  'chart.calendar.grace':
    '{count, plural, one {# grace day} other {# grace days}} left this week (weeks start on Monday).',
  'chart.calendar.summary':
    'Last {weeks} weeks: goal met on {goal, plural, one {# day} other {# days}}, {saved} saved by a grace day, {missed} missed, {rest, plural, one {# rest day} other {# rest days}}.',
  'chart.calendar.hover': '{day}: {kind}',
} as const;

export const de: Record<keyof typeof en, string> = {
  'chart.legend': 'Legende',
  'chart.goalLine': 'Ziel {goal}',
  'chart.day': 'Tag',
  'chart.breaks': 'Pausen',
  'chart.status': 'Stand',
  'chart.onCall': 'Im Gespräch',
  'chart.decimalPoint': ',',
  'chart.hoursShort': '{h} h',
  'chart.minutesShort': '{m} min',
  'chart.kind.goal': 'Ziel erreicht',
  'chart.kind.short': 'unter dem Ziel',
  'chart.kind.saved': 'von einem Jokertag gerettet',
  'chart.kind.rest': 'Ruhetag',
  'chart.kind.missed': 'verpasst',
  'chart.kind.today': 'heute, noch offen',
  'chart.kind.future': 'noch nicht',
  'chart.kind.none': 'vor deinem Start',
  'chart.hours.title': 'Heute, Stunde für Stunde',
  'chart.hours.label':
    'Minuten im Sitzen, in Bewegung und abwesend in jeder Stunde des heutigen Tages',
  'chart.hours.scale': '{m} min',
  'chart.hours.now': 'jetzt {time}',
  'chart.hours.caption': 'Heute nach Stunden, in Minuten',
  'chart.hours.hour': 'Stunde',
  'chart.week.title': 'Die letzten 7 Tage',
  'chart.week.sub': 'Pausen pro Tag im Vergleich zu deinem Ziel von {goal}, darunter die Sitzzeit.',
  'chart.week.label':
    'Pausen im Vergleich zum Ziel von {goal} und Zeit im Sitzen an jedem der letzten 7 Tage',
  'chart.week.rest': 'Ruhe',
  'chart.month.title': 'Die letzten 30 Tage',
  'chart.month.first': 'Hier erscheinen deine ersten Tage mit Posture Break.',
  'chart.month.summary':
    'Ziel an {met} von {count, plural, one {# Tag} other {# Tagen}} erreicht · {breaks, plural, one {# Pause} other {# Pausen}} · {duration} in Bewegung',
  'chart.month.summarySince':
    'Ziel seit deinem Start an {met} von {count, plural, one {# Tag} other {# Tagen}} erreicht · {breaks, plural, one {# Pause} other {# Pausen}} · {duration} in Bewegung',
  'chart.month.label':
    'Pausen an jedem der letzten 30 Tage im Vergleich zum Ziel von {goal}; Ziel an {met, plural, one {# Tag} other {# Tagen}} erreicht',
  'chart.calendar.title': 'Serienkalender',
  'chart.calendar.grace':
    '{count, plural, =0 {Diese Woche ist kein Jokertag mehr übrig} one {Diese Woche ist noch # Jokertag übrig} other {Diese Woche sind noch # Jokertage übrig}} (Wochen beginnen am Montag).',
  'chart.calendar.summary':
    'Letzte {weeks} Wochen: Ziel an {goal, plural, one {# Tag} other {# Tagen}} erreicht, {saved} von einem Jokertag gerettet, {missed} verpasst, {rest, plural, one {# Ruhetag} other {# Ruhetage}}.',
  'chart.calendar.hover': '{day}: {kind}',
};
