import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { generateDemoData, placeholderPng, type DemoDataset } from '@verbund/demo-data';
import { DEMO_ACCOUNTS } from './accounts';

const uid = (name: string) => `plugin::verbund.${name}`;

type Ids = Map<string, string>;

const paragraphs = (texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

export const isDatabaseEmpty = async (strapi: Core.Strapi) => {
  const counts = await Promise.all([
    strapi.db.query('admin::user').count(),
    strapi.db.query(uid('organisation') as never).count(),
    strapi.db.query(uid('funding-project') as never).count(),
    strapi.db.query('plugin::users-permissions.user').count(),
  ]);
  return counts.every((count) => count === 0);
};

const createAccounts = async (strapi: Core.Strapi) => {
  const roleService = strapi.service('admin::role') as any;
  const userService = strapi.service('admin::user') as any;
  const superAdmin = await roleService.getSuperAdmin();
  const { superAdmin: admin, kommunikation, koordination, steuerkreis } = DEMO_ACCOUNTS;
  await userService.create({ ...admin, isActive: true, roles: [superAdmin.id], preferedLanguage: 'de' });
  for (const account of [kommunikation, koordination]) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code: account.roleCode } });
    const { roleCode: _roleCode, ...user } = account;
    await userService.create({ ...user, isActive: true, roles: [role.id], preferedLanguage: 'de' });
  }
  const steuerkreisRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'steuerkreis' } });
  await strapi
    .plugin('users-permissions')
    .service('user')
    .add({ ...steuerkreis, provider: 'local', confirmed: true, blocked: false, role: steuerkreisRole.id });
};

const uploadImage = async (strapi: Core.Strapi, directory: string, image: { fileName: string; width: number; height: number; label: string }, caption: string) => {
  const filepath = path.join(directory, image.fileName);
  const png = placeholderPng({ width: image.width, height: image.height, label: image.label });
  await writeFile(filepath, png);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: image.fileName, caption, alternativeText: caption } },
      files: { filepath, originalFilename: image.fileName, mimetype: 'image/png', size: png.length },
    });
  return file.id as number;
};

const seedContent = async (strapi: Core.Strapi, data: DemoDataset, onProgress: (message: string) => void) => {
  const ids: Ids = new Map();
  const docs = (name: string) => strapi.documents(uid(name) as never) as any;
  const create = async (name: string, key: string | null, fields: Record<string, unknown>, publish = false) => {
    const created = await docs(name).create({ data: fields, ...(publish ? { status: 'published' } : {}) });
    if (key) ids.set(`${name}:${key}`, created.documentId);
    return created;
  };
  const ref = (name: string, key: string | null | undefined) => (key ? ids.get(`${name}:${key}`) ?? null : null);
  const refs = (name: string, keys: string[]) => keys.map((key) => ref(name, key)).filter(Boolean);

  const { steeringCommittee, ...project } = data.fundingProject;
  await docs('funding-project').create({ data: { ...project, steeringCommittee } });
  await docs('site-settings').create({ data: data.siteSettings });

  for (const { key, ...organisation } of data.organisations) await create('organisation', key, organisation);
  onProgress(`${data.organisations.length} Organisationen`);
  for (const { key, organisationKey, ...contact } of data.contacts) {
    await create('contact', key, { ...contact, organisation: ref('organisation', organisationKey) });
  }
  for (const { key, memberKeys, ...group } of data.workingGroups) {
    await create('working-group', key, { ...group, members: refs('organisation', memberKeys) });
  }
  // The generator speaks DESIGN.md's `status`; the schema calls it eventStatus/runStatus/needStatus (see docs/content-model.md).
  for (const { key, workingGroupKey, publish, status, ...event } of data.events) {
    await create('event', key, { ...event, eventStatus: status, workingGroup: ref('working-group', workingGroupKey) }, publish);
  }
  for (const { eventKey, organisationKey, headcount } of data.eventParticipations) {
    await create('event-participation', null, { event: ref('event', eventKey), organisation: ref('organisation', organisationKey), headcount });
  }
  onProgress(`${data.events.length} Veranstaltungen`);

  const directory = await mkdtemp(path.join(os.tmpdir(), 'verbund-demo-'));
  try {
    const embargo = strapi.plugin('verbund').service('embargo');
    for (const { key, body, photos, pressContactKey, relatedEventKeys, publish, ...release } of data.pressReleases) {
      const photoComponents = [];
      for (const photo of photos) {
        const image = await uploadImage(strapi, directory, photo.image, photo.caption);
        photoComponents.push({ image, caption: photo.caption, credit: photo.credit, photographer: photo.photographer });
      }
      const fields = {
        ...release,
        body: paragraphs(body),
        photos: photoComponents,
        pressContact: ref('contact', pressContactKey),
        relatedEvents: refs('event', relatedEventKeys),
      };
      const underEmbargo = embargo.isFuture(release.embargoUntil);
      const created = await create('press-release', key, fields, publish && !underEmbargo);
      if (publish && underEmbargo) await embargo.schedule(created.documentId, release.embargoUntil);
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  onProgress(`${data.pressReleases.length} Pressemitteilungen`);

  for (const { key, providerKey, publish, ...offer } of data.courseOffers) {
    await create('course-offer', key, { ...offer, provider: ref('organisation', providerKey) }, publish);
  }
  for (const { key, courseOfferKey, publish, status, ...run } of data.courseRuns) {
    await create('course-run', key, { ...run, runStatus: status, courseOffer: ref('course-offer', courseOfferKey) }, publish);
  }
  for (const { courseRunKey, organisationKey, participants } of data.courseParticipations) {
    await create('course-participation', null, { courseRun: ref('course-run', courseRunKey), organisation: ref('organisation', organisationKey), participants });
  }
  onProgress(`${data.courseOffers.length} Angebote, ${data.courseRuns.length} Durchführungen`);

  for (const { key, organisationKey, ...consultation } of data.consultations) {
    await create('consultation', key, { ...consultation, organisation: ref('organisation', organisationKey) });
  }
  for (const { key, organisationKey, matchedOfferKeys, consultationKey, status, ...need } of data.trainingNeeds) {
    await create('training-need', key, {
      ...need,
      needStatus: status,
      organisation: ref('organisation', organisationKey),
      matchedOffers: refs('course-offer', matchedOfferKeys),
      consultation: ref('consultation', consultationKey),
    });
  }
  for (const target of data.indicatorTargets) await create('indicator-target', null, { ...target });
  onProgress(`${data.consultations.length} Beratungen, ${data.trainingNeeds.length} Bedarfe`);
};

/**
 * Fills an empty database with the demo network and one login per role. All in one transaction:
 * an interrupted seed leaves the database empty, so the next start simply seeds again.
 */
export const seedDemo = async (strapi: Core.Strapi, options: { scale?: number; now?: Date } = {}) => {
  if (!(await isDatabaseEmpty(strapi))) {
    strapi.log.info('[demo] database is not empty: demo data skipped');
    return false;
  }
  const started = Date.now();
  const data = generateDemoData({ seed: 1, scale: options.scale ?? 1, now: options.now ?? new Date() });
  await strapi.db.transaction(async () => {
    await createAccounts(strapi);
    await seedContent(strapi, data, (message) => strapi.log.info(`[demo] ${message}`));
  });
  strapi.log.info(`[demo] demo data created in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
};
