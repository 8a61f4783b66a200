import type { Query } from './cms';
import { EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from './labels';

/** Filters of the event list and the calendar feed, as the page's query names them. */
export interface EventFilter {
  type?: string;
  format?: string;
  /** Slug of a working group: its meetings only. */
  arbeitskreis?: string;
}

/** Only known values pass: an unknown one is ignored rather than sent to the CMS. */
export function eventFilter(url: URL): EventFilter {
  const type = url.searchParams.get('type') ?? '';
  const format = url.searchParams.get('format') ?? '';
  const group = url.searchParams.get('arbeitskreis') ?? '';
  return {
    ...(type in EVENT_TYPE_LABELS ? { type } : {}),
    ...(format in EVENT_FORMAT_LABELS ? { format } : {}),
    ...(/^[a-z0-9-]{1,200}$/.test(group) ? { arbeitskreis: group } : {}),
  };
}

/**
 * The filter as the CMS's public query. "Online" also finds events moved online, "vor Ort" no
 * longer finds them: the list shows where an event takes place now.
 */
export function eventQuery(filter: EventFilter): Query {
  const query: Query = {};
  if (filter.type) query['filters[$and][0][type][$eq]'] = filter.type;
  if (filter.format === 'online') {
    query['filters[$and][1][$or][0][format][$eq]'] = 'online';
    query['filters[$and][1][$or][1][eventStatus][$eq]'] = 'moved_online';
  } else if (filter.format) {
    query['filters[$and][1][format][$eq]'] = filter.format;
    query['filters[$and][2][eventStatus][$ne]'] = 'moved_online';
  }
  return query;
}
