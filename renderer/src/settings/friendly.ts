/** Turns the shared schema's messages (which name the setting key) into text shown next to a field. */
import type { SettingsIssue } from '../../../electron/core/settings.ts';

export function friendlyMessage(issue: SettingsIssue): string {
  let text = issue.message;
  const prefix = `${issue.key} `;
  if (text.startsWith(prefix)) text = text.slice(prefix.length);
  text = text.replace(/\(got (.*)\)$/, (_, got: string) =>
    got === 'null' || got === '""' ? '(the box is empty)' : `(you entered ${got})`,
  );
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
