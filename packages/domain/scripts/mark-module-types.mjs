// Each output folder says which module system its .js files use, so that Node, Vite and tsc
// (NodeNext) read dist/esm as ES modules and dist/cjs as CommonJS whatever the importer is.
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/esm/package.json', import.meta.url), '{ "type": "module" }\n');
writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), '{ "type": "commonjs" }\n');
