import accounts from './accounts';
import adminLayout from './admin-layout';
import analyticsLink from './analytics-link';
import embargo from './embargo';
import exportService from './export';
import roles from './roles';
import slug from './slug';

export default {
  accounts,
  'admin-layout': adminLayout,
  'analytics-link': analyticsLink,
  embargo,
  export: exportService,
  roles,
  slug,
};
