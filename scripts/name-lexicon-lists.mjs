// The project's own name lists (scripts/name-lexicon/) and where Statistics Sweden's lists are, read
// the same way by build-name-lexicon.mjs and detection-name-gaps.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The directory of SCB's name lists: ../shared/data/names beside the repository. */
export const namesDir = [join(root, '../shared/data/names'), '/work/shared/data/names'].find(existsSync);

/** The words of one of the project's lists, its `#` comment lines left out. */
export const ownList = (file) =>
  readFileSync(join(root, 'scripts/name-lexicon', file), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);

/** The two parts of names-from-elsewhere.txt, after its "# First names" and "# Surnames" lines. */
export function namesFromElsewhere() {
  const text = readFileSync(join(root, 'scripts/name-lexicon/names-from-elsewhere.txt'), 'utf8');
  const [, first, last] = text.split(/^# (?:First names|Surnames)$/m);
  return { first: first.split(/\s+/).filter(Boolean), last: last.split(/\s+/).filter(Boolean) };
}
