/** Test fixtures for other packages' tests: export records and the manifest the CMS writes. */
export { EXPORT_MANIFEST, type ExportRecord, exportNdjson, line } from './fixture.js';
