/**
 * A Vite plugin behind `virtual:data-digests`: the content hash of every data file the app ships
 * (data/base, data/plan), by file name. At start-up a file that matches its hash is the one the
 * build shipped, whose records `npm run check:data` and the unit tests have checked; only a file
 * that differs is checked record by record again (src/io/loadData).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentHash } from '../../src/io/contentHash';

const ID = 'virtual:data-digests';
const DIRS = ['data/base', 'data/plan'];

function shippedDigests(root = '.'): { digests: Record<string, string>; files: string[] } {
  const digests: Record<string, string> = {};
  const files: string[] = [];
  for (const dir of DIRS) {
    for (const name of readdirSync(join(root, dir))) {
      if (!/\.(geo)?json$/.test(name)) continue;
      // Files are told apart by name alone at run time (hashed URLs lose their folder).
      if (name in digests) throw new Error(`data file name used twice: ${name}`);
      // Absolute: in the dev server a watched file is also resolved as an import of this module.
      const file = resolve(root, dir, name);
      files.push(file);
      digests[name] = contentHash(readFileSync(file, 'utf8'));
    }
  }
  return { digests, files };
}

export const dataDigests = (): Plugin => ({
  name: 'data-digests',
  resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
  load(id) {
    if (id !== `\0${ID}`) return undefined;
    const { digests, files } = shippedDigests();
    // A data file rebuilt while the dev server runs gets its new hash (a stale one only costs the check).
    for (const file of files) this.addWatchFile(file);
    return `export default ${JSON.stringify(digests)};`;
  },
});
