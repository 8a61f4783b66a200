import accounts from './accounts';
import adminLayout from './admin-layout';
import analyticsLink from './analytics-link';
import audit from './audit';
import displayName from './display-name';
import embargo from './embargo';
import exportService from './export';
import preview from './preview';
import publicCache from './public-cache';
import reportVersions from './report-versions';
import roles from './roles';
import search from './search';
import slug from './slug';

export default {
  accounts,
  'admin-layout': adminLayout,
  'analytics-link': analyticsLink,
  audit,
  'display-name': displayName,
  embargo,
  export: exportService,
  preview,
  'public-cache': publicCache,
  'report-versions': reportVersions,
  roles,
  search,
  slug,
};
