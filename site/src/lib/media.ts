/**
 * Media files of the CMS are served through the site (`/medien/...`), so a page requests nothing
 * from another host and works when the CMS is not reachable from the internet.
 */
export const mediaPath = (cmsFileUrl: string) => {
  const path = cmsFileUrl.startsWith('http') ? new URL(cmsFileUrl).pathname : cmsFileUrl;
  return path.startsWith('/uploads/') ? `/medien/${path.slice('/uploads/'.length)}` : path;
};
