// The guided break player: play-through on a fake clock, keyboard, pause, live region, reduced motion.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Routine } from '../../electron/core/routine-builder.ts';
import BreakPlayer from '../../renderer/src/break/BreakPlayer.svelte';
import { finishSummaryFrom } from '../../renderer/src/break/finish-summary.ts';
import type { CueSound } from '../../renderer/src/lib/cue-sound.ts';
import { i18n } from '../../renderer/src/lib/i18n/i18n.svelte.ts';
import { FakeClock } from './break-fake-clock.ts';

const routine: Routine = {
  moves: [
    { moveId: 'scapular-push-up-wall', seconds: 30 },
    { moveId: 'marching-in-place', seconds: 30 },
    { moveId: 'chin-tuck', seconds: 30 },
    { moveId: 'bird-dog', seconds: 30 },
  ],
};

function setup(overrides: Partial<Parameters<typeof render<typeof BreakPlayer>>[1] & object> = {}) {
  const clock = new FakeClock();
  const cue: CueSound = { play: vi.fn(), close: vi.fn() };
  const onFinish = vi.fn();
  const onDone = vi.fn();
  const result = render(BreakPlayer, {
    props: {
      routine,
      reduceMotion: false,
      sound: true,
      onFinish,
      onDone,
      clock,
      cue,
      ...overrides,
    },
  });
  const advance = (ms: number) => {
    clock.advance(ms);
    flushSync();
  };
  return { ...result, clock, cue, onFinish, onDone, advance };
}

const heading = () => screen.getByRole('heading', { level: 1 });
const status = () => screen.getByRole('status');
const press = (key: string) => fireEvent.keyDown(window, { key });

afterEach(() => vi.restoreAllMocks());

/** The get-ready before each move, in ms. */
const READY = 5_000;

describe('BreakPlayer', () => {
  it('opens with a get-ready naming the first move and the position change, not counted as moving', () => {
    const { advance, cue } = setup();
    expect(heading()).toHaveTextContent('Wall scapular push-up');
    expect(screen.getByText('Stand up, facing a wall')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveAccessibleName('5 seconds to get ready');
    expect(status()).toHaveTextContent(
      'Get ready. Stand up, facing a wall: wall scapular push-up, move 1 of 4.',
    );
    expect(cue.play).toHaveBeenCalledWith('ready');
    advance(READY);
    expect(screen.getByRole('timer')).toHaveAccessibleName('30 seconds left in this move');
    expect(status()).toHaveTextContent(/^Go: Wall scapular push-up, 30 seconds, 10–12 reps\./);
    expect(cue.play).toHaveBeenLastCalledWith('move');
  });

  it('in the break window: the view first, then the figure and the focus after its first paint', async () => {
    setup({ deferFigure: true });
    expect(heading()).toHaveTextContent('Wall scapular push-up');
    expect(screen.queryByRole('img', { name: /Wall scapular push-up/ })).toBeNull();
    await vi.waitFor(() =>
      expect(screen.getByRole('img', { name: /Wall scapular push-up/ })).toBeInTheDocument(),
    );
    expect(screen.getByRole('region', { name: 'Posture break' })).toHaveFocus();
  });

  it('while a move runs: name, dose, countdown and one cue line; the full steps one key away', () => {
    const { advance } = setup();
    advance(READY);
    expect(screen.getByText('Move 1 of 4')).toBeInTheDocument();
    expect(screen.getByText('10–12 reps')).toBeInTheDocument();
    expect(screen.getByText(/elbows never bend/)).toBeInTheDocument();
    expect(screen.getByText('Marching in place').closest('p')).toHaveTextContent(
      'Next: Marching in place',
    );
    expect(screen.queryByText(/Stand an arm’s length/)).toBeNull();
    press('s');
    flushSync();
    const steps = screen.getByRole('region', { name: /steps/ });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(4);
    expect(within(steps).getByText(/Stand an arm’s length/)).toBeInTheDocument();
    press('Escape');
    flushSync();
    expect(screen.queryByRole('region', { name: /steps/ })).toBeNull();
    expect(screen.getByRole('img', { name: /Wall scapular push-up/ })).toBeInTheDocument();
  });

  it('plays through: a get-ready before every move, and the moves fill the routine: completed', async () => {
    const { advance, onFinish, cue } = setup();
    advance(READY + 12_000);
    expect(screen.getByRole('timer')).toHaveAccessibleName('18 seconds left in this move');
    advance(18_000);
    expect(heading()).toHaveTextContent('Marching in place');
    expect(screen.getByText('Stay standing')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveAccessibleName('5 seconds to get ready');
    advance(READY + 30_000);
    expect(heading()).toHaveTextContent('Chin tuck');
    expect(screen.getByText('Back to your chair')).toBeInTheDocument();
    advance(READY + 30_000);
    expect(heading()).toHaveTextContent('Bird-dog');
    expect(screen.getByText('Down to the floor')).toBeInTheDocument();
    advance(READY);
    expect(screen.getByText('Last move')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
    advance(29_999);
    expect(onFinish).not.toHaveBeenCalled();
    advance(1);
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(onFinish).toHaveBeenCalledWith({
      completed: true,
      elapsedSeconds: 120,
      routineSeconds: 120,
    });
    expect(await screen.findByRole('heading', { name: /Break done/ })).toBeInTheDocument();
    // A get-ready and a go per move, then the finish.
    expect(cue.play).toHaveBeenCalledTimes(9);
    expect(cue.play).toHaveBeenLastCalledWith('finish');
  });

  it('does not drift when the timer fires late: the routine still ends on clock time', () => {
    const { clock, advance, onFinish } = setup();
    clock.lateByMs = 37;
    advance(4 * READY + 119_500);
    expect(onFinish).not.toHaveBeenCalled();
    expect(heading()).toHaveTextContent('Bird-dog');
    advance(600);
    expect(onFinish).toHaveBeenCalledWith({
      completed: true,
      elapsedSeconds: 120,
      routineSeconds: 120,
    });
  });

  it('a long gap between wake-ups (machine asleep) is not counted as exercise', () => {
    const { clock, advance, onFinish } = setup();
    advance(READY + 5_000);
    clock.jump(10 * 60_000);
    flushSync();
    expect(onFinish).not.toHaveBeenCalled();
    expect(heading()).toHaveTextContent('Wall scapular push-up');
    expect(screen.getByRole('timer')).toHaveAccessibleName('20 seconds left in this move');
  });

  it('Space pauses and resumes; time paused is not counted', () => {
    const { advance, clock } = setup();
    advance(READY + 5_000);
    press(' ');
    flushSync();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(clock.pendingTimers).toBe(0);
    advance(60_000);
    expect(heading()).toHaveTextContent('Wall scapular push-up');
    expect(screen.getByRole('timer')).toHaveAccessibleName('25 seconds left in this move');
    expect(status()).toHaveTextContent('Paused, 25 seconds left');
    press(' ');
    flushSync();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    advance(25_000);
    expect(heading()).toHaveTextContent('Marching in place');
  });

  it('the Pause button pauses too, and pausing the player pauses the looping figure', () => {
    const pauseAnimations = vi.fn();
    const unpauseAnimations = vi.fn();
    Object.assign(SVGSVGElement.prototype, { pauseAnimations, unpauseAnimations });
    try {
      setup().advance(READY);
      expect(
        screen.getByRole('img', { name: /Wall scapular/ }).querySelector('animate'),
      ).not.toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      flushSync();
      expect(pauseAnimations).toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
      flushSync();
      expect(unpauseAnimations).toHaveBeenCalled();
    } finally {
      const proto = SVGSVGElement.prototype as unknown as Record<string, unknown>;
      delete proto.pauseAnimations;
      delete proto.unpauseAnimations;
    }
  });

  it('Space on a focused button is left to the button (no double toggle)', () => {
    setup();
    const next = screen.getByRole('button', { name: 'Start now' });
    next.focus();
    fireEvent.keyDown(next, { key: ' ' });
    flushSync();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('→ in a get-ready starts the move now; → in a move goes to the next get-ready', () => {
    const { cue } = setup();
    expect(cue.play).toHaveBeenCalledTimes(1);
    press('ArrowRight');
    flushSync();
    expect(screen.getByRole('timer')).toHaveAccessibleName('30 seconds left in this move');
    expect(cue.play).toHaveBeenLastCalledWith('move');
    press('ArrowRight');
    flushSync();
    expect(heading()).toHaveTextContent('Marching in place');
    expect(screen.getByRole('timer')).toHaveAccessibleName('5 seconds to get ready');
    expect(cue.play).toHaveBeenLastCalledWith('ready');
  });

  it('clicking through to the end is never completed: skipped remainders are forfeited', async () => {
    const { onFinish, advance } = setup();
    advance(READY + 10_000);
    for (let i = 0; i < 8; i++) press('ArrowRight');
    flushSync();
    expect(onFinish).toHaveBeenCalledWith({
      completed: false,
      elapsedSeconds: 10,
      routineSeconds: 120,
    });
    expect(screen.getByRole('heading', { name: 'A shorter break this time' })).toBeInTheDocument();
    expect(screen.getByText(/You moved for 10 s of 2 min/)).toBeInTheDocument();
  });

  it('90 % of the moving is enough: one move cut 12 s short still completes', () => {
    const { onFinish, advance } = setup();
    advance(READY + 18_000);
    press('ArrowRight');
    advance(3 * (READY + 30_000));
    expect(onFinish).toHaveBeenCalledWith({
      completed: true,
      elapsedSeconds: 108,
      routineSeconds: 120,
    });
  });

  it('waiting through pauses and get-readies is not moving: ended early after 40 s of it, partial', () => {
    const { onFinish, advance } = setup();
    advance(READY);
    press(' ');
    advance(10 * 60_000);
    press(' ');
    advance(30_000 + READY + 5_000);
    press('Escape');
    flushSync();
    expect(onFinish).toHaveBeenCalledWith({
      completed: false,
      elapsedSeconds: 35,
      routineSeconds: 120,
    });
  });

  it('Esc ends early: onFinish(completed: false) with the time moved, once', () => {
    const { onFinish, advance } = setup();
    advance(READY + 42_000);
    press('Escape');
    press('Escape');
    flushSync();
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(onFinish).toHaveBeenCalledWith({
      completed: false,
      elapsedSeconds: 37,
      routineSeconds: 120,
    });
    expect(screen.getByRole('heading', { name: 'A shorter break this time' })).toBeInTheDocument();
  });

  it('the End break button ends early too', () => {
    const { onFinish } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    expect(onFinish).toHaveBeenCalledWith({
      completed: false,
      elapsedSeconds: 0,
      routineSeconds: 120,
    });
  });

  it('strict mode: no Next, no End, Esc and → do nothing; holding Esc 3 s ends it as partial', () => {
    const { onFinish, advance } = setup({ strict: true });
    expect(screen.queryByRole('button', { name: /Next move|Start now/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'End break' })).toBeNull();
    expect(screen.getByText(/hold Esc for 3 seconds/)).toBeInTheDocument();
    advance(READY + 10_000);
    press('ArrowRight');
    press('Escape');
    fireEvent.keyUp(window, { key: 'Escape' });
    advance(5_000);
    flushSync();
    expect(onFinish).not.toHaveBeenCalled();
    expect(heading()).toHaveTextContent('Wall scapular push-up');
    press('Escape');
    advance(2_000);
    fireEvent.keyDown(window, { key: 'Escape', repeat: true });
    flushSync();
    expect(screen.getByRole('note')).toHaveTextContent('Keep holding Esc to end the break');
    expect(onFinish).not.toHaveBeenCalled();
    advance(1_000);
    expect(onFinish).toHaveBeenCalledWith({
      completed: false,
      elapsedSeconds: 18,
      routineSeconds: 120,
    });
  });

  it('announces each get-ready, each move and the last three seconds in the live region', () => {
    const { advance } = setup();
    expect(status()).toHaveAttribute('aria-live', 'polite');
    advance(READY);
    expect(status()).toHaveTextContent(
      'Go: Wall scapular push-up, 30 seconds, 10–12 reps. Next: Marching in place.',
    );
    advance(27_000);
    expect(status()).toHaveTextContent(/^3$/);
    advance(1_000);
    expect(status()).toHaveTextContent(/^2$/);
    advance(1_000);
    expect(status()).toHaveTextContent(/^1$/);
    advance(1_000);
    expect(status()).toHaveTextContent(
      /^Get ready\. Stay standing: marching in place, move 2 of 4\./,
    );
  });

  it('reduced motion shows the still frame: no SMIL animation, start and end poses drawn', () => {
    const { advance } = setup({ reduceMotion: true });
    advance(READY);
    const figure = screen.getByRole('img', { name: /start and end positions/ });
    expect(figure).toHaveAttribute('data-still', 'true');
    expect(figure.querySelector('animate')).toBeNull();
    expect(figure.querySelectorAll('g.figure')).toHaveLength(2);
  });

  it('animates when motion is allowed (the get-ready shows the still)', () => {
    const { advance } = setup({ reduceMotion: false });
    expect(screen.getByRole('img', { name: /start and end positions/ })).toBeInTheDocument();
    advance(READY);
    const figure = screen.getByRole('img', { name: /figure showing the movement/ });
    expect(figure).toHaveAttribute('data-still', 'false');
    expect(figure.querySelectorAll('animate').length).toBeGreaterThan(4);
  });

  it('is silent when sound is off', () => {
    const { cue, advance } = setup({ sound: false });
    advance(140_000);
    expect(cue.play).not.toHaveBeenCalled();
  });

  it('finish screen shows the streak and today from onFinish, and Done calls onDone', async () => {
    const onFinish = vi.fn(async () => ({ streakDays: 4, breaksToday: 3, dailyGoal: 5 }));
    const { advance, onDone } = setup({ onFinish });
    advance(140_000);
    expect(await screen.findByText('4 days')).toBeInTheDocument();
    expect(screen.getByText('3 of 5 breaks')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /daily goal/ })).toHaveAttribute('value', '3');
    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toHaveFocus();
    fireEvent.click(done);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('finish screen can take the summary as a prop and says when the goal is met', () => {
    const { advance } = setup({ summary: { streakDays: 1, breaksToday: 5, dailyGoal: 5 } });
    advance(140_000);
    expect(screen.getByText('1 day')).toBeInTheDocument();
    expect(screen.getByText(/Daily goal reached/)).toBeInTheDocument();
  });

  it('stops its timer when unmounted', () => {
    const { clock, unmount } = setup();
    expect(clock.pendingTimers).toBe(1);
    unmount();
    expect(clock.pendingTimers).toBe(0);
  });

  it('finishSummaryFrom maps the app state main returns to the finish screen', () => {
    const state = {
      streak: { current: 6, longest: 9 },
      today: { breaksTaken: 2, movingSeconds: 250 },
    } as unknown as Parameters<typeof finishSummaryFrom>[0];
    expect(finishSummaryFrom(state, 5)).toEqual({
      streakDays: 6,
      breaksToday: 2,
      dailyGoal: 5,
      movingSecondsToday: 250,
    });
  });
});

describe('BreakPlayer in German', () => {
  afterEach(() => i18n.use('en', 'en-GB'));

  it('says the routine, its moves and what a screen reader hears in German', async () => {
    i18n.use('de', 'de-DE');
    const onFinish = vi.fn(async () => ({ streakDays: 4, breaksToday: 3, dailyGoal: 5 }));
    const { advance } = setup({ onFinish });
    expect(heading()).toHaveTextContent('Schulterblatt-Liegestütz an der Wand');
    expect(screen.getByText('Steh auf, mit Blick zur Wand')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveAccessibleName('Noch 5 Sekunden zum Bereitmachen');
    expect(status()).toHaveTextContent(
      'Mach dich bereit. Steh auf, mit Blick zur Wand: Schulterblatt-Liegestütz an der Wand, Übung 1 von 4.',
    );
    advance(READY);
    expect(screen.getByText('Übung 1 von 4')).toBeInTheDocument();
    expect(screen.getByText('10–12 Wiederholungen')).toBeInTheDocument();
    expect(screen.getByText(/Die Ellbogen beugen sich nie/)).toBeInTheDocument();
    expect(screen.getByText('Marschieren auf der Stelle').closest('p')).toHaveTextContent(
      'Als Nächstes: Marschieren auf der Stelle',
    );
    expect(status()).toHaveTextContent(
      'Los: Schulterblatt-Liegestütz an der Wand, 30 Sekunden, 10–12 Wiederholungen. Danach: Marschieren auf der Stelle.',
    );
    press('s');
    flushSync();
    const steps = screen.getByRole('region', {
      name: 'Schulterblatt-Liegestütz an der Wand: Schritte',
    });
    expect(within(steps).getByRole('heading', { name: 'So geht’s' })).toBeInTheDocument();
    expect(within(steps).getByText(/^Trainiert: vorderer Sägemuskel/)).toBeInTheDocument();
    expect(within(steps).getByText(/Stell dich eine Armlänge vor eine Wand/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Anhalten/ })).toBeInTheDocument();
    advance(140_000);
    expect(
      await screen.findByRole('heading', { name: 'Pause geschafft. Gut gemacht!' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('4 Tage')).toBeInTheDocument();
    expect(screen.getByText('3 von 5 Pausen')).toBeInTheDocument();
    expect(screen.getByText('Noch 2 Pausen bis zum Tagesziel.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fertig' })).toHaveFocus();
  });
});
