/** First run: the four setup steps. */
export const en = {
  'onboarding.steps': 'Setup steps',
  'onboarding.step.welcome': 'Welcome',
  'onboarding.step.space': 'Your space',
  'onboarding.step.hours': 'Working hours',
  'onboarding.step.safety': 'Safety',
  'onboarding.heading.welcome': 'Welcome to Posture Break',
  'onboarding.heading.space': 'Your space and equipment',
  'onboarding.heading.hours': 'When should reminders come?',
  'onboarding.heading.safety': 'Before you start',
  'onboarding.progress': 'Step {step} of {count}',
  'onboarding.back': 'Back',
  'onboarding.next': 'Next',
  'onboarding.finish': "I understand, let's start",

  'onboarding.welcome.lead':
    "Posture Break keeps an eye on how long you've been sitting at your computer. After about half an hour of desk time it invites you to a two-minute break with a few simple moves for your upper back, shoulders and core.",
  'onboarding.welcome.countsTitle': 'It counts desk time from your keyboard and mouse.',
  'onboarding.welcome.countsText': 'Step away for a few minutes and that counts as a break too.',
  'onboarding.welcome.guidesTitle': 'Each break guides you',
  'onboarding.welcome.guidesText':
    'through moves like band pull-aparts, scapular push-ups, reverse snow angels and bird-dogs, with a timer and clear cues.',
  'onboarding.welcome.dashboardTitle': 'The dashboard shows your day:',
  'onboarding.welcome.dashboardText':
    'sitting versus moving, breaks toward a small daily goal, and a streak that forgives a busy day.',
  'onboarding.welcome.localTitle': 'Everything stays on this computer.',
  'onboarding.welcome.localText': 'Nothing is sent anywhere.',

  'onboarding.space.intro':
    'Breaks only use moves that fit. You can change this any time in Settings.',
  'onboarding.hours.intro':
    'Posture Break counts your desk time whenever it runs. If you like, reminders can keep to your working hours; outside them it stays quiet.',

  'onboarding.safety.label': 'Safety note',
  'onboarding.safety.lead': 'The moves are gentle, but this app gives general information,',
  'onboarding.safety.notAdvice': 'not medical advice',
  'onboarding.safety.doctorTitle': 'Check with a doctor first',
  'onboarding.safety.doctorText':
    'if you have heart disease, chest pain, dizziness, joint problems, or are pregnant.',
  'onboarding.safety.stopTitle': 'Stop right away',
  'onboarding.safety.stopText': 'if you feel pain, dizziness or shortness of breath.',
  'onboarding.safety.stretch':
    'A stretch should feel like a stretch, never like pain. Easier versions are always offered.',
} as const;

export const de: Record<keyof typeof en, string> = {
  'onboarding.steps': 'Einrichtungsschritte',
  'onboarding.step.welcome': 'Willkommen',
  'onboarding.step.space': 'Dein Platz',
  'onboarding.step.hours': 'Arbeitszeiten',
  'onboarding.step.safety': 'Sicherheit',
  'onboarding.heading.welcome': 'Willkommen bei Posture Break',
  'onboarding.heading.space': 'Dein Platz und deine Ausrüstung',
  'onboarding.heading.hours': 'Wann sollen Erinnerungen kommen?',
  'onboarding.heading.safety': 'Bevor es losgeht',
  'onboarding.progress': 'Schritt {step} von {count}',
  'onboarding.back': 'Zurück',
  'onboarding.next': 'Weiter',
  'onboarding.finish': 'Verstanden, los geht’s',

  'onboarding.welcome.lead':
    'Posture Break achtet darauf, wie lange du schon am Computer sitzt. Nach etwa einer halben Stunde am Schreibtisch lädt dich die App zu einer zweiminütigen Pause ein – mit ein paar einfachen Übungen für oberen Rücken, Schultern und Rumpf.',
  'onboarding.welcome.countsTitle':
    'Die App misst deine Zeit am Schreibtisch über Tastatur und Maus.',
  'onboarding.welcome.countsText': 'Wenn du ein paar Minuten weggehst, zählt das auch als Pause.',
  'onboarding.welcome.guidesTitle': 'Jede Pause leitet dich an:',
  'onboarding.welcome.guidesText':
    'Übungen wie Band-Auseinanderziehen, Schulterblatt-Liegestütze, umgekehrte Schneeengel und Vierfüßlerstand, mit Timer und klaren Hinweisen.',
  'onboarding.welcome.dashboardTitle': 'Die Übersicht zeigt deinen Tag:',
  'onboarding.welcome.dashboardText':
    'Sitzen und Bewegung im Vergleich, Pausen auf dem Weg zu einem kleinen Tagesziel und eine Serie, die dir einen vollen Tag verzeiht.',
  'onboarding.welcome.localTitle': 'Alles bleibt auf diesem Computer.',
  'onboarding.welcome.localText': 'Nichts wird irgendwohin gesendet.',

  'onboarding.space.intro':
    'Pausen enthalten nur Übungen, die passen. Du kannst das jederzeit in den Einstellungen ändern.',
  'onboarding.hours.intro':
    'Posture Break zählt deine Zeit am Schreibtisch, solange die App läuft. Wenn du möchtest, halten sich die Erinnerungen an deine Arbeitszeiten; außerhalb davon bleibt sie still.',

  'onboarding.safety.label': 'Sicherheitshinweis',
  'onboarding.safety.lead': 'Die Übungen sind sanft, aber diese App gibt allgemeine Informationen,',
  'onboarding.safety.notAdvice': 'keinen ärztlichen Rat',
  'onboarding.safety.doctorTitle': 'Sprich vorher mit einer Ärztin oder einem Arzt,',
  'onboarding.safety.doctorText':
    'wenn du eine Herzerkrankung, Brustschmerzen, Schwindel oder Gelenkprobleme hast oder schwanger bist.',
  'onboarding.safety.stopTitle': 'Hör sofort auf,',
  'onboarding.safety.stopText': 'wenn du Schmerzen, Schwindel oder Atemnot spürst.',
  'onboarding.safety.stretch':
    'Eine Dehnung soll sich wie eine Dehnung anfühlen, nie wie Schmerz. Leichtere Varianten werden immer angeboten.',
};
