import type { APIRoute } from 'astro';
import { cmsUrl } from '../../lib/cms';

const SAFE_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** The CMS's uploaded files (press photos), passed through so that pages load nothing from another host. */
export const GET: APIRoute = async ({ params }) => {
  const path = params.path ?? '';
  if (!SAFE_PATH.test(path) || path.split('/').some((part) => part.startsWith('.'))) return new Response('Nicht gefunden.', { status: 404 });
  const upstream = await fetch(`${cmsUrl()}/uploads/${path}`).catch(() => null);
  if (!upstream?.ok || !upstream.body) return new Response('Nicht gefunden.', { status: upstream?.status === 404 || !upstream ? 404 : 502 });
  const headers = new Headers({ 'cache-control': 'public, max-age=3600' });
  for (const name of ['content-type', 'content-length', 'last-modified', 'etag']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { headers });
};
