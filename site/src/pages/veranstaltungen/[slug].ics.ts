import type { APIRoute } from 'astro';
import { cmsFindOne, siteSettings, type Event } from '../../lib/cms';
import { eventsCalendar } from '../../lib/feeds';

/** One event as an iCalendar file ("In den Kalender"). */
export const GET: APIRoute = async ({ params, site }) => {
  const event = await cmsFindOne<Event>('events', params.slug!, { populate: ['venue', 'workingGroup'] });
  if (!event) return new Response('Diese Veranstaltung gibt es nicht (mehr).', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const calendar = eventsCalendar([event], site!, await siteSettings(), event.title);
  return new Response(calendar.toString(), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${event.slug}.ics"` },
  });
};
