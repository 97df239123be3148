// A plain static file server, the kind of host the built app must work on: files are served as they are
// under a URL prefix (a subfolder), with no rewrite rules and no fallback to index.html for unknown paths.
// test/e2e/static-server.ts runs it for the journeys; the service worker update journey runs its own, whose
// folder it swaps for a newer build. Text is sent gzip-compressed to a browser that accepts it, as every
// static host does (the size budget is counted in gzip bytes, and Lighthouse, test/budget/lighthouse.ts,
// measures what goes over the wire).

import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Hashed build output never changes under its name; the page and anything unhashed (index.html, sw.js,
// the manifest) must be revalidated.
export const IMMUTABLE_PATH = /^assets\//;
/** Types worth compressing: everything but the PNG icons. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;
const ACCEPTS_GZIP = /\bgzip\b/;

/** Compressed once per file version (path, size and modification time). */
const gzipCache = new Map<string, Buffer>();
async function gzipped(file: string, size: number, mtimeMs: number): Promise<Buffer> {
  const key = `${file}:${String(size)}:${String(mtimeMs)}`;
  let body = gzipCache.get(key);
  if (!body) {
    body = gzipSync(await readFile(file), { level: 9 });
    gzipCache.set(key, body);
  }
  return body;
}

/**
 * Compresses every compressible file under `root` now, as a host that serves precompressed files does
 * (nginx's gzip_static, a CDN's cached copy): the first request for a file then costs no compression.
 * Without it, the first request for each file waits for gzip -9 of it on this server's one thread.
 */
export async function precompress(root: string): Promise<void> {
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const type = CONTENT_TYPES[extname(file)];
    if (!type || !COMPRESSIBLE.test(type)) continue;
    const info = await stat(file);
    await gzipped(file, info.size, info.mtimeMs);
  }
}

/** `sub/folder` → `/sub/folder/`. */
export const normalizePrefix = (prefix: string): string =>
  `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Serves the folder `folder()` names at the time of each request. */
export function createStaticServer(folder: () => string, prefixArg = '/'): Server {
  const prefix = normalizePrefix(prefixArg);
  return createServer((req, res) => {
    const gzip = ACCEPTS_GZIP.test(String(req.headers['accept-encoding'] ?? ''));
    void respond(resolve(folder()), prefix, req.method ?? 'GET', req.url ?? '/', gzip, res);
  });
}

async function respond(
  root: string,
  prefix: string,
  method: string,
  url: string,
  gzip: boolean,
  res: ServerResponse,
): Promise<void> {
  const notFound = (status = 404) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${String(status)}\n`);
  };
  if (method !== 'GET' && method !== 'HEAD') return notFound(405);
  const pathname = safeDecode(new URL(url, 'http://localhost').pathname);
  if (pathname === null || !pathname.startsWith(prefix)) return notFound();
  // A folder URL serves its index.html, as every static host does; nothing else is rewritten.
  const relative = pathname.slice(prefix.length).replace(/(^|\/)$/, '$1index.html');
  const file = join(root, relative);
  if (!file.startsWith(root + sep)) return notFound();
  const type = CONTENT_TYPES[extname(file)];
  const info = await stat(file).catch(() => null);
  if (!type || !info?.isFile()) return notFound();
  const headers = {
    'Content-Type': type,
    'Cache-Control': IMMUTABLE_PATH.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (COMPRESSIBLE.test(type)) {
    const body = gzip ? await gzipped(file, info.size, info.mtimeMs) : null;
    res.writeHead(200, {
      ...headers,
      Vary: 'Accept-Encoding',
      'Content-Length': String(body?.length ?? info.size),
      ...(body && { 'Content-Encoding': 'gzip' }),
    });
    if (method === 'HEAD') return void res.end();
    if (body) return void res.end(body);
  } else {
    res.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
    if (method === 'HEAD') return void res.end();
  }
  createReadStream(file).pipe(res);
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
