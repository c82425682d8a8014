// The settings screen: shared-schema validation messages next to the field, changes applied at once.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { SettingsUpdateResult } from '../../electron/core/ipc-contract.ts';
import {
  DEFAULT_WORKING_HOURS,
  SETTINGS_KEYS,
  applySettingsPatch,
  type Settings,
} from '../../electron/core/settings.ts';
import SettingsPage from '../../renderer/src/settings/SettingsPage.svelte';
import { SETTING_TEXT } from '../../renderer/src/settings/copy.ts';
import { settings as makeSettings } from './fixtures.ts';

function setup(initial: Settings = makeSettings()) {
  let current = initial;
  const save = vi.fn(async (patch: Record<string, unknown>): Promise<SettingsUpdateResult> => {
    current = applySettingsPatch(current, patch);
    return { ok: true, settings: current };
  });
  render(SettingsPage, { props: { settings: initial, save } });
  return { save };
}

describe('SettingsPage', () => {
  it('has a labelled control with a one-line explanation for every setting', () => {
    setup(makeSettings({ workingHours: DEFAULT_WORKING_HOURS }));
    for (const key of SETTINGS_KEYS) {
      const { label, hint } = SETTING_TEXT[key];
      expect(screen.getAllByText(label).length, key).toBeGreaterThan(0);
      expect(screen.getByText(hint.split(' "')[0]!, { exact: false }), key).toBeInTheDocument();
    }
  });

  it('shows an out-of-bounds value next to the field, marks it invalid and saves nothing', async () => {
    const { save } = setup();
    const input = screen.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    await fireEvent.change(input, { target: { value: '5' } });

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      /Must be a whole number of minutes from 10 to 120 \(you entered 5\)\./,
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('explains an empty box and a fraction in plain words', async () => {
    const { save } = setup();
    const goal = screen.getByRole('spinbutton', { name: 'Daily goal' });
    await fireEvent.change(goal, { target: { value: '' } });
    expect(goal).toHaveAccessibleDescription(/from 1 to 30 \(the box is empty\)/);

    const length = screen.getByRole('spinbutton', { name: 'Break length' });
    await fireEvent.change(length, { target: { value: '90.5' } });
    expect(length).toHaveAccessibleDescription(/whole number of seconds from 60 to 600/);
    expect(save).not.toHaveBeenCalled();
  });

  it('applies a valid value at once and clears the earlier error', async () => {
    const { save } = setup();
    const input = screen.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    await fireEvent.change(input, { target: { value: '200' } });
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await fireEvent.change(input, { target: { value: '45' } });
    expect(save).toHaveBeenCalledWith({ breakIntervalMinutes: 45 });
    await vi.waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'false'));
    expect(input).not.toHaveAccessibleDescription(/Must be/);
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('shows a rejection from the host next to the field', async () => {
    const save = vi.fn(async (): Promise<SettingsUpdateResult> => ({
      ok: false,
      issues: [{ key: 'snoozeMinutes', message: 'snoozeMinutes is locked by policy' }],
    }));
    render(SettingsPage, { props: { settings: makeSettings(), save } });
    const input = screen.getByRole('spinbutton', { name: 'Snooze for' });
    await fireEvent.change(input, { target: { value: '10' } });
    await vi.waitFor(() => expect(input).toHaveAccessibleDescription(/Is locked by policy\./));
  });

  it('applies a preset and shows it as pressed', async () => {
    const { save } = setup();
    const presets = within(screen.getByRole('group', { name: 'Presets' }));
    expect(presets.getByRole('button', { name: /Every 30 min, 2 min/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await fireEvent.click(presets.getByRole('button', { name: /Every 30 min, 5 min/ }));
    expect(save).toHaveBeenCalledWith({ breakIntervalMinutes: 30, breakDurationSeconds: 300 });
    await vi.waitFor(() =>
      expect(presets.getByRole('button', { name: /Every 30 min, 5 min/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
  });

  it('turns working hours on with Mon–Fri defaults and rejects a range that ends before it starts', async () => {
    const { save } = setup();
    await fireEvent.click(
      screen.getByRole('switch', { name: 'Only remind me during working hours' }),
    );
    expect(save).toHaveBeenCalledWith({ workingHours: DEFAULT_WORKING_HOURS });

    const end = await screen.findByLabelText('Monday until');
    save.mockClear();
    await fireEvent.change(end, { target: { value: '08:00' } });
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('The end time must be after the start time.');
    expect(save).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    expect(save).toHaveBeenCalledWith({
      workingHours: expect.objectContaining({ sat: [['09:00', '13:00']] }),
    });
  });

  it('rejects overlapping and duplicate ranges with a message and saves nothing', async () => {
    const { save } = setup(
      makeSettings({
        workingHours: {
          mon: [
            ['09:00', '12:00'],
            ['13:00', '17:00'],
          ],
        },
      }),
    );
    const secondStart = screen.getAllByLabelText('Monday from')[1]!;
    await fireEvent.change(secondStart, { target: { value: '11:00' } });
    expect(secondStart).toHaveAttribute('aria-invalid', 'true');
    expect(secondStart).toHaveAccessibleDescription('This overlaps 09:00–12:00 on Monday.');

    expect(save).not.toHaveBeenCalled();
  });

  it('rejects a range that repeats another on the same day', async () => {
    const { save } = setup(
      makeSettings({
        workingHours: {
          mon: [
            ['09:00', '12:00'],
            ['10:00', '12:00'],
          ],
        },
      }),
    );
    const secondStart = screen.getAllByLabelText('Monday from')[1]!;
    await fireEvent.change(secondStart, { target: { value: '09:00' } });
    expect(secondStart).toHaveAccessibleDescription('Monday already has 09:00–12:00.');
    expect(save).not.toHaveBeenCalled();
  });

  it('"+ Add" puts a new range in free time and says so when the day is full', async () => {
    const { save } = setup(makeSettings({ workingHours: { tue: [['00:00', '23:59']] } }));
    const add = screen.getByRole('button', { name: 'Add hours on Tuesday' });
    await fireEvent.click(add);
    await fireEvent.click(add);
    expect(save).not.toHaveBeenCalled();
    expect(add).toHaveAccessibleDescription('Tuesday has no free time left to add.');
    expect(screen.getAllByLabelText('Tuesday from')).toHaveLength(1);
  });

  it('"+ Add" after a late range fills the earlier free time instead of copying it', async () => {
    const { save } = setup(makeSettings({ workingHours: { wed: [['18:00', '23:30']] } }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add hours on Wednesday' }));
    expect(save).toHaveBeenCalledWith({
      workingHours: {
        wed: [
          ['18:00', '23:30'],
          ['00:00', '04:00'],
        ],
      },
    });
  });

  it('saves switches and choices as they change', async () => {
    const { save } = setup();
    await fireEvent.click(screen.getByRole('switch', { name: 'I have a resistance band' }));
    expect(save).toHaveBeenCalledWith({ equipment: { band: true } });
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(save).toHaveBeenCalledWith({ theme: 'dark' });
    await fireEvent.click(screen.getByRole('radio', { name: 'Floor' }));
    expect(save).toHaveBeenCalledWith({ space: 'floor' });
  });
});
