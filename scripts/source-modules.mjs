// The source modules a package builds, one entry each, sorted: esbuild splits shared code into chunks
// by the entries' order, and a glob lists files in the order the file system gives them, which differs
// between a fresh clone and a working tree. With globs, the same source measured 39.8 kB on one
// machine and 40.1 kB in CI for `detectPersonalData` (size-budgets.json); sorted, every build is the same.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * tsup's entries as an object, output name to source ("detection/detect": "src/detection/detect.ts"),
 * in sorted order: tsup passes a list of paths through a glob again (which orders them by the file
 * system once more), but keeps an object's order.
 * @param {string} dir
 * @param {string[]} extensions what the modules end with (".ts", ".tsx")
 * @returns {Record<string, string>}
 */
export function entryPoints(dir, extensions) {
  return Object.fromEntries(
    sourceModules(dir, extensions).map((path) => [path.slice(dir.length + 1).replace(/\.tsx?$/, ''), path]),
  );
}

/**
 * @param {string} dir
 * @param {string[]} extensions what the modules end with (".ts", ".tsx")
 * @returns {string[]} every module under `dir`, tests and declarations left out, sorted
 */
function sourceModules(dir, extensions) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceModules(path, extensions);
      const { name } = entry;
      const isModule = extensions.some((ext) => name.endsWith(ext));
      return isModule && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}
