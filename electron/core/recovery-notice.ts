/**
 * The notice after saved data could not be used as it was: one wording for the Electron store and
 * the web preview's store, in the user's language.
 */
import type { Words } from './move-words.ts';

export interface Recovery {
  /** What was wrong, as the store found it. */
  reason: string;
  /** True: the data was kept, some settings adjusted; false: the app started afresh. */
  adjusted?: boolean;
  /** Where the old data was kept, or null if it could not be copied. */
  backupPath: string | null;
}

export function recoveryNoticeText(words: Pick<Words, 't'>, recovery: Recovery): string {
  if (recovery.adjusted) return words.t('notice.adjusted', { reason: recovery.reason });
  const where =
    recovery.backupPath !== null
      ? words.t('notice.backupSaved', { path: recovery.backupPath })
      : words.t('notice.backupFailed');
  return words.t('notice.unreadable', { reason: recovery.reason, where });
}
