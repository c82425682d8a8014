import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  requestStatus,
  serveStatus,
  statusSocketPath,
} from '../../../electron/main/status-bridge.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'posture-status-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('status bridge (the answer to a second launch with --status)', () => {
  it('answers the status JSON over a private socket', async () => {
    const socket = statusSocketPath(dir);
    let asked = 0;
    const server = await serveStatus(socket, () => {
      asked++;
      return JSON.stringify({ activity: 'sitting', asked });
    });
    try {
      expect(statSync(socket).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await requestStatus(socket))).toEqual({ activity: 'sitting', asked: 1 });
      expect(JSON.parse(await requestStatus(socket))).toEqual({ activity: 'sitting', asked: 2 });
    } finally {
      await server.close();
    }
  });

  it('replaces a stale socket left by a crash', async () => {
    const socket = statusSocketPath(dir);
    // A process that listens and is killed keeps its socket file on disk (a clean close removes it).
    const child = spawn(process.execPath, [
      '-e',
      `require('net').createServer().listen(${JSON.stringify(socket)}, () => console.log('up'))`,
    ]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(socket)).toBe(true);
    const server = await serveStatus(socket, () => '"fresh"');
    try {
      expect(await requestStatus(socket)).toBe('"fresh"');
    } finally {
      await server.close();
    }
  });

  it('fails with a clear message when no app answers', async () => {
    await expect(requestStatus(path.join(dir, 'nobody.sock'), 500)).rejects.toThrow(
      /The running Posture Break did not answer --status/,
    );
  });

  it('answers nothing but the status question', async () => {
    const socket = statusSocketPath(dir);
    const server = await serveStatus(socket, () => '{"secret":1}');
    try {
      const reply = await new Promise<string>((resolve) => {
        const c = net.connect(socket, () => c.write('settings:update {"sound":false}\n'));
        let text = '';
        c.on('data', (d) => (text += d));
        c.on('close', () => resolve(text));
      });
      expect(reply).toContain('unknown request');
      expect(reply).not.toContain('secret');
    } finally {
      await server.close();
    }
  });

  it('keeps socket paths short enough to bind, and uses a named pipe on Windows', () => {
    const long = path.join(dir, 'x'.repeat(120));
    expect(statusSocketPath(long).length).toBeLessThanOrEqual(100);
    expect(statusSocketPath('C:\\Users\\me\\AppData\\Roaming\\Posture Break', 'win32')).toMatch(
      /^\\\\\.\\pipe\\posture-break-[0-9a-f]{16}$/,
    );
  });
});
