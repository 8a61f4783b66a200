import type { TypeName } from '../constants';

/**
 * Fields the audit trail records as „geändert“ only (`redacted: true`, both values null), per type:
 * personal data (names of persons, e-mail addresses, phone numbers — also inside component lists)
 * and free-text notes and descriptions. The trail is kept for years after a record is gone, so it
 * must not become a second copy of what the records themselves may only hold while needed.
 */
export const REDACTED_FIELDS: Record<TypeName, readonly string[]> = {
  'funding-project': ['description', 'steeringCommittee'], // members' names
  organisation: ['description'],
  contact: ['name', 'email', 'phone'],
  'press-release': ['lead', 'body', 'photos'], // photos: photographers' names
  event: ['summary', 'description', 'hygieneNotes', 'agenda'], // agenda: speakers' names
  'event-participation': [],
  'course-offer': ['summary', 'description', 'prerequisites'],
  'course-run': [],
  'course-participation': [],
  consultation: ['notes'],
  'training-need': ['description'],
  'working-group': ['description'],
  'indicator-target': ['note'],
  'site-settings': ['fundingNotice', 'imprint', 'privacyPolicy', 'accessibilityStatement', 'accessibilityContactEmail', 'accessibilityContactPhone'],
};

/**
 * The field that names a record in the trail (and a related record in a change), where the admin's
 * main field is personal: a contact is named by its function, not by the person.
 */
export const NAME_FIELD_OVERRIDES: Partial<Record<TypeName, string>> = { contact: 'role' };

export const isRedacted = (type: TypeName, field: string) => REDACTED_FIELDS[type].includes(field);
