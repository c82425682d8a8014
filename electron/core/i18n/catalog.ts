/**
 * The message catalog: every user-facing string of the app, main process and renderer alike, in
 * English and German. ICU-style placeholders and plurals (see format-message.ts). Each screen keeps
 * its messages in one file under messages/; this module joins them. German is typed against English
 * per file, so a missing key does not compile; tests/component/i18n.test.ts checks both too.
 */
import * as charts from './messages/charts.ts';
import * as common from './messages/common.ts';
import * as dashboard from './messages/dashboard.ts';
import * as settings from './messages/settings.ts';
import * as onboarding from './messages/onboarding.ts';
import * as app from './messages/app.ts';
import * as breakScreens from './messages/break.ts';
import * as routines from './messages/routines.ts';
import * as tray from './messages/tray.ts';
import * as notices from './messages/notices.ts';

export const en = {
  ...common.en,
  ...dashboard.en,
  ...settings.en,
  ...onboarding.en,
  ...app.en,
  ...breakScreens.en,
  ...routines.en,
  ...tray.en,
  ...notices.en,
  ...charts.en,
} as const;

export type MessageKey = keyof typeof en;

export const de: Record<MessageKey, string> = {
  ...common.de,
  ...dashboard.de,
  ...settings.de,
  ...onboarding.de,
  ...app.de,
  ...breakScreens.de,
  ...routines.de,
  ...tray.de,
  ...notices.de,
  ...charts.de,
};

export const CATALOGS = { en, de } as const;
export type UiLanguage = keyof typeof CATALOGS;
