import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: "export { detectPersonalData } from './detection/detect';", resolveDir: '/work/main/packages/core/src', loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2020', logLevel: 'silent', nodePaths: ['/work/main/packages/core/node_modules'] });
console.log(gzipSync(r.outputFiles[0].text, { level: 9 }).length);
