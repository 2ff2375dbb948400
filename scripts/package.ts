/** `npm run package`: dist/notrain-chrome-<version>.zip from dist/chrome, ready for the store. */
import { writeFileSync } from 'node:fs';
import pkg from '../package.json' with { type: 'json' };
import { zipFolder } from './zip.ts';

const file = `dist/notrain-chrome-${pkg.version}.zip`;
const zip = zipFolder('dist/chrome');
writeFileSync(file, zip);
console.log(`${file}: ${zip.length} bytes`);
