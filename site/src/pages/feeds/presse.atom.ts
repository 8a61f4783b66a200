import type { APIRoute } from 'astro';
import { cmsGet, siteSettings, type Page, type PressRelease } from '../../lib/cms';
import { pressAtom } from '../../lib/feeds';

export const GET: APIRoute = async ({ site }) => {
  const { data } = await cmsGet<Page<PressRelease>>('press-releases', { populate: 'photos', sort: ['releaseDate:desc', 'publishedAt:desc'], 'pagination[pageSize]': 50 });
  return new Response(pressAtom(data, site!, await siteSettings()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
