/**
 * Registers every request channel of the IPC contract through one wrapper that first checks the
 * sender is a top-level page of this app, then validates the argument, and only then runs the handler.
 */
import type { IpcMainInvokeEvent } from 'electron';
import {
  IpcPayloadError,
  requests,
  validateRequest,
  type RequestArg,
  type RequestChannel,
  type RequestResults,
} from '../core/ipc-contract.ts';
import { excerpt } from '../core/excerpt.ts';
import { isAppUrl } from './harden.ts';

export type RequestHandlers = {
  [C in RequestChannel]: (arg: RequestArg<C>) => RequestResults[C] | Promise<RequestResults[C]>;
};

/** The part of `ipcMain` the wrapper uses. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ): void;
  removeHandler(channel: string): void;
}

export class IpcSenderError extends Error {
  constructor(channel: string, detail: string) {
    super(`Refused ${channel}: ${detail}`);
    this.name = 'IpcSenderError';
  }
}

/** Our own page, in its top frame (no iframes, no other origin, no destroyed frame). */
export function checkSender(channel: string, event: Pick<IpcMainInvokeEvent, 'senderFrame'>): void {
  const frame = event.senderFrame;
  if (!frame) throw new IpcSenderError(channel, 'the sending frame is gone');
  if (frame.parent !== null) throw new IpcSenderError(channel, 'sent from a sub-frame');
  if (!isAppUrl(frame.url)) {
    throw new IpcSenderError(channel, `sender ${excerpt(frame.url)} is not a Posture Break page`);
  }
}

/**
 * Wraps one handler: sender check, at most one argument, validation with the contract's validator.
 * Bad payloads reject with an IpcPayloadError naming the channel and what was wrong.
 */
export function guardedHandler<C extends RequestChannel>(
  channel: C,
  handler: RequestHandlers[C],
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<RequestResults[C]> {
  return async (event, ...args) => {
    checkSender(channel, event);
    if (args.length > 1) {
      throw new IpcPayloadError(channel, `expected at most one argument, got ${args.length}`);
    }
    const arg = validateRequest(channel, args[0]);
    return handler(arg);
  };
}

/** Registers all channels (the type makes a missing handler a compile error); returns an unregister. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: RequestHandlers): () => void {
  const channels = Object.keys(requests) as RequestChannel[];
  for (const channel of channels) {
    ipcMain.handle(
      channel,
      guardedHandler(channel, handlers[channel] as RequestHandlers[typeof channel]),
    );
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
