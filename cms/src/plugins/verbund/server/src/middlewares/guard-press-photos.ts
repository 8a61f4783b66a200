import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uidOf } from '../constants';
import { germanList } from '../utils/german-list';

const PRESS_RELEASE = uidOf('press-release');

/** Titles of the press releases (draft or published) whose photos use the file. */
const releasesUsing = async (strapi: Core.Strapi, fileId: number) => {
  const rows = (await strapi.db.query(PRESS_RELEASE as never).findMany({
    where: { photos: { image: { id: fileId } } },
    select: ['documentId', 'title'],
    orderBy: { title: 'asc' },
  } as never)) as Array<{ documentId: string; title: string }>;
  return [...new Map(rows.map((row) => [row.documentId, row.title])).values()];
};

/**
 * A press photo's image is required: deleting its file from the media library would leave the
 * release with a photo without image. Every deletion path of the upload plugin (single, bulk,
 * folder) goes through its `upload.remove` service, which deletes the stored file before the
 * database row, so a database lifecycle hook would come too late (strapi/strapi#17170): the guard
 * wraps that service instead.
 */
export const guardPressPhotos = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.get('services').extend('plugin::upload.upload', (upload: any) => ({
    ...upload,
    async remove(file: { id: number; name: string }) {
      const titles = await releasesUsing(strapi, file.id);
      if (titles.length > 0) {
        const where = titles.length === 1 ? 'in der Pressemitteilung' : 'in den Pressemitteilungen';
        throw new errors.ValidationError(`Die Datei „${file.name}“ ist Pressefoto ${where} ${germanList(titles.map((title) => `„${title}“`))}. Bitte das Foto zuerst dort entfernen.`);
      }
      return upload.remove(file);
    },
  }));
};
