// The project's own name lists (scripts/name-lexicon/), the last parts of built surnames and where
// Statistics Sweden's lists are, shared by build-name-lexicon.mjs and detection-name-gaps.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The directory of SCB's name lists: ../shared/data/names beside the repository. */
export const namesDir = [join(root, '../shared/data/names'), '/work/shared/data/names'].find(existsSync);

// Swedish surnames are mostly built from parts (Lind+berg, Sand+ström) or patronymics (Anders+son):
// the detector recognises those by rule, so the lexicon need not list them one by one. These are the
// last parts the rule knows (the lexicon ships them, with the first parts it keeps).
export const surnameSuffixes =
  `berg ström gren lund qvist kvist quist holm dahl dal man blad borg sten stedt strand mark fors hed bäck gård vall wall löf lööf bom feldt felt hult lind näs stam rot torp hag ing ling lin gard bro by sjö vik`.split(
    ' ',
  );

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
