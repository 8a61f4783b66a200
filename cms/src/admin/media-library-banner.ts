/**
 * Strapi 5.54 shows "Introducing the new Media Library" above every page until each user closes it,
 * and offers no setting to turn it off (the only flag, `useLegacyMediaLibrary`, swaps the media
 * library itself). The banner (admin's components/MediaLibraryBanner) stays hidden once
 * localStorage holds `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_<legacy flag>:<uuid>`, the uuid
 * coming from GET /admin/init (`false` when the project has none, as with telemetry off). This
 * store middleware writes that key when the init answer arrives, before the banner sees the uuid,
 * so the announcement never reaches our staff.
 */
import type { StrapiApp } from '@strapi/strapi/admin';

// `false`: this project does not enable the `useLegacyMediaLibrary` feature flag.
const DISMISSED_KEY = 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false';

export const dismissMediaLibraryBanner: Parameters<StrapiApp['addMiddlewares']>[0][number] = () => () => (next) => (action) => {
  if (action.type === 'adminApi/executeQuery/fulfilled' && action.meta?.arg?.endpointName === 'init' && action.payload && 'uuid' in action.payload) {
    window.localStorage.setItem(`${DISMISSED_KEY}:${action.payload.uuid}`, 'true');
  }
  return next(action);
};
