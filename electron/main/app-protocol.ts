/**
 * The `app://renderer/` protocol that serves the built renderer (dist/renderer) to the windows: a
 * fixed root, no path escapes, correct content types and the app's CSP header on every response.
 * A custom protocol rather than file:// gives the pages a real origin, so the IPC sender check and the
 * CSP's 'self' mean exactly "files of this app".
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './harden.ts';

/** Passed to `protocol.registerSchemesAsPrivileged` before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

export type RendererPage = 'index' | 'break';

/** `app://renderer/index.html#/dashboard` and friends. */
export function pageUrl(page: RendererPage, route?: string): string {
  return `${APP_ORIGIN}/${page}.html${route ? `#/${route}` : ''}`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The file an app URL names inside `rootDir`, or null when it is not ours or escapes the root. */
export function resolveAppPath(url: string, rootDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, '.' + path.posix.normalize(pathname));
  if (!file.startsWith(root + path.sep)) return null;
  return file;
}

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

/** Answers one `protocol.handle` request from the files under `rootDir`. */
export async function serveAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  readFile: (file: string) => Promise<Uint8Array> = fsReadFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: BASE_HEADERS });
  }
  const file = resolveAppPath(request.url, rootDir);
  if (file === null) return new Response('Forbidden', { status: 403, headers: BASE_HEADERS });
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404, headers: BASE_HEADERS });
  }
  return new Response(request.method === 'HEAD' ? null : Buffer.from(body), {
    status: 200,
    headers: { ...BASE_HEADERS, 'Content-Type': contentTypeFor(file) },
  });
}
