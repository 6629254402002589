/**
 * A Vite plugin behind `virtual:data-digests`: the content hash of every data file the app ships
 * (data/base, data/plan), by file name. At start-up a file that matches its hash is the one the
 * build shipped, whose records `npm run check:data` and the unit tests have checked; only a file
 * that differs is checked record by record again (src/io/loadData).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentHash } from '../../src/io/contentHash';

const ID = 'virtual:data-digests';
const DIRS = ['data/base', 'data/plan'];

function shippedDigests(root = '.'): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const dir of DIRS) {
    for (const name of readdirSync(join(root, dir))) {
      if (!/\.(geo)?json$/.test(name)) continue;
      // Files are told apart by name alone at run time (hashed URLs lose their folder).
      if (name in digests) throw new Error(`data file name used twice: ${name}`);
      digests[name] = contentHash(readFileSync(join(root, dir, name), 'utf8'));
    }
  }
  return digests;
}

export const dataDigests = (): Plugin => ({
  name: 'data-digests',
  resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
  load(id) {
    if (id !== `\0${ID}`) return undefined;
    for (const dir of DIRS) this.addWatchFile(dir);
    return `export default ${JSON.stringify(shippedDigests())};`;
  },
});
