/**
 * The message catalog: every user-facing string of the app, main process and renderer alike, in
 * English and German. ICU-style placeholders and plurals (see format-message.ts). Each screen keeps
 * its messages in one file under messages/; this module joins them. German is typed against English
 * per file, so a missing key does not compile; tests/component/i18n.test.ts checks both too.
 */
import * as charts from './messages/charts.ts';
import * as common from './messages/common.ts';
import * as dashboard from './messages/dashboard.ts';

export const en = {
  ...common.en,
  ...dashboard.en,
  ...charts.en,
} as const;

export type MessageKey = keyof typeof en;

export const de: Record<MessageKey, string> = {
  ...common.de,
  ...dashboard.de,
  ...charts.de,
};

export const CATALOGS = { en, de } as const;
export type UiLanguage = keyof typeof CATALOGS;
