import accounts from './accounts';
import adminLayout from './admin-layout';
import analyticsLink from './analytics-link';
import displayName from './display-name';
import embargo from './embargo';
import exportService from './export';
import publicCache from './public-cache';
import roles from './roles';
import search from './search';
import slug from './slug';

export default {
  accounts,
  'admin-layout': adminLayout,
  'analytics-link': analyticsLink,
  'display-name': displayName,
  embargo,
  export: exportService,
  'public-cache': publicCache,
  roles,
  search,
  slug,
};
