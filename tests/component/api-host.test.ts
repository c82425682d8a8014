// lib/api.ts outside the preview build: the preload's `window.posture` when it is there; without it
// (a broken preload) both windows say so clearly, and nothing is written to localStorage.
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostureApi } from '../../electron/core/ipc-contract.ts';
import App from '../../renderer/src/App.svelte';
import BreakWindow from '../../renderer/src/break-window/BreakWindow.svelte';

/** api.ts decides once, when loaded: load it afresh for each page set-up. */
async function loadApi() {
  vi.resetModules();
  return import('../../renderer/src/lib/api.ts');
}

let setItem: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  localStorage.clear();
  setItem = vi.spyOn(Storage.prototype, 'setItem');
  delete window.posture;
});
afterEach(() => {
  setItem.mockRestore();
  delete window.posture;
});

describe('lib/api.ts in the app (not the preview build)', () => {
  it('uses the preload’s window.posture when it is there', async () => {
    const posture = { getState: vi.fn() } as unknown as PostureApi;
    window.posture = posture;
    const { api, isPreview } = await loadApi();
    expect(isPreview).toBe(false);
    expect(api).toBe(posture);
  });

  it('without window.posture the dashboard window shows a clear error and writes nothing', async () => {
    const { api, MISSING_HOST_MESSAGE } = await loadApi();
    await expect(api.getState()).rejects.toThrow(MISSING_HOST_MESSAGE);
    render(App, { props: { api } });
    expect(
      await screen.findByRole('heading', { name: 'Posture Break could not load' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('the preload) did not load');
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  it('without window.posture the break window shows a clear error and writes nothing', async () => {
    const { api } = await loadApi();
    render(BreakWindow, { props: { api, onClose: () => undefined } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The break could not start: This window cannot reach Posture Break',
    );
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });
});
