/**
 * Turns the shared schema's messages (which name the setting key) into text shown next to a field.
 * The number fields, the only ones a user can type a bad value into, get the rule in the UI language
 * from the catalog; other keys' messages are developer-facing rules and stay as the schema words them.
 */
import {
  KEY_MESSAGES,
  NUMBER_BOUNDS,
  type SettingsIssue,
} from '../../../electron/core/settings.ts';
import { t } from '../lib/i18n/i18n.svelte.ts';

export function friendlyMessage(issue: SettingsIssue): string {
  const gotText = /\(got (.*)\)$/.exec(issue.message)?.[1];
  const got =
    gotText === undefined
      ? ''
      : gotText === 'null' || gotText === '""'
        ? t('settings.error.empty')
        : t('settings.error.got', { value: gotText });
  const key = issue.key as keyof typeof NUMBER_BOUNDS;
  if (Object.hasOwn(NUMBER_BOUNDS, key) && issue.message.startsWith(KEY_MESSAGES[key])) {
    const { min, max, unit } = NUMBER_BOUNDS[key];
    const unitName = t(`settings.unitName.${unit}`);
    return t('settings.error.number', { unit: unitName, min, max, got }).replace(' .', '.');
  }
  let text = issue.message;
  const prefix = `${issue.key} `;
  if (text.startsWith(prefix)) text = text.slice(prefix.length);
  if (gotText !== undefined) text = text.replace(/\(got (.*)\)$/, got);
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
