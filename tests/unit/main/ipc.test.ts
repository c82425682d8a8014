import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { requests, type RequestChannel } from '../../../electron/core/ipc-contract.ts';
import {
  registerIpcHandlers,
  type IpcMainLike,
  type RequestHandlers,
} from '../../../electron/main/ipc.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
}

const frame = (url: string, parent: unknown = null) =>
  ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;
const OURS = frame('app://renderer/index.html#/dashboard');

/** Handlers that record what reached them. */
function recordingHandlers(reached: [string, unknown][]): RequestHandlers {
  const record =
    (channel: string) =>
    (arg: unknown): never => {
      reached.push([channel, arg]);
      return { ok: true } as never;
    };
  return Object.fromEntries(
    (Object.keys(requests) as RequestChannel[]).map((c) => [c, record(c)]),
  ) as unknown as RequestHandlers;
}

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract, and unregisters them', () => {
    const { ipc, handlers } = fakeIpcMain();
    const unregister = registerIpcHandlers(ipc, recordingHandlers([]));
    expect([...handlers.keys()].sort()).toEqual(Object.keys(requests).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes a valid payload from our page to the handler', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const reached: [string, unknown][] = [];
    registerIpcHandlers(ipc, recordingHandlers(reached));
    await handlers.get('reminders:pause')?.(OURS, { minutes: 30 });
    await handlers.get('break:end')?.(frame('app://renderer/break.html'), { completed: true });
    await handlers.get('state:get')?.(OURS);
    expect(reached).toEqual([
      ['reminders:pause', { minutes: 30 }],
      ['break:end', { completed: true }],
      ['state:get', undefined],
    ]);
  });

  it.each([
    ['reminders:pause', [{ minutes: 0 }], /Invalid payload for reminders:pause: minutes/],
    ['reminders:pause', [{ minutes: 30, extra: 1 }], /Invalid payload for reminders:pause/],
    ['meeting:set', [{ on: true, minutes: 45 }], /Invalid payload for meeting:set/],
    ['meeting:set', [{ on: false, minutes: 30 }], /Invalid payload for meeting:set/],
    ['meeting:set', [{ on: 'yes' }], /Invalid payload for meeting:set/],
    ['break:end', [{ completed: 'yes' }], /Invalid payload for break:end: completed/],
    ['history:get', [{ days: -1 }], /Invalid payload for history:get: days/],
    ['window:open', [{ view: 'devtools' }], /Invalid payload for window:open: view/],
    ['state:get', [{ sneaky: true }], /Invalid payload for state:get/],
    ['break:start', [undefined, 'second'], /expected at most one argument, got 2/],
  ])(
    'rejects a bad %s payload with a clear error before the handler runs',
    async (channel, args, message) => {
      const { ipc, handlers } = fakeIpcMain();
      const reached: [string, unknown][] = [];
      registerIpcHandlers(ipc, recordingHandlers(reached));
      await expect(handlers.get(channel)?.(OURS, ...args)).rejects.toThrow(message);
      expect(reached).toEqual([]);
    },
  );

  it.each([
    ['a remote page', frame('https://evil.example/'), /is not a Posture Break page/],
    ['a file page', frame('file:///tmp/x.html'), /is not a Posture Break page/],
    ['another host of our scheme', frame('app://evil/index.html'), /is not a Posture Break page/],
    ['a sub-frame of our page', frame('app://renderer/index.html', {}), /sent from a sub-frame/],
    [
      'a frame that is gone',
      { senderFrame: null } as unknown as IpcMainInvokeEvent,
      /frame is gone/,
    ],
  ])('refuses %s', async (_what, event, message) => {
    const { ipc, handlers } = fakeIpcMain();
    const reached: [string, unknown][] = [];
    registerIpcHandlers(ipc, recordingHandlers(reached));
    await expect(handlers.get('state:get')?.(event)).rejects.toThrow(message);
    await expect(handlers.get('settings:update')?.(event, { sound: false })).rejects.toThrow(
      /Refused settings:update/,
    );
    expect(reached).toEqual([]);
  });
});
