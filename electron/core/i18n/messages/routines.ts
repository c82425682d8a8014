/**
 * The moves' words (SPEC section 5): name, what it works, steps, the form cue and the easier way,
 * keyed by move id (`move.<id>.name`, `.targets`, `.steps.<n>`, `.cue`, `.easier`), and how a dose
 * reads. routines.ts keeps the data; electron/core/move-words.ts reads these for a move.
 */
export const en = {
  // band-pull-apart
  'move.band-pull-apart.name': 'Band pull-apart',
  'move.band-pull-apart.targets': 'rear shoulders, rhomboids, middle trapezius',
  'move.band-pull-apart.steps.0':
    'Hold the band at chest height, hands shoulder-width apart, arms straight.',
  'move.band-pull-apart.steps.1': 'Spread your arms wide until the band touches your chest.',
  'move.band-pull-apart.steps.2': 'Pause and squeeze your shoulder blades together.',
  'move.band-pull-apart.steps.3': 'Let the band come back slowly; don’t let it snap.',
  'move.band-pull-apart.cue':
    'Keep the elbows long and the shoulders low: no shrugging, no arching the lower back.',
  'move.band-pull-apart.easier':
    'No band? Make the same sweep without one and hold each squeeze for 3 seconds.',
  // seated-band-pull-apart
  'move.seated-band-pull-apart.name': 'Seated band pull-apart',
  'move.seated-band-pull-apart.targets': 'rear shoulders, rhomboids, middle trapezius',
  'move.seated-band-pull-apart.steps.0': 'Sit tall at the front of your chair, feet flat.',
  'move.seated-band-pull-apart.steps.1': 'Hold the band in front of your chest, arms straight.',
  'move.seated-band-pull-apart.steps.2':
    'Pull it apart until it touches your chest, shoulder blades squeezed.',
  'move.seated-band-pull-apart.steps.3': 'Let it return slowly and go again.',
  'move.seated-band-pull-apart.cue':
    'Sit tall the whole time; the pull comes from the shoulder blades, not from leaning back.',
  'move.seated-band-pull-apart.easier': 'Use a lighter band, or do it without one.',
  // mimed-pull-apart
  'move.mimed-pull-apart.name': 'Shoulder-blade squeeze',
  'move.mimed-pull-apart.targets': 'rear shoulders, rhomboids, middle trapezius',
  'move.mimed-pull-apart.steps.0': 'Sit or stand tall, arms straight out in front at chest height.',
  'move.mimed-pull-apart.steps.1': 'Sweep your arms wide as if stretching an invisible band.',
  'move.mimed-pull-apart.steps.2': 'Squeeze your shoulder blades together and hold for 3 seconds.',
  'move.mimed-pull-apart.steps.3': 'Bring the arms back to the front and repeat.',
  'move.mimed-pull-apart.cue':
    'Thumbs up, shoulders away from your ears. The squeeze does the work, not speed.',
  'move.mimed-pull-apart.easier':
    'Keep your hands at your sides and just squeeze the shoulder blades together.',
  // scapular-push-up-wall
  'move.scapular-push-up-wall.name': 'Wall scapular push-up',
  'move.scapular-push-up-wall.targets': 'serratus anterior, shoulder-blade control',
  'move.scapular-push-up-wall.steps.0':
    'Stand an arm’s length from a wall or a sturdy desk, hands flat at shoulder height.',
  'move.scapular-push-up-wall.steps.1': 'Lock your elbows and keep your body in one straight line.',
  'move.scapular-push-up-wall.steps.2':
    'Let your chest sink toward the wall as the shoulder blades slide together.',
  'move.scapular-push-up-wall.steps.3': 'Push the wall away so the shoulder blades spread apart.',
  'move.scapular-push-up-wall.cue':
    'A small movement: the elbows never bend, and your head stays in line with your body.',
  'move.scapular-push-up-wall.easier': 'Stand closer to the wall to make it lighter.',
  // scapular-push-up-knees
  'move.scapular-push-up-knees.name': 'Kneeling scapular push-up',
  'move.scapular-push-up-knees.targets': 'serratus anterior, shoulder-blade control',
  'move.scapular-push-up-knees.steps.0':
    'Kneel and walk your hands forward until knees, hips and head form a line.',
  'move.scapular-push-up-knees.steps.1': 'Hands under your shoulders, arms straight.',
  'move.scapular-push-up-knees.steps.2':
    'Let your chest drop a little as the shoulder blades pinch together.',
  'move.scapular-push-up-knees.steps.3':
    'Press the floor away until your upper back rounds slightly.',
  'move.scapular-push-up-knees.cue':
    'Hips stay in line and the elbows stay straight; only the shoulder blades move.',
  'move.scapular-push-up-knees.easier': 'Do it standing, with your hands on a wall.',
  // scapular-push-up-floor
  'move.scapular-push-up-floor.name': 'Plank scapular push-up',
  'move.scapular-push-up-floor.targets': 'serratus anterior, shoulder-blade control, core',
  'move.scapular-push-up-floor.steps.0':
    'Set up in a high plank: hands under shoulders, body straight from heels to head.',
  'move.scapular-push-up-floor.steps.1': 'Lock your arms.',
  'move.scapular-push-up-floor.steps.2':
    'Let your chest sink between your shoulders as the blades come together.',
  'move.scapular-push-up-floor.steps.3':
    'Push the floor away to spread the blades and round the upper back a little.',
  'move.scapular-push-up-floor.cue':
    'Brace your middle so the lower back doesn’t sag; the elbows never bend.',
  'move.scapular-push-up-floor.easier': 'Drop to your knees.',
  // seated-scapular-reach
  'move.seated-scapular-reach.name': 'Seated shoulder-blade reach',
  'move.seated-scapular-reach.targets': 'serratus anterior, shoulder-blade control',
  'move.seated-scapular-reach.steps.0': 'Sit tall, arms straight out in front at shoulder height.',
  'move.seated-scapular-reach.steps.1':
    'Reach forward without leaning, letting the shoulder blades spread.',
  'move.seated-scapular-reach.steps.2':
    'Draw the arms back so the blades squeeze together, elbows still straight.',
  'move.seated-scapular-reach.steps.3': 'Keep moving slowly between the two.',
  'move.seated-scapular-reach.cue':
    'Only the shoulders move: your chest stays still and the elbows stay straight.',
  'move.seated-scapular-reach.easier': 'Work one arm at a time.',
  // reverse-snow-angel
  'move.reverse-snow-angel.name': 'Reverse snow angel',
  'move.reverse-snow-angel.targets': 'middle and lower trapezius, rhomboids, rear shoulders',
  'move.reverse-snow-angel.steps.0': 'Lie face down, arms by your sides, palms facing the floor.',
  'move.reverse-snow-angel.steps.1': 'Float your hands just off the floor.',
  'move.reverse-snow-angel.steps.2':
    'Sweep your arms out wide and up past your head in one slow arc.',
  'move.reverse-snow-angel.steps.3': 'Sweep them back down to your sides.',
  'move.reverse-snow-angel.cue':
    'Forehead stays down and the lower back stays relaxed; don’t shrug toward your ears.',
  'move.reverse-snow-angel.easier': 'Do it seated, leaning forward from the hips.',
  // seated-snow-angel
  'move.seated-snow-angel.name': 'Seated snow angel',
  'move.seated-snow-angel.targets': 'middle and lower trapezius, rhomboids, rear shoulders',
  'move.seated-snow-angel.steps.0':
    'Sit at the front of your chair and lean forward from the hips, back flat.',
  'move.seated-snow-angel.steps.1': 'Let your arms hang by your sides, thumbs pointing up.',
  'move.seated-snow-angel.steps.2':
    'Sweep the arms out to the sides and up past your head in a wide arc.',
  'move.seated-snow-angel.steps.3': 'Sweep them slowly back down.',
  'move.seated-snow-angel.cue':
    'Keep the neck long and the back flat; move from the shoulder blades.',
  'move.seated-snow-angel.easier': 'Make the arc smaller and stop at shoulder height.',
  // bird-dog
  'move.bird-dog.name': 'Bird-dog',
  'move.bird-dog.targets': 'back extensors, glutes, deep core',
  'move.bird-dog.steps.0': 'Kneel on all fours: hands under shoulders, knees under hips.',
  'move.bird-dog.steps.1':
    'Reach one arm forward and the opposite leg back until both line up with your body.',
  'move.bird-dog.steps.2': 'Hold for about 5 seconds, then come back with control.',
  'move.bird-dog.steps.3': 'Switch sides and keep alternating.',
  'move.bird-dog.cue':
    'Hips level and no twisting: imagine a cup of tea balanced on your lower back.',
  'move.bird-dog.easier': 'Move only the leg or only the arm, or do it standing.',
  // standing-bird-dog
  'move.standing-bird-dog.name': 'Standing bird-dog',
  'move.standing-bird-dog.targets': 'back extensors, glutes, balance',
  'move.standing-bird-dog.steps.0':
    'Stand tall; rest a hand on a chair or desk if you need balance.',
  'move.standing-bird-dog.steps.1':
    'Reach one arm forward and up while the opposite leg reaches back.',
  'move.standing-bird-dog.steps.2': 'Hold for a few seconds, squeezing the glute of the back leg.',
  'move.standing-bird-dog.steps.3': 'Return and switch sides.',
  'move.standing-bird-dog.cue':
    'Stay tall: don’t tip forward or arch your back as the leg goes back.',
  'move.standing-bird-dog.easier': 'Do it seated.',
  // seated-bird-dog
  'move.seated-bird-dog.name': 'Seated opposite reach',
  'move.seated-bird-dog.targets': 'back extensors, deep core, thighs',
  'move.seated-bird-dog.steps.0': 'Sit tall at the front of your chair, feet flat.',
  'move.seated-bird-dog.steps.1':
    'Raise one arm forward and up while straightening the opposite knee.',
  'move.seated-bird-dog.steps.2': 'Hold for a few seconds with your belly gently braced.',
  'move.seated-bird-dog.steps.3': 'Lower and switch sides.',
  'move.seated-bird-dog.cue': 'Keep sitting tall: don’t lean back as the leg lifts.',
  'move.seated-bird-dog.easier': 'Lift only the arm, or only the leg.',
  // superman-hold
  'move.superman-hold.name': 'Superman hold',
  'move.superman-hold.targets': 'back extensors, glutes, hamstrings',
  'move.superman-hold.steps.0': 'Lie face down, arms reaching past your head, legs straight.',
  'move.superman-hold.steps.1': 'Lift arms, chest and legs a few centimetres off the floor.',
  'move.superman-hold.steps.2': 'Hold for 2 to 5 seconds while breathing normally.',
  'move.superman-hold.steps.3': 'Lower gently and rest a moment.',
  'move.superman-hold.cue': 'Eyes on the floor so the neck stays long. A small lift is enough.',
  'move.superman-hold.easier': 'Lift only one arm and the opposite leg at a time.',
  // wall-angel
  'move.wall-angel.name': 'Wall angel',
  'move.wall-angel.targets': 'lower and middle trapezius, upper-back mobility',
  'move.wall-angel.steps.0': 'Stand with your back to a wall, feet a small step out.',
  'move.wall-angel.steps.1': 'Raise your arms into a W, elbows and wrists touching the wall.',
  'move.wall-angel.steps.2': 'Slide the arms up toward a Y, then back down to the W.',
  'move.wall-angel.steps.3': 'Only go as high as you can while keeping contact.',
  'move.wall-angel.cue': 'Ribs down: don’t arch the lower back off the wall to reach higher.',
  'move.wall-angel.easier': 'Do it seated, without the wall.',
  // seated-wall-angel
  'move.seated-wall-angel.name': 'Seated W-to-Y',
  'move.seated-wall-angel.targets': 'lower and middle trapezius, upper-back mobility',
  'move.seated-wall-angel.steps.0': 'Sit tall, away from the backrest.',
  'move.seated-wall-angel.steps.1': 'Raise your arms into a W: elbows bent, palms forward.',
  'move.seated-wall-angel.steps.2': 'Press up into a Y, then draw the elbows back down into the W.',
  'move.seated-wall-angel.steps.3': 'At the bottom, squeeze the shoulder blades down and together.',
  'move.seated-wall-angel.cue': 'Keep your ribs down and your chin level.',
  'move.seated-wall-angel.easier': 'Press up only as far as is comfortable.',
  // chin-tuck
  'move.chin-tuck.name': 'Chin tuck',
  'move.chin-tuck.targets': 'deep neck flexors, neck posture',
  'move.chin-tuck.steps.0': 'Sit tall with your shoulders relaxed.',
  'move.chin-tuck.steps.1': 'Glide your chin straight back, as if making a double chin.',
  'move.chin-tuck.steps.2': 'Hold for about 5 seconds.',
  'move.chin-tuck.steps.3': 'Release slowly and repeat.',
  'move.chin-tuck.cue': 'Slide straight back: no nodding up or down.',
  'move.chin-tuck.easier': 'Rest the back of your head on a headrest and press it gently back.',
  // glute-bridge
  'move.glute-bridge.name': 'Glute bridge',
  'move.glute-bridge.targets': 'glutes, hamstrings',
  'move.glute-bridge.steps.0': 'Lie on your back, knees bent, feet flat and hip-width apart.',
  'move.glute-bridge.steps.1':
    'Press through your heels and lift your hips until knees, hips and shoulders line up.',
  'move.glute-bridge.steps.2': 'Squeeze your glutes at the top for a second.',
  'move.glute-bridge.steps.3': 'Lower slowly.',
  'move.glute-bridge.cue':
    'Stop at a straight line; pushing higher only arches the lower back. No rushing.',
  'move.glute-bridge.easier': 'Make the lift smaller. For more, lift with one leg.',
  // chair-thoracic-extension
  'move.chair-thoracic-extension.name': 'Thoracic extension over a chair',
  'move.chair-thoracic-extension.targets': 'upper-back mobility, chest',
  'move.chair-thoracic-extension.steps.0':
    'Sit tall against a firm backrest that reaches your mid-back.',
  'move.chair-thoracic-extension.steps.1': 'Put your hands behind your head, elbows wide.',
  'move.chair-thoracic-extension.steps.2':
    'Lean back over the top of the backrest, lifting your chest to the ceiling.',
  'move.chair-thoracic-extension.steps.3': 'Come back up slowly.',
  'move.chair-thoracic-extension.cue':
    'Bend from the upper back, chin slightly tucked. Skip this with a recent spine injury or severe osteoporosis.',
  'move.chair-thoracic-extension.easier': 'Lean back only a little, arms crossed on your chest.',
  // doorway-chest-stretch
  'move.doorway-chest-stretch.name': 'Doorway chest stretch',
  'move.doorway-chest-stretch.targets': 'chest, front shoulders',
  'move.doorway-chest-stretch.steps.0':
    'Stand in a doorway, forearms on the frame, elbows at shoulder height.',
  'move.doorway-chest-stretch.steps.1': 'Step one foot through.',
  'move.doorway-chest-stretch.steps.2':
    'Lean gently forward until you feel a stretch across the chest.',
  'move.doorway-chest-stretch.steps.3': 'Breathe slowly and hold.',
  'move.doorway-chest-stretch.cue':
    'Shoulders down, away from your ears. You want a stretch, never pain.',
  'move.doorway-chest-stretch.easier': 'Use one arm against a wall corner, or do it seated.',
  // seated-chest-stretch
  'move.seated-chest-stretch.name': 'Seated chest opener',
  'move.seated-chest-stretch.targets': 'chest, front shoulders',
  'move.seated-chest-stretch.steps.0': 'Sit at the front of your chair.',
  'move.seated-chest-stretch.steps.1':
    'Clasp your hands behind your back, or hold the seat behind you.',
  'move.seated-chest-stretch.steps.2': 'Lift your chest and draw the shoulders back and down.',
  'move.seated-chest-stretch.steps.3': 'Hold and breathe slowly.',
  'move.seated-chest-stretch.cue': 'Chin level, and don’t push the lower back into an arch.',
  'move.seated-chest-stretch.easier':
    'Put your hands behind your head and open the elbows instead.',
  // standing-back-extension
  'move.standing-back-extension.name': 'Standing back extension',
  'move.standing-back-extension.targets': 'lower back, hip flexors',
  'move.standing-back-extension.steps.0': 'Stand tall, feet hip-width apart.',
  'move.standing-back-extension.steps.1':
    'Place your hands on your lower back, fingers pointing down.',
  'move.standing-back-extension.steps.2':
    'Lean back gently, letting your hips move a little forward.',
  'move.standing-back-extension.steps.3': 'Return to upright and repeat.',
  'move.standing-back-extension.cue':
    'Knees straight but soft. Stop if pain sharpens or spreads into a leg.',
  'move.standing-back-extension.easier': 'Lean back only a little.',
  // marching-in-place
  'move.marching-in-place.name': 'Marching in place',
  'move.marching-in-place.targets': 'hip flexors, circulation',
  'move.marching-in-place.steps.0':
    'Stand tall with some space around you and a chair nearby for balance.',
  'move.marching-in-place.steps.1': 'Lift one knee toward hip height.',
  'move.marching-in-place.steps.2': 'Lower it and lift the other, swinging your arms.',
  'move.marching-in-place.steps.3': 'Keep a steady, comfortable rhythm.',
  'move.marching-in-place.cue': 'Stay tall: don’t lean back as the knee comes up.',
  'move.marching-in-place.easier': 'March seated.',
  // seated-marching
  'move.seated-marching.name': 'Seated marching',
  'move.seated-marching.targets': 'hip flexors, circulation',
  'move.seated-marching.steps.0': 'Sit tall at the front of your chair, feet flat.',
  'move.seated-marching.steps.1': 'Lift one knee a few centimetres, then set the foot down.',
  'move.seated-marching.steps.2': 'Alternate legs and pump your arms.',
  'move.seated-marching.steps.3': 'Speed up a little if it feels easy.',
  'move.seated-marching.cue': 'Keep your back tall and off the backrest.',
  'move.seated-marching.easier': 'Go slower and lift the knees less.',
  // seated-twist
  'move.seated-twist.name': 'Seated twist',
  'move.seated-twist.targets': 'upper-back rotation, obliques',
  'move.seated-twist.steps.0': 'Sit tall, feet flat, knees together.',
  'move.seated-twist.steps.1': 'Turn your chest to one side, holding the backrest or armrest.',
  'move.seated-twist.steps.2':
    'Grow taller as you breathe in; turn a little further as you breathe out.',
  'move.seated-twist.steps.3': 'Come back to the middle and turn to the other side.',
  'move.seated-twist.cue':
    'Turn from the upper back with your hips facing forward; never force the end.',
  'move.seated-twist.easier': 'Cross your arms over your chest and turn a little less.',
  // doses
  'move.dose.reps': '{count, plural, one {{range} rep} other {{range} reps}}',
  'move.dose.repsPerSide': '{count, plural, one {{range} rep} other {{range} reps}} each side',
  'move.dose.holds': '{count, plural, one {# × {seconds} s hold} other {# × {seconds} s holds}}',
  'move.dose.holdsPerSide':
    '{count, plural, one {# × {seconds} s hold} other {# × {seconds} s holds}} each side',
  'move.dose.time': '{seconds} s',
  'move.dose.timePerSide': '{seconds} s each side',
} as const;

export const de: Record<keyof typeof en, string> = {
  // band-pull-apart
  'move.band-pull-apart.name': 'Band auseinanderziehen',
  'move.band-pull-apart.targets': 'hintere Schultern, Rautenmuskeln, mittlerer Trapezmuskel',
  'move.band-pull-apart.steps.0':
    'Halte das Band auf Brusthöhe, Hände schulterbreit, Arme gestreckt.',
  'move.band-pull-apart.steps.1': 'Zieh die Arme weit auseinander, bis das Band die Brust berührt.',
  'move.band-pull-apart.steps.2': 'Kurz halten und die Schulterblätter zusammenziehen.',
  'move.band-pull-apart.steps.3': 'Lass das Band langsam zurück, ohne dass es zurückschnellt.',
  'move.band-pull-apart.cue': 'Ellbogen lang, Schultern tief: nicht hochziehen, kein Hohlkreuz.',
  'move.band-pull-apart.easier':
    'Kein Band? Mach dieselbe Bewegung ohne und halte die Schulterblätter jedes Mal 3 Sekunden zusammen.',
  // seated-band-pull-apart
  'move.seated-band-pull-apart.name': 'Band auseinanderziehen im Sitzen',
  'move.seated-band-pull-apart.targets': 'hintere Schultern, Rautenmuskeln, mittlerer Trapezmuskel',
  'move.seated-band-pull-apart.steps.0':
    'Setz dich aufrecht auf die Stuhlkante, Füße flach am Boden.',
  'move.seated-band-pull-apart.steps.1': 'Halte das Band vor der Brust, Arme gestreckt.',
  'move.seated-band-pull-apart.steps.2':
    'Zieh es auseinander, bis es die Brust berührt, Schulterblätter zusammen.',
  'move.seated-band-pull-apart.steps.3': 'Langsam zurückgehen lassen und wiederholen.',
  'move.seated-band-pull-apart.cue':
    'Bleib die ganze Zeit aufrecht; der Zug kommt aus den Schulterblättern, nicht vom Zurücklehnen.',
  'move.seated-band-pull-apart.easier': 'Nimm ein leichteres Band oder mach es ganz ohne.',
  // mimed-pull-apart
  'move.mimed-pull-apart.name': 'Schulterblätter zusammenziehen',
  'move.mimed-pull-apart.targets': 'hintere Schultern, Rautenmuskeln, mittlerer Trapezmuskel',
  'move.mimed-pull-apart.steps.0':
    'Sitz oder steh aufrecht, Arme auf Brusthöhe nach vorn gestreckt.',
  'move.mimed-pull-apart.steps.1':
    'Öffne die Arme weit, als würdest du ein unsichtbares Band dehnen.',
  'move.mimed-pull-apart.steps.2': 'Zieh die Schulterblätter zusammen und halte 3 Sekunden.',
  'move.mimed-pull-apart.steps.3': 'Arme wieder nach vorn und von vorn.',
  'move.mimed-pull-apart.cue':
    'Daumen nach oben, Schultern weg von den Ohren. Das Zusammenziehen zählt, nicht das Tempo.',
  'move.mimed-pull-apart.easier':
    'Lass die Hände seitlich hängen und zieh nur die Schulterblätter zusammen.',
  // scapular-push-up-wall
  'move.scapular-push-up-wall.name': 'Schulterblatt-Liegestütz an der Wand',
  'move.scapular-push-up-wall.targets': 'vorderer Sägemuskel, Kontrolle der Schulterblätter',
  'move.scapular-push-up-wall.steps.0':
    'Stell dich eine Armlänge vor eine Wand oder einen stabilen Tisch, Hände flach auf Schulterhöhe.',
  'move.scapular-push-up-wall.steps.1':
    'Streck die Ellbogen durch und halte den Körper in einer geraden Linie.',
  'move.scapular-push-up-wall.steps.2':
    'Lass die Brust Richtung Wand sinken, die Schulterblätter gleiten zusammen.',
  'move.scapular-push-up-wall.steps.3':
    'Drück dich von der Wand weg, bis die Schulterblätter auseinandergehen.',
  'move.scapular-push-up-wall.cue':
    'Eine kleine Bewegung: Die Ellbogen beugen sich nie, der Kopf bleibt in Linie mit dem Körper.',
  'move.scapular-push-up-wall.easier': 'Stell dich näher an die Wand, dann wird es leichter.',
  // scapular-push-up-knees
  'move.scapular-push-up-knees.name': 'Schulterblatt-Liegestütz auf den Knien',
  'move.scapular-push-up-knees.targets': 'vorderer Sägemuskel, Kontrolle der Schulterblätter',
  'move.scapular-push-up-knees.steps.0':
    'Knie dich hin und wandere mit den Händen nach vorn, bis Knie, Hüfte und Kopf eine Linie bilden.',
  'move.scapular-push-up-knees.steps.1': 'Hände unter den Schultern, Arme gestreckt.',
  'move.scapular-push-up-knees.steps.2':
    'Lass die Brust etwas sinken, die Schulterblätter ziehen sich zusammen.',
  'move.scapular-push-up-knees.steps.3':
    'Drück den Boden weg, bis sich der obere Rücken leicht rundet.',
  'move.scapular-push-up-knees.cue':
    'Hüfte in Linie, Ellbogen gestreckt; nur die Schulterblätter bewegen sich.',
  'move.scapular-push-up-knees.easier': 'Mach es im Stehen, mit den Händen an der Wand.',
  // scapular-push-up-floor
  'move.scapular-push-up-floor.name': 'Schulterblatt-Liegestütz im Stütz',
  'move.scapular-push-up-floor.targets':
    'vorderer Sägemuskel, Kontrolle der Schulterblätter, Rumpf',
  'move.scapular-push-up-floor.steps.0':
    'Geh in den hohen Stütz: Hände unter den Schultern, Körper gerade von den Fersen bis zum Kopf.',
  'move.scapular-push-up-floor.steps.1': 'Streck die Arme durch.',
  'move.scapular-push-up-floor.steps.2':
    'Lass die Brust zwischen die Schultern sinken, die Schulterblätter kommen zusammen.',
  'move.scapular-push-up-floor.steps.3':
    'Drück den Boden weg, bis sich der obere Rücken leicht rundet.',
  'move.scapular-push-up-floor.cue':
    'Spann den Bauch an, damit der untere Rücken nicht durchhängt; die Ellbogen beugen sich nie.',
  'move.scapular-push-up-floor.easier': 'Setz die Knie ab.',
  // seated-scapular-reach
  'move.seated-scapular-reach.name': 'Schulterblätter schieben im Sitzen',
  'move.seated-scapular-reach.targets': 'vorderer Sägemuskel, Kontrolle der Schulterblätter',
  'move.seated-scapular-reach.steps.0': 'Sitz aufrecht, Arme auf Schulterhöhe nach vorn gestreckt.',
  'move.seated-scapular-reach.steps.1':
    'Schieb die Arme nach vorn, ohne dich vorzulehnen; die Schulterblätter gehen auseinander.',
  'move.seated-scapular-reach.steps.2':
    'Zieh die Arme zurück, bis die Schulterblätter zusammenkommen, Ellbogen weiter gestreckt.',
  'move.seated-scapular-reach.steps.3': 'Wechsle langsam zwischen beidem hin und her.',
  'move.seated-scapular-reach.cue':
    'Nur die Schultern bewegen sich: Die Brust bleibt ruhig, die Ellbogen gestreckt.',
  'move.seated-scapular-reach.easier': 'Nimm einen Arm nach dem anderen.',
  // reverse-snow-angel
  'move.reverse-snow-angel.name': 'Schnee-Engel in Bauchlage',
  'move.reverse-snow-angel.targets':
    'mittlerer und unterer Trapezmuskel, Rautenmuskeln, hintere Schultern',
  'move.reverse-snow-angel.steps.0':
    'Leg dich auf den Bauch, Arme neben dem Körper, Handflächen zum Boden.',
  'move.reverse-snow-angel.steps.1': 'Heb die Hände knapp vom Boden ab.',
  'move.reverse-snow-angel.steps.2':
    'Führ die Arme in einem langsamen Bogen seitlich nach oben bis über den Kopf.',
  'move.reverse-snow-angel.steps.3': 'Führ sie wieder zurück an die Seiten.',
  'move.reverse-snow-angel.cue':
    'Die Stirn bleibt unten, der untere Rücken locker; zieh die Schultern nicht zu den Ohren.',
  'move.reverse-snow-angel.easier': 'Mach es im Sitzen, aus der Hüfte nach vorn gebeugt.',
  // seated-snow-angel
  'move.seated-snow-angel.name': 'Schnee-Engel im Sitzen',
  'move.seated-snow-angel.targets':
    'mittlerer und unterer Trapezmuskel, Rautenmuskeln, hintere Schultern',
  'move.seated-snow-angel.steps.0':
    'Setz dich auf die Stuhlkante und beug dich aus der Hüfte nach vorn, Rücken gerade.',
  'move.seated-snow-angel.steps.1': 'Lass die Arme seitlich hängen, Daumen zeigen nach oben.',
  'move.seated-snow-angel.steps.2':
    'Führ die Arme in einem weiten Bogen seitlich nach oben bis über den Kopf.',
  'move.seated-snow-angel.steps.3': 'Und langsam wieder nach unten.',
  'move.seated-snow-angel.cue':
    'Nacken lang, Rücken gerade; die Bewegung kommt aus den Schulterblättern.',
  'move.seated-snow-angel.easier': 'Mach den Bogen kleiner und hör auf Schulterhöhe auf.',
  // bird-dog
  'move.bird-dog.name': 'Vierfüßler-Diagonale',
  'move.bird-dog.targets': 'Rückenstrecker, Gesäßmuskeln, tiefe Rumpfmuskulatur',
  'move.bird-dog.steps.0':
    'Geh in den Vierfüßlerstand: Hände unter den Schultern, Knie unter der Hüfte.',
  'move.bird-dog.steps.1':
    'Streck einen Arm nach vorn und das andere Bein nach hinten, beide in Linie mit dem Rumpf.',
  'move.bird-dog.steps.2': 'Etwa 5 Sekunden halten, dann kontrolliert zurück.',
  'move.bird-dog.steps.3': 'Seite wechseln und immer abwechseln.',
  'move.bird-dog.cue':
    'Hüfte gerade, nicht verdrehen: Stell dir eine Tasse Tee auf deinem unteren Rücken vor.',
  'move.bird-dog.easier': 'Streck nur das Bein oder nur den Arm, oder mach es im Stehen.',
  // standing-bird-dog
  'move.standing-bird-dog.name': 'Diagonale im Stehen',
  'move.standing-bird-dog.targets': 'Rückenstrecker, Gesäßmuskeln, Gleichgewicht',
  'move.standing-bird-dog.steps.0':
    'Steh aufrecht; stütz dich mit einer Hand an Stuhl oder Tisch ab, wenn du Halt brauchst.',
  'move.standing-bird-dog.steps.1':
    'Streck einen Arm nach vorn oben, während das andere Bein nach hinten geht.',
  'move.standing-bird-dog.steps.2':
    'Ein paar Sekunden halten und dabei den Po des hinteren Beins anspannen.',
  'move.standing-bird-dog.steps.3': 'Zurück und Seite wechseln.',
  'move.standing-bird-dog.cue':
    'Bleib aufrecht: nicht nach vorn kippen und kein Hohlkreuz, wenn das Bein nach hinten geht.',
  'move.standing-bird-dog.easier': 'Mach es im Sitzen.',
  // seated-bird-dog
  'move.seated-bird-dog.name': 'Diagonale im Sitzen',
  'move.seated-bird-dog.targets': 'Rückenstrecker, tiefe Rumpfmuskulatur, Oberschenkel',
  'move.seated-bird-dog.steps.0': 'Setz dich aufrecht auf die Stuhlkante, Füße flach am Boden.',
  'move.seated-bird-dog.steps.1': 'Heb einen Arm nach vorn oben und streck dabei das andere Knie.',
  'move.seated-bird-dog.steps.2': 'Ein paar Sekunden halten, den Bauch leicht angespannt.',
  'move.seated-bird-dog.steps.3': 'Absenken und Seite wechseln.',
  'move.seated-bird-dog.cue': 'Bleib aufrecht sitzen: nicht zurücklehnen, wenn das Bein hochgeht.',
  'move.seated-bird-dog.easier': 'Heb nur den Arm oder nur das Bein.',
  // superman-hold
  'move.superman-hold.name': 'Superman halten',
  'move.superman-hold.targets': 'Rückenstrecker, Gesäßmuskeln, hintere Oberschenkel',
  'move.superman-hold.steps.0': 'Leg dich auf den Bauch, Arme über den Kopf gestreckt, Beine lang.',
  'move.superman-hold.steps.1': 'Heb Arme, Brust und Beine ein paar Zentimeter vom Boden ab.',
  'move.superman-hold.steps.2': '2 bis 5 Sekunden halten und ruhig weiteratmen.',
  'move.superman-hold.steps.3': 'Sanft ablegen und kurz ausruhen.',
  'move.superman-hold.cue':
    'Blick zum Boden, damit der Nacken lang bleibt. Ein kleines Abheben reicht.',
  'move.superman-hold.easier': 'Heb jeweils nur einen Arm und das andere Bein.',
  // wall-angel
  'move.wall-angel.name': 'Wand-Engel',
  'move.wall-angel.targets': 'unterer und mittlerer Trapezmuskel, Beweglichkeit des oberen Rückens',
  'move.wall-angel.steps.0':
    'Stell dich mit dem Rücken an eine Wand, Füße einen kleinen Schritt davor.',
  'move.wall-angel.steps.1': 'Heb die Arme zu einem W, Ellbogen und Handgelenke berühren die Wand.',
  'move.wall-angel.steps.2': 'Schieb die Arme nach oben zu einem Y und wieder zurück ins W.',
  'move.wall-angel.steps.3': 'Geh nur so hoch, wie du den Kontakt zur Wand halten kannst.',
  'move.wall-angel.cue': 'Rippen unten: Mach kein Hohlkreuz, um höher zu kommen.',
  'move.wall-angel.easier': 'Mach es im Sitzen, ohne Wand.',
  // seated-wall-angel
  'move.seated-wall-angel.name': 'W zu Y im Sitzen',
  'move.seated-wall-angel.targets':
    'unterer und mittlerer Trapezmuskel, Beweglichkeit des oberen Rückens',
  'move.seated-wall-angel.steps.0': 'Sitz aufrecht, ohne dich anzulehnen.',
  'move.seated-wall-angel.steps.1':
    'Heb die Arme zu einem W: Ellbogen gebeugt, Handflächen nach vorn.',
  'move.seated-wall-angel.steps.2':
    'Schieb sie nach oben zu einem Y, dann zieh die Ellbogen zurück ins W.',
  'move.seated-wall-angel.steps.3': 'Unten die Schulterblätter nach unten und zusammenziehen.',
  'move.seated-wall-angel.cue': 'Rippen unten, Kinn gerade.',
  'move.seated-wall-angel.easier': 'Schieb nur so weit nach oben, wie es angenehm ist.',
  // chin-tuck
  'move.chin-tuck.name': 'Kinn zurückziehen',
  'move.chin-tuck.targets': 'tiefe Halsbeuger, Kopfhaltung',
  'move.chin-tuck.steps.0': 'Sitz aufrecht, Schultern locker.',
  'move.chin-tuck.steps.1':
    'Schieb das Kinn gerade nach hinten, als würdest du ein Doppelkinn machen.',
  'move.chin-tuck.steps.2': 'Etwa 5 Sekunden halten.',
  'move.chin-tuck.steps.3': 'Langsam lösen und wiederholen.',
  'move.chin-tuck.cue':
    'Gerade nach hinten gleiten: nicht nicken, weder nach oben noch nach unten.',
  'move.chin-tuck.easier': 'Leg den Hinterkopf an eine Kopfstütze und drück ihn sanft nach hinten.',
  // glute-bridge
  'move.glute-bridge.name': 'Beckenheben',
  'move.glute-bridge.targets': 'Gesäßmuskeln, hintere Oberschenkel',
  'move.glute-bridge.steps.0': 'Leg dich auf den Rücken, Knie gebeugt, Füße flach und hüftbreit.',
  'move.glute-bridge.steps.1':
    'Drück dich über die Fersen hoch, bis Knie, Hüfte und Schultern eine Linie bilden.',
  'move.glute-bridge.steps.2': 'Oben den Po eine Sekunde lang anspannen.',
  'move.glute-bridge.steps.3': 'Langsam absenken.',
  'move.glute-bridge.cue':
    'Bei der geraden Linie ist Schluss; höher gibt nur ein Hohlkreuz. Keine Eile.',
  'move.glute-bridge.easier': 'Heb die Hüfte weniger hoch. Schwerer wird es mit nur einem Bein.',
  // chair-thoracic-extension
  'move.chair-thoracic-extension.name': 'Rückbeuge über die Stuhllehne',
  'move.chair-thoracic-extension.targets': 'Beweglichkeit des oberen Rückens, Brust',
  'move.chair-thoracic-extension.steps.0':
    'Setz dich aufrecht an eine feste Lehne, die bis zur Mitte deines Rückens reicht.',
  'move.chair-thoracic-extension.steps.1': 'Hände hinter den Kopf, Ellbogen weit auseinander.',
  'move.chair-thoracic-extension.steps.2':
    'Lehn dich über die Oberkante der Lehne zurück und heb die Brust zur Decke.',
  'move.chair-thoracic-extension.steps.3': 'Langsam wieder aufrichten.',
  'move.chair-thoracic-extension.cue':
    'Beug dich aus dem oberen Rücken, Kinn leicht eingezogen. Nicht bei frischer Wirbelsäulenverletzung oder starker Osteoporose.',
  'move.chair-thoracic-extension.easier':
    'Lehn dich nur ein wenig zurück, Arme vor der Brust verschränkt.',
  // doorway-chest-stretch
  'move.doorway-chest-stretch.name': 'Brustdehnung im Türrahmen',
  'move.doorway-chest-stretch.targets': 'Brust, vordere Schultern',
  'move.doorway-chest-stretch.steps.0':
    'Stell dich in einen Türrahmen, Unterarme am Rahmen, Ellbogen auf Schulterhöhe.',
  'move.doorway-chest-stretch.steps.1': 'Mach mit einem Fuß einen Schritt nach vorn.',
  'move.doorway-chest-stretch.steps.2':
    'Lehn dich sanft nach vorn, bis du eine Dehnung quer über die Brust spürst.',
  'move.doorway-chest-stretch.steps.3': 'Langsam atmen und halten.',
  'move.doorway-chest-stretch.cue':
    'Schultern tief, weg von den Ohren. Es soll dehnen, nie schmerzen.',
  'move.doorway-chest-stretch.easier': 'Nimm einen Arm an einer Wandecke, oder mach es im Sitzen.',
  // seated-chest-stretch
  'move.seated-chest-stretch.name': 'Brustöffner im Sitzen',
  'move.seated-chest-stretch.targets': 'Brust, vordere Schultern',
  'move.seated-chest-stretch.steps.0': 'Setz dich auf die Stuhlkante.',
  'move.seated-chest-stretch.steps.1':
    'Verschränk die Hände hinter dem Rücken oder fass hinter dir die Sitzfläche.',
  'move.seated-chest-stretch.steps.2': 'Heb die Brust und zieh die Schultern nach hinten unten.',
  'move.seated-chest-stretch.steps.3': 'Halten und langsam atmen.',
  'move.seated-chest-stretch.cue': 'Kinn gerade, und drück den unteren Rücken nicht ins Hohlkreuz.',
  'move.seated-chest-stretch.easier':
    'Leg stattdessen die Hände hinter den Kopf und öffne die Ellbogen.',
  // standing-back-extension
  'move.standing-back-extension.name': 'Rückbeuge im Stehen',
  'move.standing-back-extension.targets': 'unterer Rücken, Hüftbeuger',
  'move.standing-back-extension.steps.0': 'Steh aufrecht, Füße hüftbreit.',
  'move.standing-back-extension.steps.1':
    'Leg die Hände auf den unteren Rücken, Finger zeigen nach unten.',
  'move.standing-back-extension.steps.2':
    'Lehn dich sanft zurück und lass die Hüfte etwas nach vorn gehen.',
  'move.standing-back-extension.steps.3': 'Wieder aufrichten und wiederholen.',
  'move.standing-back-extension.cue':
    'Knie gestreckt, aber nicht durchgedrückt. Hör auf, wenn der Schmerz stärker wird oder ins Bein ausstrahlt.',
  'move.standing-back-extension.easier': 'Lehn dich nur ein wenig zurück.',
  // marching-in-place
  'move.marching-in-place.name': 'Marschieren auf der Stelle',
  'move.marching-in-place.targets': 'Hüftbeuger, Kreislauf',
  'move.marching-in-place.steps.0':
    'Steh aufrecht, mit etwas Platz um dich und einem Stuhl in der Nähe für den Halt.',
  'move.marching-in-place.steps.1': 'Heb ein Knie bis etwa auf Hüfthöhe.',
  'move.marching-in-place.steps.2': 'Absetzen, das andere heben und die Arme mitschwingen.',
  'move.marching-in-place.steps.3': 'Bleib in einem gleichmäßigen, angenehmen Rhythmus.',
  'move.marching-in-place.cue': 'Bleib aufrecht: nicht zurücklehnen, wenn das Knie hochkommt.',
  'move.marching-in-place.easier': 'Marschier im Sitzen.',
  // seated-marching
  'move.seated-marching.name': 'Marschieren im Sitzen',
  'move.seated-marching.targets': 'Hüftbeuger, Kreislauf',
  'move.seated-marching.steps.0': 'Setz dich aufrecht auf die Stuhlkante, Füße flach am Boden.',
  'move.seated-marching.steps.1': 'Heb ein Knie ein paar Zentimeter an und setz den Fuß wieder ab.',
  'move.seated-marching.steps.2': 'Wechsle die Beine und schwing die Arme kräftig mit.',
  'move.seated-marching.steps.3': 'Werd etwas schneller, wenn es dir leicht fällt.',
  'move.seated-marching.cue': 'Rücken aufrecht und weg von der Lehne.',
  'move.seated-marching.easier': 'Geh langsamer und heb die Knie weniger hoch.',
  // seated-twist
  'move.seated-twist.name': 'Drehung im Sitzen',
  'move.seated-twist.targets': 'Rotation des oberen Rückens, schräge Bauchmuskeln',
  'move.seated-twist.steps.0': 'Sitz aufrecht, Füße flach, Knie zusammen.',
  'move.seated-twist.steps.1':
    'Dreh den Oberkörper zu einer Seite und halt dich an Lehne oder Armlehne fest.',
  'move.seated-twist.steps.2':
    'Mach dich beim Einatmen groß; dreh dich beim Ausatmen ein Stück weiter.',
  'move.seated-twist.steps.3': 'Zurück zur Mitte und zur anderen Seite drehen.',
  'move.seated-twist.cue':
    'Dreh aus dem oberen Rücken, die Hüfte zeigt nach vorn; zwing dich nie ans Ende.',
  'move.seated-twist.easier': 'Verschränk die Arme vor der Brust und dreh dich etwas weniger weit.',
  // doses
  'move.dose.reps': '{count, plural, one {{range} Wiederholung} other {{range} Wiederholungen}}',
  'move.dose.repsPerSide':
    '{count, plural, one {{range} Wiederholung} other {{range} Wiederholungen}} pro Seite',
  'move.dose.holds': '{count} × {seconds} s halten',
  'move.dose.holdsPerSide': '{count} × {seconds} s halten, pro Seite',
  'move.dose.time': '{seconds} s',
  'move.dose.timePerSide': '{seconds} s pro Seite',
};
