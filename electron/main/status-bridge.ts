/**
 * Lets a second launch with `--status` ask the running app for its state. Electron's `second-instance`
 * event carries arguments one way only, so the primary instance also listens on a private local socket
 * (a named pipe on Windows) that answers one question: the status JSON.
 */
import { createHash } from 'node:crypto';
import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';

/** Unix socket paths longer than ~104 bytes fail to bind on macOS; fall back to the temp dir. */
const MAX_SOCKET_PATH = 100;

export function statusSocketPath(
  userDataDir: string,
  platform: NodeJS.Platform = process.platform,
): string {
  const hash = createHash('sha256').update(userDataDir).digest('hex').slice(0, 16);
  if (platform === 'win32') return `\\\\.\\pipe\\posture-break-${hash}`;
  const inUserData = path.join(userDataDir, 'status.sock');
  return inUserData.length <= MAX_SOCKET_PATH
    ? inUserData
    : path.join(os.tmpdir(), `posture-break-${hash}.sock`);
}

export interface StatusServer {
  close(): Promise<void>;
}

const REQUEST = 'status\n';

/** Serves `status` requests; the caller holds the single-instance lock, so an existing socket is stale. */
export async function serveStatus(
  socketPath: string,
  getStatusJson: () => string,
): Promise<StatusServer> {
  if (!socketPath.startsWith('\\\\')) rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.length > REQUEST.length) {
        socket.end('{"error":"unknown request"}\n');
        return;
      }
      if (received !== REQUEST) return;
      let reply: string;
      try {
        reply = getStatusJson();
      } catch (error) {
        reply = JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
      }
      socket.end(reply + '\n');
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Only this user may ask.
  if (!socketPath.startsWith('\\\\')) chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

/** Asks the running app for its status JSON; rejects with a clear message when nobody answers. */
export function requestStatus(socketPath: string, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    let answer = '';
    const fail = (why: string) => {
      socket.destroy();
      reject(new Error(`The running Posture Break did not answer --status (${why}).`));
    };
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => fail(`no reply within ${timeoutMs} ms`));
    socket.on('connect', () => socket.write(REQUEST));
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('end', () => {
      const text = answer.trim();
      if (text === '') fail('empty reply');
      else resolve(text);
    });
    socket.on('error', (error) => fail(error.message));
  });
}
