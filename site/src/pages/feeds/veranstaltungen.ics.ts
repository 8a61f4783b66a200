import type { APIRoute } from 'astro';
import { cmsAll, siteSettings, type Event } from '../../lib/cms';
import { eventFilter, eventQuery } from '../../lib/events';
import { eventsCalendar } from '../../lib/feeds';

/** The subscribable calendar: every public event (past ones too, so changes reach subscribers), filterable like the list. */
export const GET: APIRoute = async ({ url, site }) => {
  const filter = eventFilter(url);
  let events = await cmsAll<Event>('events', { ...eventQuery(filter), populate: ['venue', 'workingGroup'], sort: 'startsAt:asc' });
  if (filter.arbeitskreis) events = events.filter((event) => event.workingGroup?.slug === filter.arbeitskreis);
  const calendar = eventsCalendar(events, site!, await siteSettings());
  return new Response(calendar.toString(), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
