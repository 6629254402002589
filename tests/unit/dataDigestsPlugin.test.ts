import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDigests } from '../../scripts/vite/dataDigests';
import { contentHash } from '../../src/io/contentHash';

describe('the data hashes plugin', () => {
  it('serves each data file’s hash and watches each file by its absolute path (the dev server imports them)', () => {
    const plugin = dataDigests();
    const id = (plugin.resolveId as (id: string) => string | undefined)('virtual:data-digests');
    expect(id).toBe('\0virtual:data-digests');
    expect((plugin.resolveId as (id: string) => string | undefined)('./other')).toBeUndefined();
    const watched: string[] = [];
    const code = (plugin.load as (this: unknown, id: string) => string).call(
      { addWatchFile: (f: string) => watched.push(f) },
      id!,
    );
    const digests = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Record<
      string,
      string
    >;
    expect(Object.keys(digests)).toContain('projects.geojson');
    expect(watched).toHaveLength(Object.keys(digests).length);
    for (const file of watched) {
      expect(isAbsolute(file), file).toBe(true);
      expect(existsSync(file), file).toBe(true);
    }
    const projects = watched.find((f) => f.endsWith('/data/plan/projects.geojson'))!;
    expect(digests['projects.geojson']).toBe(contentHash(readFileSync(projects, 'utf8')));
  });
});
