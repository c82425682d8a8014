/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. A missing
 * browser is an error naming the package to install, never a skipped suite.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(
  env: Record<string, string | undefined> = process.env,
  fallback = DEFAULT_CHROMIUM,
): string {
  const chosen = env.CHROMIUM_PATH || fallback;
  if (!existsSync(chosen)) {
    throw new Error(
      env.CHROMIUM_PATH
        ? `CHROMIUM_PATH is ${chosen}, but there is no file there.`
        : `No Chromium at ${fallback}. Install it (Debian/Ubuntu: sudo apt-get install ` +
            `chromium; .ci/run does this) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  return chosen;
}
