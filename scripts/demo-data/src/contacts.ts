import { EmailRegistry, personName } from './names';
import { unreachablePhone, type Town } from './places';
import type { Random } from './random';
import type { Contact, Organisation } from './types';

const ROLES_BY_TYPE: Partial<Record<Organisation['type'], readonly string[]>> = {
  company: ['Geschäftsführung', 'Personalleitung', 'Personalentwicklung', 'Ausbildungsleitung', 'Betriebsrat'],
  training_provider: ['Leitung', 'Weiterbildungsberatung', 'Firmenseminare und Inhouse-Schulungen'],
};
const OTHER_ROLES = ['Geschäftsführung', 'Referentin für Fachkräftesicherung', 'Projektleitung'];

// serials for the unreachable phone numbers start above the seed contacts' ones
const FIRST_PHONE_SERIAL = 1000;

/**
 * Contact people: one at every training provider and network organisation, and at about half
 * of the companies (the others were reached through events or the chambers).
 */
export function generateContacts(
  random: Random,
  organisations: readonly Organisation[],
  townOf: ReadonlyMap<string, Town>,
  seedContacts: readonly Contact[],
): Contact[] {
  const emails = new EmailRegistry();
  for (const contact of seedContacts) emails.reserve(contact.email);
  const contacts: Contact[] = [];
  let serial = FIRST_PHONE_SERIAL;
  for (const organisation of organisations) {
    if (organisation.type === 'company' && !random.chance(0.5)) continue;
    const person = personName(random);
    contacts.push({
      key: `contact-${contacts.length + 1}`,
      name: person.full,
      role: random.pick(ROLES_BY_TYPE[organisation.type] ?? OTHER_ROLES),
      organisationKey: organisation.key,
      email: emails.claim(person),
      phone: unreachablePhone(townOf.get(organisation.key)?.areaCode ?? '531', serial++),
      isPressContact: false,
    });
  }
  return contacts;
}
