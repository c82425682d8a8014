/** The app window around the screens: loading, banners, export, quitting, dates, the figure gallery. */
export const en = {
  'app.loading': 'Loading…',
  'app.loadFailed': 'Posture Break could not load',
  'app.quit': 'Quit Posture Break',
  'dashboard.title': 'Dashboard',

  'banner.noIdleTitle': "Desk time can't be measured on this system",
  'banner.noIdleText':
    'Your desktop doesn\'t report keyboard and mouse activity to apps (this happens on some Wayland sessions, such as Sway and other wlroots compositors), so sitting time can\'t be counted and no reminder comes by itself. Breaks you start yourself still work: use "Take a break now" below or in the tray menu. Where the desktop reports activity (an X11 session does), reminders come by themselves.',
  'banner.noticeTitle': 'Please note',
  'banner.dismiss': 'Dismiss',
  'banner.dueTitle': 'Time for a posture break',
  'banner.dueText': 'A couple of minutes of movement now keeps the afternoon easier.',
  'banner.start': 'Start',
  'banner.snooze': 'Snooze',
  'banner.skip': 'Skip',

  'export.title': 'Your data',
  'export.text': 'Everything stays on this computer. Take a copy of your day-by-day history.',
  'export.csv': 'Export CSV',
  'export.json': 'Export JSON',
  'export.saved': 'Saved {path}',
  'export.cancelled': 'Export cancelled',
  'export.failed': 'Export failed: {message}',

  'gallery.title': "Every move's figure",
  'gallery.form': 'Form:',
  'gallery.pose.start': 'start',
  'gallery.pose.middle': 'middle',
  'gallery.pose.end': 'end',
  'gallery.still': 'still (reduced motion)',
  'gallery.figure': '{move}, {pose}',
} as const;

export const de: Record<keyof typeof en, string> = {
  'app.loading': 'Wird geladen…',
  'app.loadFailed': 'Posture Break konnte nicht geladen werden',
  'app.quit': 'Posture Break beenden',
  'dashboard.title': 'Übersicht',

  'banner.noIdleTitle': 'Die Zeit am Schreibtisch lässt sich auf diesem System nicht messen',
  'banner.noIdleText':
    'Deine Arbeitsumgebung meldet Apps keine Tastatur- und Mausaktivität (das kommt bei manchen Wayland-Sitzungen vor, etwa unter Sway und anderen wlroots-Compositors). Deshalb kann die Sitzzeit nicht gezählt werden, und Erinnerungen kommen nicht von selbst. Pausen, die du selbst startest, funktionieren weiterhin: über „Jetzt Pause machen“ unten oder im Tray-Menü. Wo die Arbeitsumgebung Aktivität meldet (etwa in einer X11-Sitzung), kommen Erinnerungen von selbst.',
  'banner.noticeTitle': 'Bitte beachten',
  'banner.dismiss': 'Schließen',
  'banner.dueTitle': 'Zeit für eine Haltungspause',
  'banner.dueText': 'Ein paar Minuten Bewegung jetzt machen den Nachmittag leichter.',
  'banner.start': 'Starten',
  'banner.snooze': 'Später',
  'banner.skip': 'Überspringen',

  'export.title': 'Deine Daten',
  'export.text':
    'Alles bleibt auf diesem Computer. Hier kannst du deinen Verlauf Tag für Tag als Kopie speichern.',
  'export.csv': 'Als CSV exportieren',
  'export.json': 'Als JSON exportieren',
  'export.saved': 'Gespeichert unter {path}',
  'export.cancelled': 'Export abgebrochen',
  'export.failed': 'Export fehlgeschlagen: {message}',

  'gallery.title': 'Die Figuren aller Übungen',
  'gallery.form': 'Haltung:',
  'gallery.pose.start': 'Anfang',
  'gallery.pose.middle': 'Mitte',
  'gallery.pose.end': 'Ende',
  'gallery.still': 'Standbild (reduzierte Bewegung)',
  'gallery.figure': '{move}, {pose}',
};
