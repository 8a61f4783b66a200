import auditEntry from './audit-entry/schema.json';
import consultation from './consultation/schema.json';
import changeCounter from './change-counter/schema.json';
import contact from './contact/schema.json';
import courseOffer from './course-offer/schema.json';
import courseParticipation from './course-participation/schema.json';
import courseRun from './course-run/schema.json';
import embargoSchedule from './embargo-schedule/schema.json';
import event from './event/schema.json';
import eventParticipation from './event-participation/schema.json';
import fundingProject from './funding-project/schema.json';
import indicatorTarget from './indicator-target/schema.json';
import organisation from './organisation/schema.json';
import pressRelease from './press-release/schema.json';
import reportVersion from './report-version/schema.json';
import siteSettings from './site-settings/schema.json';
import trainingNeed from './training-need/schema.json';
import workingGroup from './working-group/schema.json';
import { enumerated } from './enumerations';

export default enumerated({
  'funding-project': { schema: fundingProject },
  organisation: { schema: organisation },
  contact: { schema: contact },
  'press-release': { schema: pressRelease },
  event: { schema: event },
  'event-participation': { schema: eventParticipation },
  'course-offer': { schema: courseOffer },
  'course-run': { schema: courseRun },
  'course-participation': { schema: courseParticipation },
  consultation: { schema: consultation },
  'training-need': { schema: trainingNeed },
  'working-group': { schema: workingGroup },
  'indicator-target': { schema: indicatorTarget },
  'site-settings': { schema: siteSettings },
  // Internal, not an editorial type: the embargo service's schedule rows (hidden in the admin).
  'embargo-schedule': { schema: embargoSchedule },
  // Internal: the public cache's change counter, shared by all instances on one database.
  'change-counter': { schema: changeCounter },
  // Internal, append-only: the audit trail (services/audit.ts); readable through the plugin's own routes only.
  'audit-entry': { schema: auditEntry },
  // Internal: frozen report versions, written and read by the analytics service only (immutable).
  'report-version': { schema: reportVersion },
});
