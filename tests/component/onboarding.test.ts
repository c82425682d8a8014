// First run: what the app does, equipment and space, working hours, the safety note, then done.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { SettingsUpdateResult } from '../../electron/core/ipc-contract.ts';
import { DEFAULT_WORKING_HOURS, applySettingsPatch } from '../../electron/core/settings.ts';
import Onboarding from '../../renderer/src/onboarding/Onboarding.svelte';
import { settings } from './fixtures.ts';

describe('Onboarding', () => {
  it('walks through the four steps, saving choices as they are made, and completes', async () => {
    let current = settings();
    const save = vi.fn(async (patch: Record<string, unknown>): Promise<SettingsUpdateResult> => {
      current = applySettingsPatch(current, patch);
      return { ok: true, settings: current };
    });
    const onComplete = vi.fn();
    render(Onboarding, { props: { settings: current, save, onComplete } });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Posture Break');
    expect(screen.getByText(/Everything stays on this computer/)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Welcome');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your space and equipment');
    await fireEvent.click(screen.getByRole('switch', { name: 'I have a resistance band' }));
    expect(save).toHaveBeenLastCalledWith({ equipment: { band: true } });
    await fireEvent.click(screen.getByRole('radio', { name: 'Seated' }));
    expect(save).toHaveBeenLastCalledWith({ space: 'seated' });
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: 'Seated' })).toBeChecked());

    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'When should reminders come?',
    );
    await fireEvent.click(
      screen.getByRole('switch', { name: 'Only remind me during working hours' }),
    );
    expect(save).toHaveBeenLastCalledWith({ workingHours: DEFAULT_WORKING_HOURS });
    expect(await screen.findByLabelText('Friday from')).toHaveValue('09:00');

    // Back keeps what was chosen.
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('switch', { name: 'I have a resistance band' })).toBeChecked();
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    const note = screen.getByRole('note', { name: 'Safety note' });
    expect(note).toHaveTextContent('not medical advice');
    expect(note).toHaveTextContent(
      /heart disease, chest pain, dizziness, joint problems, or are pregnant/,
    );
    expect(note).toHaveTextContent(
      /Stop right away if you feel pain, dizziness or shortness of breath/,
    );
    expect(onComplete).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: "I understand, let's start" }));
    expect(onComplete).toHaveBeenCalledOnce();
    expect(current).toMatchObject({ space: 'seated', equipment: { band: true } });
  });
});
