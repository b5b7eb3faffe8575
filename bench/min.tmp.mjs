import { build } from 'esbuild';
const r = await build({ stdin: { contents: "export { detectPersonalData } from './detection/detect';", resolveDir: '/work/main/packages/core/src', loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2020', logLevel: 'silent' });
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/min.js', r.outputFiles[0].text);
