/**
 * Does this Linux process run as a native Wayland client? Electron 38+ picks Wayland by itself in a
 * Wayland session (ozone platform hint "auto"); `--ozone-platform=x11` or
 * ELECTRON_OZONE_PLATFORM_HINT=x11 keep it on XWayland. On native Wayland the app cannot read the
 * cursor position or place windows, and the compositor may ignore always-on-top and focus requests.
 */
export function runsOnWayland(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  commandLineSwitch: (name: string) => string,
): boolean {
  if (platform !== 'linux') return false;
  const chosen = (
    commandLineSwitch('ozone-platform') ||
    commandLineSwitch('ozone-platform-hint') ||
    env.ELECTRON_OZONE_PLATFORM_HINT ||
    'auto'
  ).toLowerCase();
  if (chosen === 'x11') return false;
  if (chosen === 'wayland') return true;
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}
