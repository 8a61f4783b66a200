// The vocabulary without the API contract: importable by the Strapi admin bundle and the plugin
// without pulling in a schema library. The contract is `@verbund/domain/contract`.
export * from './indicators.js';
export * from './vocabulary.js';
export * from './enumerations.js';
export * from './search.js';
export * from './audit.js';
export * from './format.js';
