/**
 * What the main process says outside the tray: the break notifications, the dashboard notices it
 * raises (saved data recovered, no tray host), window titles and dialogs.
 */
export const en = {
  'notify.prompt.titleMinutes': 'Time for a {count}-minute posture break',
  'notify.prompt.titleSeconds': 'Time for a {count}-second posture break',
  'notify.prompt.afterCall': 'Your call ended — time for the break you’ve earned',
  'notify.prompt.firstUp': 'First up: {move}.',
  'notify.prompt.eyes': 'And rest your eyes: look at something 20 feet away for 20 seconds.',
  'notify.prompt.trayAll': 'Start, snooze or skip it from the tray menu.',
  'notify.prompt.trayStartSkip': 'Start or skip it from the tray menu.',
  'notify.prompt.trayStart': 'Start it from the tray menu.',
  'notify.prompt.autoOpen':
    'The break window opens in {count, plural, one {# second} other {# seconds}}.',
  'notify.action.start': 'Start',
  'notify.action.snooze': 'Snooze',
  'notify.action.skip': 'Skip',
  'notify.action.options': 'Options',
  'notify.headsUp.title': 'Break in 1 minute',
  'notify.headsUp.body': 'Time to finish your sentence: a short posture break comes next.',
  'notify.windowOpen.title': 'Your posture break is ready',
  'notify.windowOpen.body':
    'The break window is open. If you cannot see it, look for "{title}" in your windows.',
  'window.breakTitle': 'Posture break',
  'dialog.exportTitle': 'Export history',
  'notice.adjusted': 'Some saved settings were adjusted to fit this version: {reason}.',
  'notice.unreadable':
    'Your saved data could not be read ({reason}), so Posture Break started afresh. {where}',
  'notice.backupSaved': 'A copy of the old data was saved as "{path}".',
  'notice.backupFailed': 'The old data could not be copied.',
  'notice.trayMissing':
    "Your desktop has no system tray, so Posture Break's tray icon can't be shown. {how} Until then, everything in the tray menu is here: start, snooze or skip a break, pause or resume reminders, settings, and Quit.",
  'notice.trayMissingGnome':
    'On GNOME, install and enable the AppIndicator extension (Debian/Ubuntu: sudo apt install gnome-shell-extension-appindicator, then log out and back in).',
  'notice.trayMissingOther':
    'Add a system tray (status notifier) area to your panel, or on GNOME install the AppIndicator extension (Debian/Ubuntu: gnome-shell-extension-appindicator).',
} as const;

export const de: Record<keyof typeof en, string> = {
  'notify.prompt.titleMinutes': 'Zeit für eine {count}-minütige Haltungspause',
  'notify.prompt.titleSeconds': 'Zeit für eine {count}-sekündige Haltungspause',
  'notify.prompt.afterCall':
    'Dein Gespräch ist vorbei – Zeit für die Pause, die du dir verdient hast',
  'notify.prompt.firstUp': 'Zuerst: {move}.',
  'notify.prompt.eyes':
    'Und gönn deinen Augen eine Pause: Schau 20 Sekunden lang auf etwas, das etwa 6 Meter entfernt ist.',
  'notify.prompt.trayAll': 'Starten, verschieben oder auslassen kannst du sie über das Tray-Menü.',
  'notify.prompt.trayStartSkip': 'Starten oder auslassen kannst du sie über das Tray-Menü.',
  'notify.prompt.trayStart': 'Starten kannst du sie über das Tray-Menü.',
  'notify.prompt.autoOpen':
    'Das Pausenfenster öffnet sich in {count, plural, one {einer Sekunde} other {# Sekunden}}.',
  'notify.action.start': 'Starten',
  'notify.action.snooze': 'Später',
  'notify.action.skip': 'Auslassen',
  'notify.action.options': 'Optionen',
  'notify.headsUp.title': 'Pause in 1 Minute',
  'notify.headsUp.body':
    'Zeit, deinen Satz zu Ende zu schreiben: Gleich kommt eine kurze Haltungspause.',
  'notify.windowOpen.title': 'Deine Haltungspause ist bereit',
  'notify.windowOpen.body':
    'Das Pausenfenster ist offen. Wenn du es nicht siehst, such unter deinen Fenstern nach „{title}“.',
  'window.breakTitle': 'Haltungspause',
  'dialog.exportTitle': 'Verlauf exportieren',
  'notice.adjusted':
    'Einige gespeicherte Einstellungen wurden an diese Version angepasst: {reason}.',
  'notice.unreadable':
    'Deine gespeicherten Daten konnten nicht gelesen werden ({reason}), deshalb hat Posture Break neu angefangen. {where}',
  'notice.backupSaved': 'Eine Kopie der alten Daten wurde als „{path}“ gespeichert.',
  'notice.backupFailed': 'Die alten Daten konnten nicht kopiert werden.',
  'notice.trayMissing':
    'Deine Arbeitsumgebung hat keine Systemleiste, deshalb kann Posture Break sein Symbol dort nicht zeigen. {how} Bis dahin findest du hier alles aus dem Tray-Menü: Pausen starten, verschieben oder auslassen, Erinnerungen pausieren oder fortsetzen, Einstellungen und Beenden.',
  'notice.trayMissingGnome':
    'Installiere unter GNOME die Erweiterung AppIndicator und schalte sie ein (Debian/Ubuntu: sudo apt install gnome-shell-extension-appindicator, danach ab- und wieder anmelden).',
  'notice.trayMissingOther':
    'Füge deiner Leiste einen Bereich für Statussymbole (Status Notifier) hinzu, oder installiere unter GNOME die Erweiterung AppIndicator (Debian/Ubuntu: gnome-shell-extension-appindicator).',
};
