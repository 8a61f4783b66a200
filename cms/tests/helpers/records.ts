import type { Core } from '@strapi/strapi';
import { ADMIN_ROLES } from '../../src/plugins/verbund/server/src/services/roles';
import contentTypes from '../../src/plugins/verbund/server/src/content-types';
import { TYPE_NAMES, type TypeName } from '../../src/plugins/verbund/server/src/constants';
import { storedType } from '../../src/plugins/verbund/server/src/custom-fields';
import { adminApi, adminLogin } from './admin';

/** Single types (funding project, website texts) are written with PUT on a path without id. */
export const isSingleType = (type: TypeName) => contentTypes[type].schema.kind === 'singleType';

/** Content-manager path of a type: single types have no id in their path. */
export const cmPath = (type: TypeName, documentId?: string) =>
  isSingleType(type)
    ? `/content-manager/single-types/plugin::verbund.${type}`
    : `/content-manager/collection-types/plugin::verbund.${type}${documentId ? `/${documentId}` : ''}`;

/** A type's schema attributes, custom fields under their stored type (as Strapi sees them once loaded). */
export const attributesOf = (type: TypeName) =>
  Object.fromEntries(
    Object.entries(contentTypes[type].schema.attributes as Record<string, { type: string; customField?: string }>).map(([field, attribute]) => [field, { ...attribute, type: storedType(attribute) }])
  ) as Record<string, Record<string, any>>;

/** The admin role that may create records of the type (services/roles.ts). */
export const ownerRole = (type: TypeName) => ADMIN_ROLES.find((role) => role.grants[type]?.includes('create'))!.code;

/** One logged-in admin API per owning role. */
export const ownerApis = async (strapi: Core.Strapi, url: string) => {
  const apis: Record<string, ReturnType<typeof adminApi>> = {};
  for (const role of new Set(TYPE_NAMES.map(ownerRole))) apis[role] = adminApi(url, await adminLogin(strapi, url, `${role}@verbund.example`, role));
  return (type: TypeName) => apis[ownerRole(type)];
};

export interface Refs {
  organisation: string;
  contact: string;
  event: string;
  courseOffer: string;
  courseRun: string;
  consultation: string;
  workingGroup: string;
  imageId: number;
}

/** Records the valid records below point to, written straight through the document service. */
export const createRefs = async (strapi: Core.Strapi): Promise<Refs> => {
  const docs = (type: TypeName) => strapi.documents(`plugin::verbund.${type}` as never) as any;
  const organisation = (await docs('organisation').create({ data: { name: 'Referenz GmbH', type: 'training_provider', sizeClass: 'small' } })).documentId;
  const contact = (await docs('contact').create({ data: { name: 'Presse Person', isPressContact: true } })).documentId;
  const event = (await docs('event').create({ data: { title: 'Referenz-Workshop', startsAt: '2023-04-01T08:00:00.000Z' } })).documentId;
  const courseOffer = (await docs('course-offer').create({ data: { title: 'Referenzkurs' } })).documentId;
  const courseRun = (await docs('course-run').create({ data: { courseOffer, startsOn: '2023-05-02' } })).documentId;
  const consultation = (await docs('consultation').create({ data: { organisation, date: '2023-01-10' } })).documentId;
  const workingGroup = (await docs('working-group').create({ data: { name: 'Referenz-Arbeitskreis' } })).documentId;
  const image = await strapi.db.query('plugin::upload.file').create({
    data: { name: 'foto.jpg', hash: 'foto_ref', ext: '.jpg', mime: 'image/jpeg', size: 1.2, width: 10, height: 10, url: '/uploads/foto_ref.jpg', provider: 'local' },
  });
  return { organisation, contact, event, courseOffer, courseRun, consultation, workingGroup, imageId: image.id };
};

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** A record of each type with every field set to a valid value, as the admin would send it. */
export const validRecord = (type: TypeName, refs: Refs, variant = 1): Record<string, unknown> => {
  const n = variant;
  switch (type) {
    case 'funding-project':
      return {
        name: `Kooperative Weiterbildung ${n}`, shortName: `KWB ${n}`, fundingProgramme: 'Aufbau von Weiterbildungsverbünden', funder: 'BMAS',
        grantReference: `FK-${n}`, grantAmountEur: 1234567.5 + n, startsOn: '2021-01-01', endsOn: '2024-12-31', region: 'Braunschweig–Wolfsburg',
        description: 'Förderprojekt', steeringCommittee: [{ name: 'Anna Muster', organisation: 'IHK', role: `Vorsitz ${n}` }],
      };
    case 'organisation':
      return {
        name: `Muster Maschinenbau ${n}`, slug: `muster-maschinenbau-${n}`, type: 'company', sizeClass: 'medium', sector: 'Maschinenbau',
        district: 'peine', partnerSince: '2021-03-01', partnerUntil: '2024-06-30', website: `https://muster-${n}.example.de/`, description: 'Ein Betrieb.',
      };
    case 'contact':
      return { name: `Erika Presse ${n}`, role: 'Pressesprecherin', organisation: refs.organisation, email: `erika${n}@beispiel.de`, phone: '+49 531 123456', isPressContact: n % 2 === 1 };
    case 'press-release':
      return {
        title: `Verbund startet ${n}`, slug: `verbund-startet-${n}`, subtitle: 'Untertitel', dateline: 'Braunschweig', releaseDate: '2022-02-01',
        embargoUntil: '2022-01-31T09:00:00.000Z', lead: 'Kurz gesagt.', body: [paragraph(`Absatz ${n}`), { type: 'heading', level: 2, children: [{ type: 'text', text: 'Zwischentitel', bold: true }] }],
        photos: [{ image: refs.imageId, caption: 'Auftakt', credit: 'Allianz für die Region GmbH', photographer: 'S. Hübner' }],
        pressContact: refs.contact, relatedEvents: [refs.event], tags: ['Auftakt', `Tag ${n}`],
      };
    case 'event':
      return {
        title: `Arbeitskreis Digitalisierung ${n}`, slug: `arbeitskreis-digitalisierung-${n}`, type: 'working_group_meeting', summary: 'Treffen', description: 'Beschreibung',
        startsAt: '2023-03-14T13:00:00.000Z', endsAt: '2023-03-14T15:30:00.000Z', timezone: 'Europe/Berlin', format: 'hybrid', eventStatus: 'scheduled',
        venue: { name: 'Haus der Wirtschaft', street: 'Hauptstraße 1', postcode: '38100', city: 'Braunschweig' }, capacity: 40 + n, attendeesTotal: 25, isPublic: n % 2 === 0,
        hygieneNotes: 'Keine', agenda: [{ time: '14:00', title: 'Begrüßung', speaker: 'Anna Muster', organisation: 'IHK' }], workingGroup: refs.workingGroup,
      };
    case 'event-participation':
      return { event: refs.event, organisation: refs.organisation, headcount: 3 + n };
    case 'course-offer':
      return {
        title: `Grundlagen KI ${n}`, slug: `grundlagen-ki-${n}`, provider: refs.organisation, summary: 'Kurz', description: 'Lang', topic: 'data_and_ai',
        targetGroup: 'Beschäftigte', prerequisites: 'Keine', certificate: 'Zertifikat', dqrLevel: 4, format: 'blended', durationHours: 16 + n, priceEur: 490.5,
        azavCertified: true, educationVoucher: n % 2 === 1, newInNetwork: true,
      };
    case 'course-run':
      return { courseOffer: refs.courseOffer, startsOn: '2023-09-04', endsOn: '2023-09-08', district: 'wolfsburg', city: 'Wolfsburg', seats: 12 + n, runStatus: 'completed' };
    case 'course-participation':
      return { courseRun: refs.courseRun, organisation: refs.organisation, participants: 2 + n };
    case 'consultation':
      return { organisation: refs.organisation, date: '2023-02-15', format: 'remote', topics: ['digitalisation', 'leadership'], notes: `Notiz ${n}` };
    case 'training-need':
      return {
        organisation: refs.organisation, identifiedOn: '2023-02-16', topic: 'automation', description: `Bedarf ${n}`, employeesConcerned: 7 + n,
        needStatus: 'matched', matchedOffers: [refs.courseOffer], consultation: refs.consultation,
      };
    case 'working-group':
      return { name: `Arbeitskreis Fachkräfte ${n}`, slug: `arbeitskreis-fachkraefte-${n}`, topic: 'leadership', description: 'Beschreibung', members: [refs.organisation] };
    case 'indicator-target':
      return { indicator: 'partners', period: 'project_year_1', target: 40 + n, note: 'Ziel laut Antrag' };
    case 'site-settings':
      return {
        siteName: `Weiterbildungsverbund ${n}`, tagline: 'Gemeinsam weiterbilden', fundingNotice: `Gefördert vom BMAS ${n}`, imprint: `Impressum ${n}`,
        privacyPolicy: 'Keine Cookies.', accessibilityStatement: 'Weitgehend barrierefrei.', accessibilityContactEmail: `barrierefrei${n}@beispiel.de`,
        accessibilityContactPhone: '+49 531 123456', accessibilityReviewedOn: '2024-09-01',
      };
  }
};
