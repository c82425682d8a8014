import { describe, expect, it } from 'vitest';
import { runsOnWayland } from '../../../electron/main/display-server.ts';

const none = () => '';

describe('runsOnWayland', () => {
  it('follows the session type on Linux, as Electron 38+ does by default', () => {
    expect(runsOnWayland('linux', { XDG_SESSION_TYPE: 'wayland' }, none)).toBe(true);
    expect(runsOnWayland('linux', { WAYLAND_DISPLAY: 'wayland-0' }, none)).toBe(true);
    expect(runsOnWayland('linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, none)).toBe(false);
  });

  it('respects --ozone-platform and ELECTRON_OZONE_PLATFORM_HINT', () => {
    const wayland = { XDG_SESSION_TYPE: 'wayland' };
    expect(runsOnWayland('linux', wayland, (n) => (n === 'ozone-platform' ? 'x11' : ''))).toBe(
      false,
    );
    expect(runsOnWayland('linux', { ...wayland, ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, none)).toBe(
      false,
    );
    expect(
      runsOnWayland('linux', { DISPLAY: ':0' }, (n) => (n === 'ozone-platform' ? 'wayland' : '')),
    ).toBe(true);
  });

  it('is never true off Linux', () => {
    expect(runsOnWayland('darwin', { WAYLAND_DISPLAY: 'x' }, none)).toBe(false);
    expect(runsOnWayland('win32', { XDG_SESSION_TYPE: 'wayland' }, none)).toBe(false);
  });
});
