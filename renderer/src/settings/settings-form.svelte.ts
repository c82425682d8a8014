/** Settings screen state: validates each change with the shared schema, applies it at once, keeps per-field errors. */
import type { SettingsUpdateResult } from '../../../electron/core/ipc-contract.ts';
import { validateSettingsPatch, type Settings } from '../../../electron/core/settings.ts';
import { t } from '../lib/i18n/i18n.svelte.ts';
import { friendlyMessage } from './friendly.ts';

export type SaveSettings = (patch: Record<string, unknown>) => Promise<SettingsUpdateResult>;

export class SettingsForm {
  settings = $state<Settings>() as Settings;
  /** Plain-language problem per setting key (or sub-field id such as "workingHours.mon.0"). */
  errors = $state<Record<string, string>>({});
  saving = $state(false);
  /** Whether the last change was saved (and nothing went wrong since). */
  saved = $state(false);

  /** A short confirmation for the live region, e.g. "Saved", in the language of the moment. */
  get status(): string {
    return this.saved ? t('settings.saved') : '';
  }

  #save: SaveSettings;

  constructor(settings: Settings, save: SaveSettings) {
    this.settings = settings;
    this.#save = save;
  }

  /** Replaces the shown settings (a push from elsewhere) without touching fields that hold an error. */
  sync(settings: Settings): void {
    this.settings = settings;
  }

  setError(field: string, message: string | null): void {
    const next = { ...this.errors };
    if (message) {
      next[field] = message;
      this.saved = false;
    } else delete next[field];
    this.errors = next;
  }

  /** Validates then applies a patch; on a problem shows it next to the field and changes nothing. */
  async apply(patch: Record<string, unknown>): Promise<boolean> {
    const keys = Object.keys(patch);
    const local = validateSettingsPatch(patch);
    if (!local.ok) {
      for (const issue of local.issues) this.setError(issue.key, friendlyMessage(issue));
      this.saved = false;
      return false;
    }
    this.saving = true;
    try {
      const result = await this.#save(patch);
      if (!result.ok) {
        for (const issue of result.issues) this.setError(issue.key, friendlyMessage(issue));
        this.saved = false;
        return false;
      }
      this.settings = result.settings;
      for (const key of keys) this.setError(key, null);
      this.saved = true;
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const key of keys) this.setError(key, t('settings.saveFailed', { message }));
      return false;
    } finally {
      this.saving = false;
    }
  }
}
