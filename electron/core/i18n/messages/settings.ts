/** The settings screen (also the working hours and space choice in onboarding): labels, hints, errors. */

/** Each language's name in its own words, the same in every catalog (the language choice shows them). */
export const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch' } as const;

export const en = {
  'settings.title': 'Settings',
  'settings.intro': 'Changes apply as soon as you make them.',
  'settings.saved': 'Saved',
  'settings.saveFailed': 'Could not save: {message}',

  'settings.section.breaks': 'Breaks',
  'settings.section.breaksIntro': 'How often you are reminded and how long a break lasts.',
  'settings.section.away': 'Away & day',
  'settings.section.awayIntro':
    'Stepping away from the desk counts as a break you took on your own.',
  'settings.section.hours': 'Working hours',
  'settings.section.hoursIntro':
    'Optional. Several ranges a day are fine, e.g. morning and afternoon around lunch.',
  'settings.section.goal': 'Goal & streak',
  'settings.section.goalIntro':
    "A small goal you can meet on a busy day; light days and one slip a week don't cost you the streak.",
  'settings.section.routine': 'Routine',
  'settings.section.routineIntro': 'Breaks only use moves that fit your equipment and space.',
  'settings.section.app': 'App',

  'settings.presets': 'Presets',
  'settings.preset.30-2': 'Every 30 min, 2 min',
  'settings.preset.30-2.hint': 'The default: short and easy to keep up.',
  'settings.preset.30-5': 'Every 30 min, 5 min',
  'settings.preset.30-5.hint':
    'Longer breaks; the schedule with the clearest effect on blood sugar in studies.',
  'settings.preset.20-2': 'Every 20 min, 2 min',
  'settings.preset.20-2.hint': 'More frequent, for long sitting days.',

  'settings.unit.minutes': 'min',
  'settings.unit.seconds': 's',
  'settings.unit.snoozes': 'snoozes',
  'settings.unit.breaks': 'breaks',
  'settings.unit.days': 'days',

  'settings.breakIntervalMinutes.label': 'Remind me after sitting for',
  'settings.breakIntervalMinutes.hint':
    'Minutes of desk time before a break is due. Short, frequent breaks help most.',
  'settings.breakDurationSeconds.label': 'Break length',
  'settings.breakDurationSeconds.hint':
    'How long each guided routine lasts, in seconds (120 = two minutes).',
  'settings.awayAfterSeconds.label': 'Count me away after',
  'settings.awayAfterSeconds.hint':
    'Seconds with no keyboard or mouse before that time counts as a break you took on your own.',
  'settings.snoozeMinutes.label': 'Snooze for',
  'settings.snoozeMinutes.hint': 'Minutes of sitting before a snoozed break asks again.',
  'settings.maxSnoozes.label': 'Snoozes allowed per break',
  'settings.maxSnoozes.hint':
    'After this many, the reminder offers only Start or Skip. 0 turns snoozing off.',
  'settings.autoOpen.label': 'Open the break window by itself',
  'settings.autoOpen.hint':
    'If a reminder goes unanswered, bring up the break window (it still waits for you to press Start).',
  'settings.autoOpenSeconds.label': 'Open it after',
  'settings.autoOpenSeconds.hint':
    'Seconds an unanswered reminder waits before the break window opens.',
  'settings.dailyGoalBreaks.label': 'Daily goal',
  'settings.dailyGoalBreaks.hint': 'Completed breaks that make a day count toward your streak.',
  'settings.restDayBelowMinutes.label': 'Rest day below',
  'settings.restDayBelowMinutes.hint':
    'A day with less desk time than this many minutes is a rest day: it neither adds to nor breaks a streak.',
  'settings.graceDaysPerWeek.label': 'Grace days per week',
  'settings.graceDaysPerWeek.hint':
    'Missed workdays forgiven each week (refilled every Monday) so one busy day does not end a streak.',
  'settings.dayStartsAt.label': 'My day starts at',
  'settings.dayStartsAt.hint':
    'Time away across this hour is your night, not a break. Pausing "until tomorrow" ends here too.',
  'settings.workingHours.label': 'Only remind me during working hours',
  'settings.workingHours.hint':
    'Outside these hours time is still counted, but no reminders appear.',
  'settings.equipment.label': 'I have a resistance band',
  'settings.equipment.hint':
    'Unlocks band moves such as pull-aparts; without one you get a no-band version.',
  'settings.space.label': 'Space for moving',
  'settings.space.hint': 'Which moves fit where you work.',
  'settings.sound.label': 'Soft sound cues',
  'settings.sound.hint': 'A gentle tone when a move changes during a break.',
  'settings.reduceMotion.label': 'Reduce motion',
  'settings.reduceMotion.hint':
    'Show still pictures instead of animated figures. "System" follows your computer.',
  'settings.theme.label': 'Theme',
  'settings.theme.hint': 'Light, dark, or the same as your computer.',
  'settings.launchAtLogin.label': 'Start when I log in',
  'settings.launchAtLogin.hint': 'So desk time is counted from the start of your day.',
  'settings.strictMode.label': 'Strict mode',
  'settings.strictMode.hint':
    'No Snooze or Skip (window, notification or tray), and a started break runs to its end. Hold Esc for 3 seconds to leave in an emergency.',
  'settings.eyeCue.label': '20-20-20 eye reminder',
  'settings.eyeCue.hint':
    'Adds a tip to reminders: look at something 20 feet (6 m) away for 20 seconds.',
  'settings.fullScreenBreak.label': 'Full-screen breaks',
  'settings.fullScreenBreak.hint':
    'The break covers the whole screen, so it is hard to keep working through it.',
  'settings.detectCalls.label': 'Wait during calls',
  'settings.detectCalls.hint':
    'While another app uses the microphone or camera, breaks wait until the call ends. You can also choose "In a meeting" in the tray menu.',
  'settings.detectCalls.macHint':
    'macOS does not let Posture Break see when another app uses the microphone or camera, so calls are not detected automatically. Choose "In a meeting" in the tray menu and breaks wait until you turn it off.',
  'settings.headsUpNotification.label': 'Heads-up before a break',
  'settings.headsUpNotification.hint':
    'A quiet notification one minute before a break, so you can finish your sentence.',
  'settings.language.label': 'Language',
  'settings.language.hint':
    'The language of every screen and reminder. "System" follows your computer.',

  'settings.choice.system': 'System',
  'settings.choice.light': 'Light',
  'settings.choice.dark': 'Dark',
  'settings.choice.on': 'On',
  'settings.choice.off': 'Off',
  'settings.space.seated': 'Seated',
  'settings.space.seated.hint': 'Only moves you can do in a chair.',
  'settings.space.standing': 'Standing',
  'settings.space.standing.hint': 'Seated and standing moves.',
  'settings.space.floor': 'Floor',
  'settings.space.floor.hint': 'Everything, including moves on a mat.',

  'settings.error.number': 'Must be a whole number of {unit} from {min} to {max} {got}.',
  'settings.error.empty': '(the box is empty)',
  'settings.error.got': '(you entered {value})',
  'settings.unitName.minutes': 'minutes',
  'settings.unitName.seconds': 'seconds',
  'settings.unitName.snoozes': 'snoozes',
  'settings.unitName.breaks': 'breaks',
  'settings.unitName.days': 'days',

  'hours.byWeekday': 'Working hours by weekday',
  'hours.none': 'No reminders',
  'hours.from': '{day} from',
  'hours.until': '{day} until',
  'hours.remove': 'Remove {day} {start} to {end}',
  'hours.add': '+ Add',
  'hours.addOn': 'Add hours on {day}',
  'hours.bothTimes': 'Enter both a start and an end time.',
  'hours.endAfterStart': 'The end time must be after the start time.',
  'hours.repeats': '{day} already has {start}–{end}.',
  'hours.overlaps': 'This overlaps {start}–{end} on {day}.',
  'hours.full': '{day} has no free time left to add.',
  'weekday.mon': 'Monday',
  'weekday.tue': 'Tuesday',
  'weekday.wed': 'Wednesday',
  'weekday.thu': 'Thursday',
  'weekday.fri': 'Friday',
  'weekday.sat': 'Saturday',
  'weekday.sun': 'Sunday',

  'time.invalid': 'Enter a time such as {example}.',
  'time.hint12': 'Type a time such as 9:30 AM or 5 PM. Arrow keys move it by 15 minutes.',
  'time.hint24': 'Type a time such as 09:30 or 17:00. Arrow keys move it by 15 minutes.',
} as const;

export const de: Record<keyof typeof en, string> = {
  'settings.title': 'Einstellungen',
  'settings.intro': 'Änderungen gelten sofort.',
  'settings.saved': 'Gespeichert',
  'settings.saveFailed': 'Speichern fehlgeschlagen: {message}',

  'settings.section.breaks': 'Pausen',
  'settings.section.breaksIntro': 'Wie oft du erinnert wirst und wie lange eine Pause dauert.',
  'settings.section.away': 'Abwesenheit & Tag',
  'settings.section.awayIntro':
    'Wenn du vom Schreibtisch aufstehst, zählt das als Pause, die du von selbst gemacht hast.',
  'settings.section.hours': 'Arbeitszeiten',
  'settings.section.hoursIntro':
    'Freiwillig. Mehrere Zeiträume pro Tag sind kein Problem, z. B. vormittags und nachmittags mit Mittagspause dazwischen.',
  'settings.section.goal': 'Ziel & Serie',
  'settings.section.goalIntro':
    'Ein kleines Ziel, das du auch an vollen Tagen schaffst. Ruhige Tage und ein Ausrutscher pro Woche kosten dich die Serie nicht.',
  'settings.section.routine': 'Übungen',
  'settings.section.routineIntro':
    'Pausen enthalten nur Übungen, die zu deiner Ausrüstung und deinem Platz passen.',
  'settings.section.app': 'App',

  'settings.presets': 'Vorlagen',
  'settings.preset.30-2': 'Alle 30 Min., 2 Min.',
  'settings.preset.30-2.hint': 'Die Voreinstellung: kurz und leicht durchzuhalten.',
  'settings.preset.30-5': 'Alle 30 Min., 5 Min.',
  'settings.preset.30-5.hint':
    'Längere Pausen; in Studien der Rhythmus mit der deutlichsten Wirkung auf den Blutzucker.',
  'settings.preset.20-2': 'Alle 20 Min., 2 Min.',
  'settings.preset.20-2.hint': 'Häufiger, für lange Tage im Sitzen.',

  'settings.unit.minutes': 'Min.',
  'settings.unit.seconds': 'Sek.',
  'settings.unit.snoozes': 'Mal',
  'settings.unit.breaks': 'Pausen',
  'settings.unit.days': 'Tage',

  'settings.breakIntervalMinutes.label': 'Erinnern nach einer Sitzzeit von',
  'settings.breakIntervalMinutes.hint':
    'Minuten am Schreibtisch, bis eine Pause fällig ist. Kurze, häufige Pausen helfen am meisten.',
  'settings.breakDurationSeconds.label': 'Pausenlänge',
  'settings.breakDurationSeconds.hint':
    'Wie lange eine angeleitete Übungsfolge dauert, in Sekunden (120 = zwei Minuten).',
  'settings.awayAfterSeconds.label': 'Als abwesend zählen nach',
  'settings.awayAfterSeconds.hint':
    'Sekunden ohne Tastatur und Maus, ab denen die Zeit als Pause zählt, die du von selbst gemacht hast.',
  'settings.snoozeMinutes.label': 'Verschieben um',
  'settings.snoozeMinutes.hint': 'Minuten im Sitzen, bis eine verschobene Pause erneut fragt.',
  'settings.maxSnoozes.label': 'So oft verschieben pro Pause',
  'settings.maxSnoozes.hint':
    'Danach bietet die Erinnerung nur noch Starten oder Überspringen an. 0 schaltet das Verschieben ab.',
  'settings.autoOpen.label': 'Pausenfenster von selbst öffnen',
  'settings.autoOpen.hint':
    'Bleibt eine Erinnerung unbeantwortet, öffnet sich das Pausenfenster (es wartet trotzdem, bis du auf Starten drückst).',
  'settings.autoOpenSeconds.label': 'Öffnen nach',
  'settings.autoOpenSeconds.hint':
    'Sekunden, die eine unbeantwortete Erinnerung wartet, bevor sich das Pausenfenster öffnet.',
  'settings.dailyGoalBreaks.label': 'Tagesziel',
  'settings.dailyGoalBreaks.hint':
    'So viele abgeschlossene Pausen braucht ein Tag, damit er für deine Serie zählt.',
  'settings.restDayBelowMinutes.label': 'Ruhetag unter',
  'settings.restDayBelowMinutes.hint':
    'Ein Tag mit weniger Minuten am Schreibtisch ist ein Ruhetag: Er verlängert die Serie nicht und unterbricht sie auch nicht.',
  'settings.graceDaysPerWeek.label': 'Schontage pro Woche',
  'settings.graceDaysPerWeek.hint':
    'So viele verpasste Arbeitstage pro Woche werden verziehen (jeden Montag wieder aufgefüllt), damit ein voller Tag nicht deine Serie beendet.',
  'settings.dayStartsAt.label': 'Mein Tag beginnt um',
  'settings.dayStartsAt.hint':
    'Abwesenheit über diese Uhrzeit hinweg ist deine Nacht, keine Pause. Auch „bis morgen“ pausieren endet hier.',
  'settings.workingHours.label': 'Nur während der Arbeitszeit erinnern',
  'settings.workingHours.hint':
    'Außerhalb dieser Zeiten wird weiter gezählt, aber es kommen keine Erinnerungen.',
  'settings.equipment.label': 'Ich habe ein Fitnessband',
  'settings.equipment.hint':
    'Schaltet Übungen mit Band frei, etwa das Auseinanderziehen; ohne Band bekommst du eine Variante ohne.',
  'settings.space.label': 'Platz zum Bewegen',
  'settings.space.hint': 'Welche Übungen an deinen Arbeitsplatz passen.',
  'settings.sound.label': 'Leise Tonsignale',
  'settings.sound.hint': 'Ein sanfter Ton, wenn in der Pause die nächste Übung beginnt.',
  'settings.reduceMotion.label': 'Bewegung reduzieren',
  'settings.reduceMotion.hint':
    'Standbilder statt animierter Figuren. „System“ richtet sich nach deinem Computer.',
  'settings.theme.label': 'Erscheinungsbild',
  'settings.theme.hint': 'Hell, dunkel oder wie dein Computer.',
  'settings.launchAtLogin.label': 'Beim Anmelden starten',
  'settings.launchAtLogin.hint': 'Damit deine Zeit am Schreibtisch ab Tagesbeginn zählt.',
  'settings.strictMode.label': 'Strenger Modus',
  'settings.strictMode.hint':
    'Kein Verschieben oder Überspringen (weder im Fenster noch in der Benachrichtigung oder im Tray), und eine begonnene Pause läuft bis zum Ende. Im Notfall Esc 3 Sekunden lang gedrückt halten.',
  'settings.eyeCue.label': '20-20-20-Augenpause',
  'settings.eyeCue.hint':
    'Ergänzt Erinnerungen um einen Tipp: 20 Sekunden lang auf etwas in 6 m Entfernung schauen.',
  'settings.fullScreenBreak.label': 'Pausen im Vollbild',
  'settings.fullScreenBreak.hint':
    'Die Pause füllt den ganzen Bildschirm, sodass du kaum einfach weiterarbeiten kannst.',
  'settings.detectCalls.label': 'Während Anrufen warten',
  'settings.detectCalls.hint':
    'Solange eine andere App Mikrofon oder Kamera nutzt, warten Pausen, bis der Anruf vorbei ist. Du kannst auch im Tray-Menü „In einem Meeting“ wählen.',
  'settings.detectCalls.macHint':
    'macOS lässt Posture Break nicht sehen, wann eine andere App Mikrofon oder Kamera nutzt, daher werden Anrufe nicht automatisch erkannt. Wähle im Tray-Menü „In einem Meeting“, dann warten Pausen, bis du es wieder ausschaltest.',
  'settings.headsUpNotification.label': 'Vorwarnung vor einer Pause',
  'settings.headsUpNotification.hint':
    'Eine stille Benachrichtigung eine Minute vor der Pause, damit du deinen Satz zu Ende schreiben kannst.',
  'settings.language.label': 'Sprache',
  'settings.language.hint':
    'Die Sprache aller Fenster und Erinnerungen. „System“ richtet sich nach deinem Computer.',

  'settings.choice.system': 'System',
  'settings.choice.light': 'Hell',
  'settings.choice.dark': 'Dunkel',
  'settings.choice.on': 'An',
  'settings.choice.off': 'Aus',
  'settings.space.seated': 'Sitzend',
  'settings.space.seated.hint': 'Nur Übungen, die du auf dem Stuhl machen kannst.',
  'settings.space.standing': 'Stehend',
  'settings.space.standing.hint': 'Übungen im Sitzen und im Stehen.',
  'settings.space.floor': 'Boden',
  'settings.space.floor.hint': 'Alles, auch Übungen auf der Matte.',

  'settings.error.number': 'Bitte gib eine ganze Zahl von {min} bis {max} {unit} ein {got}.',
  'settings.error.empty': '(das Feld ist leer)',
  'settings.error.got': '(du hast {value} eingegeben)',
  'settings.unitName.minutes': 'Minuten',
  'settings.unitName.seconds': 'Sekunden',
  'settings.unitName.snoozes': 'Mal',
  'settings.unitName.breaks': 'Pausen',
  'settings.unitName.days': 'Tage',

  'hours.byWeekday': 'Arbeitszeiten nach Wochentag',
  'hours.none': 'Keine Erinnerungen',
  'hours.from': '{day} von',
  'hours.until': '{day} bis',
  'hours.remove': '{day} {start} bis {end} entfernen',
  'hours.add': '+ Hinzufügen',
  'hours.addOn': 'Zeiten am {day} hinzufügen',
  'hours.bothTimes': 'Bitte Beginn und Ende eingeben.',
  'hours.endAfterStart': 'Das Ende muss nach dem Beginn liegen.',
  'hours.repeats': 'Für {day} gibt es {start}–{end} schon.',
  'hours.overlaps': 'Das überschneidet sich mit {start}–{end} am {day}.',
  'hours.full': 'Am {day} ist keine Zeit mehr frei.',
  'weekday.mon': 'Montag',
  'weekday.tue': 'Dienstag',
  'weekday.wed': 'Mittwoch',
  'weekday.thu': 'Donnerstag',
  'weekday.fri': 'Freitag',
  'weekday.sat': 'Samstag',
  'weekday.sun': 'Sonntag',

  'time.invalid': 'Bitte eine Uhrzeit wie {example} eingeben.',
  'time.hint12':
    'Uhrzeit eingeben, z. B. 9:30 AM oder 5 PM. Mit den Pfeiltasten geht es in 15-Minuten-Schritten.',
  'time.hint24':
    'Uhrzeit eingeben, z. B. 09:30 oder 17:00. Mit den Pfeiltasten geht es in 15-Minuten-Schritten.',
};
