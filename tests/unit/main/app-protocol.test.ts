import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  pageUrl,
  resolveAppPath,
  serveAppRequest,
} from '../../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/harden.ts';

let root: string;
beforeAll(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-protocol-'));
  root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(path.join(root, 'break.html'), '<!doctype html><title>break</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
});
afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

describe('pageUrl', () => {
  it('names the two pages and the hash routes', () => {
    expect(pageUrl('index', 'dashboard')).toBe('app://renderer/index.html#/dashboard');
    expect(pageUrl('index', 'settings')).toBe('app://renderer/index.html#/settings');
    expect(pageUrl('break')).toBe('app://renderer/break.html');
  });
});

describe('resolveAppPath', () => {
  it('maps app://renderer/ URLs into the root, ignoring query and hash', () => {
    expect(resolveAppPath('app://renderer/index.html#/settings', root)).toBe(
      path.join(root, 'index.html'),
    );
    expect(resolveAppPath('app://renderer/assets/index-abc.js?v=1', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath('app://renderer/', root)).toBe(path.join(root, 'index.html'));
  });

  it('refuses other hosts, other schemes, NUL bytes, backslashes and bad escapes', () => {
    for (const url of [
      'app://evil/index.html',
      'https://renderer/index.html',
      'app://renderer/..%5csecret.txt',
      'app://renderer/index.html%00.js',
      'app://renderer/%E0%A4%A',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });

  it('never resolves outside the root, however the dots are written', () => {
    for (const url of TRAVERSALS) {
      const file = resolveAppPath(url, root);
      expect(file === null || file.startsWith(root + path.sep), `${url} → ${file}`).toBe(true);
    }
  });
});

const TRAVERSALS = [
  'app://renderer/../secret.txt',
  'app://renderer/%2e%2e/secret.txt',
  'app://renderer/assets/..%2f..%2fsecret.txt',
  'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  'app://renderer//../../secret.txt',
];

describe('serveAppRequest', () => {
  it('serves a page with its content type and the CSP header', async () => {
    const response = await serveAppRequest(
      { url: 'app://renderer/break.html', method: 'GET' },
      root,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>break</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serveAppRequest(
      { url: 'app://renderer/assets/index-abc.js', method: 'GET' },
      root,
    );
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the root; 403 for a foreign host, 404 if missing, 405 for POST', async () => {
    for (const url of TRAVERSALS) {
      const response = await serveAppRequest({ url, method: 'GET' }, root);
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain('outside the root');
    }
    expect(
      (await serveAppRequest({ url: 'app://evil/index.html', method: 'GET' }, root)).status,
    ).toBe(403);
    expect(
      (await serveAppRequest({ url: 'app://renderer/nope.js', method: 'GET' }, root)).status,
    ).toBe(404);
    expect(
      (await serveAppRequest({ url: 'app://renderer/index.html', method: 'POST' }, root)).status,
    ).toBe(405);
  });

  it('knows the content types the Vite build produces', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
