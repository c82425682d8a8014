// The call-detection setting explains itself per platform: macOS cannot detect calls, the tray switch can.
import { describe, expect, it } from 'vitest';
import { detectCallsMacHint, isMac, SETTING_TEXT } from '../../renderer/src/settings/copy.ts';

describe('detectCalls hint', () => {
  it('tells Mac users detection is not available and offers "In a meeting"', () => {
    expect(isMac('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36')).toBe(true);
    expect(isMac('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe(false);
    expect(isMac('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe(false);
    expect(detectCallsMacHint()).toMatch(/not detected automatically/);
    expect(detectCallsMacHint()).toContain('"In a meeting"');
    expect(SETTING_TEXT.detectCalls.hint).toContain('"In a meeting"');
  });
});
