/** The one settings schema: defaults, bounds, and errors that name the key and its bounds. */
import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  defaultSettings,
  NUMBER_BOUNDS,
  parseSettings,
  validateSettingsPatch,
} from '../../electron/core/settings.ts';

describe('settings', () => {
  it('has the SPEC defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      breakIntervalMinutes: 30,
      breakDurationSeconds: 120,
      awayAfterSeconds: 180,
      snoozeMinutes: 5,
      maxSnoozes: 2,
      autoOpen: true,
      autoOpenSeconds: 60,
      dailyGoalBreaks: 5,
      restDayBelowMinutes: 60,
      graceDaysPerWeek: 1,
      dayStartsAt: '06:00',
      workingHours: false,
      equipment: { band: false },
      space: 'standing',
      sound: true,
      reduceMotion: 'system',
      theme: 'system',
      launchAtLogin: true,
      strictMode: false,
      fullScreenBreak: false,
      detectCalls: true,
      headsUpNotification: false,
      language: 'system',
    });
  });

  it.each(Object.entries(NUMBER_BOUNDS))(
    'accepts %s at both bounds and rejects just outside',
    (key, b) => {
      expect(validateSettingsPatch({ [key]: b.min }).ok).toBe(true);
      expect(validateSettingsPatch({ [key]: b.max }).ok).toBe(true);
      for (const bad of [b.min - 1, b.max + 1, b.min + 0.5, String(b.min)]) {
        const r = validateSettingsPatch({ [key]: bad });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.issues[0]?.key).toBe(key);
          expect(r.issues[0]?.message).toContain(`${key} must be a whole number`);
          expect(r.issues[0]?.message).toContain(`from ${b.min} to ${b.max}`);
        }
      }
    },
  );

  it('rejects unknown keys, bad times and bad working hours with messages naming them', () => {
    const r = validateSettingsPatch({
      breakInterval: 30,
      dayStartsAt: '25:00',
      workingHours: { mon: [['10:00', '09:00']] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.key)).toEqual(['breakInterval', 'dayStartsAt', 'workingHours']);
      expect(r.issues[1]?.message).toMatch(/dayStartsAt must be a time of day "HH:MM"/);
      expect(r.issues[2]?.message).toMatch(/workingHours must be false/);
    }
  });

  it('turns workingHours true into Mon–Fri 09:00–17:30', () => {
    const s = applySettingsPatch(defaultSettings(), { workingHours: true });
    expect(s.workingHours).toEqual({
      mon: [['09:00', '17:30']],
      tue: [['09:00', '17:30']],
      wed: [['09:00', '17:30']],
      thu: [['09:00', '17:30']],
      fri: [['09:00', '17:30']],
    });
  });

  it('changes nothing when any key of a patch is invalid', () => {
    const before = defaultSettings();
    expect(() => applySettingsPatch(before, { snoozeMinutes: 10, maxSnoozes: 9 })).toThrow(
      /maxSnoozes must be a whole number of snoozes from 0 to 5 \(got 9\)/,
    );
    expect(before.snoozeMinutes).toBe(5);
  });

  it('fills missing keys with defaults when parsing a whole object', () => {
    const r = parseSettings({ breakIntervalMinutes: 20 });
    expect(r.ok && r.settings?.breakIntervalMinutes).toBe(20);
    expect(r.ok && r.settings?.awayAfterSeconds).toBe(180);
    expect(parseSettings('nope').ok).toBe(false);
  });
});
