import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite puts content-hashed files under assets/: they never change, so caches may keep them. */
const HASHED = /^\/assets\//;

async function fileSize(path: string): Promise<number | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? info.size : null;
}

function send(req: IncomingMessage, res: ServerResponse, path: string, size: number, cacheControl: string): void {
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': cacheControl,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path).pipe(res);
}

/**
 * Serves the dashboard build; a path that is not a file gets index.html so the client router
 * can take it. Returns false when there is no build (the caller answers 404).
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string, root: string): Promise<boolean> {
  const index = join(root, 'index.html');
  const indexSize = await fileSize(index);
  if (indexSize === null) return false;

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate.startsWith(root.endsWith(sep) ? root : root + sep) && !decoded.includes('\0')) {
    const size = await fileSize(candidate);
    if (size !== null) {
      send(req, res, candidate, size, HASHED.test(decoded) ? 'public, max-age=31536000, immutable' : 'no-cache');
      return true;
    }
  }
  // A missing asset is a 404, not the app shell (a stale page would otherwise load HTML as script).
  if (extname(decoded) !== '' && extname(decoded) !== '.html') return false;
  send(req, res, index, indexSize, 'no-cache');
  return true;
}
