import { describe, expect, it } from 'vitest';
import { chromiumPath, DEFAULT_CHROMIUM } from '../chromium-path.ts';

describe('chromiumPath', () => {
  it('uses CHROMIUM_PATH when set', () => {
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('names the Debian package when the default is missing, and the variable when it is wrong', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(
      'CHROMIUM_PATH is /nonexistent/chrome, but there is no file there.',
    );
    expect(() => chromiumPath({}, '/nonexistent/chromium')).toThrow(
      /No Chromium at \/nonexistent\/chromium\. Install it \(Debian\/Ubuntu: sudo apt-get install chromium/,
    );
    expect(DEFAULT_CHROMIUM).toBe('/usr/bin/chromium');
  });
});
