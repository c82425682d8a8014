// The break window's start screen: what is coming, then Start, Snooze (when allowed) and Skip.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PostureApi } from '../../electron/core/ipc-contract.ts';
import type { Routine } from '../../electron/core/routine-builder.ts';
import BreakPrompt from '../../renderer/src/break/BreakPrompt.svelte';
import BreakWindow from '../../renderer/src/break-window/BreakWindow.svelte';
import { i18n } from '../../renderer/src/lib/i18n/i18n.svelte.ts';
import { appState, settings } from './fixtures.ts';

const routine: Routine = {
  moves: [
    { moveId: 'band-pull-apart', seconds: 30 },
    { moveId: 'wall-angel', seconds: 30 },
    { moveId: 'chin-tuck', seconds: 30 },
    { moveId: 'seated-twist', seconds: 30 },
    { moveId: 'seated-marching', seconds: 30 },
  ],
};

function setup(canSnooze = true, more: { routine?: Routine; canSkip?: boolean } = {}) {
  const handlers = { onStart: vi.fn(), onSnooze: vi.fn(), onSkip: vi.fn() };
  render(BreakPrompt, { props: { routine, canSnooze, snoozeMinutes: 5, ...more, ...handlers } });
  return handlers;
}

describe('BreakPrompt', () => {
  it('shows the break length and the first moves with still figures', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Time for a posture break' })).toBeInTheDocument();
    expect(screen.getByText(/2 min 30 s of moving, 5 moves/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Moves in this break' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Band pull-apart');
    expect(within(list).getByRole('img', { name: 'Wall angel figure' })).toHaveAttribute(
      'data-still',
      'true',
    );
    expect(screen.getByText('and 1 more move')).toBeInTheDocument();
    expect(screen.getByText(/Stop if anything hurts/)).toBeInTheDocument();
  });

  it('focuses Start, and Start / Snooze / Skip call their handlers', () => {
    const { onStart, onSnooze, onSkip } = setup();
    const start = screen.getByRole('button', { name: 'Start' });
    expect(start).toHaveFocus();
    fireEvent.click(start);
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip this break' }));
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(onSnooze).toHaveBeenCalledTimes(1);
    expect(onSkip).toHaveBeenCalledTimes(1);
  });

  it('offers no Snooze when it is not allowed', () => {
    setup(false);
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip this break' })).toBeInTheDocument();
  });

  it('invites in words that fit the routine: standing, seated, or heading for the floor', () => {
    setup();
    expect(screen.getByText(/Stand up, breathe out/)).toBeInTheDocument();
  });

  it('a seated routine is never told to stand up', () => {
    const seated: Routine = {
      moves: [
        { moveId: 'mimed-pull-apart', seconds: 30 },
        { moveId: 'chin-tuck', seconds: 30 },
      ],
    };
    setup(true, { routine: seated });
    expect(screen.queryByText(/Stand up/)).toBeNull();
    expect(screen.getByText(/Sit tall at the front of your chair/)).toBeInTheDocument();
  });

  it('strict mode offers neither Snooze nor Skip', () => {
    setup(false, { canSkip: false });
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Skip/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });
});

describe('the break window picks the language as the dashboard does', () => {
  afterEach(() => i18n.use('en', 'en-GB'));

  it('shows the prompt in German when the language setting says so', async () => {
    const api = {
      getState: async () => appState(),
      getSettings: async () => settings({ language: 'de', space: 'seated' }),
      onStateChanged: () => () => undefined,
    } as unknown as PostureApi;
    render(BreakWindow, { props: { api, onClose: () => undefined } });
    expect(
      await screen.findByRole('heading', { name: 'Zeit für eine Haltungspause' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByText(/Setz dich aufrecht auf die Stuhlkante/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Los geht’s/ })).toBeInTheDocument();
    expect(screen.getByText(/Hör sofort auf, wenn etwas wehtut/)).toBeInTheDocument();
  });
});
