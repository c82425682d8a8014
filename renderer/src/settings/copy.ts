/**
 * The label and one-line explanation of every setting, from the message catalog (`settings.<key>.*`).
 * The getters read the current language, so text shown from them follows a language switch live.
 */
import type { SettingsKey, Space } from '../../../electron/core/settings.ts';
import { SETTINGS_KEYS } from '../../../electron/core/settings.ts';
import type { MessageKey } from '../../../electron/core/i18n/catalog.ts';
import { t } from '../lib/i18n/i18n.svelte.ts';

export interface SettingText {
  readonly label: string;
  readonly hint: string;
}

/** macOS offers no dependable way to see another app's microphone or camera use without a native addon. */
export const detectCallsMacHint = (): string => t('settings.detectCalls.macHint');

/** True in the app on a Mac (the renderer has no Node; the user agent names the platform). */
export const isMac = (userAgent: string = globalThis.navigator?.userAgent ?? ''): boolean =>
  /Macintosh|Mac OS X/.test(userAgent);

function text(prefix: string): SettingText {
  return {
    get label() {
      return t(`${prefix}` as MessageKey);
    },
    get hint() {
      return t(`${prefix}.hint` as MessageKey);
    },
  };
}

// Every setting has a label and a hint in the catalog, or this does not compile.
type TextKey = `settings.${SettingsKey}.${'label' | 'hint'}`;
const everySettingHasText: TextKey extends MessageKey ? true : never = true;
void everySettingHasText;

export const SETTING_TEXT = Object.fromEntries(
  SETTINGS_KEYS.map((key) => [
    key,
    {
      get label() {
        return t(`settings.${key}.label` satisfies TextKey);
      },
      get hint() {
        return t(`settings.${key}.hint` satisfies TextKey);
      },
    },
  ]),
) as Record<SettingsKey, SettingText>;

export const SPACE_TEXT: Record<Space, SettingText> = {
  seated: text('settings.space.seated'),
  standing: text('settings.space.standing'),
  floor: text('settings.space.floor'),
};
