/** A Vite plugin that pre-renders the label glyphs into public/glyphs/ (skipped when up to date). */
import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';

export const labelGlyphs = (): Plugin => ({
  name: 'label-glyphs',
  apply: (_, env) => !env.isPreview && env.mode !== 'test',
  buildStart() {
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/build-glyphs.ts'], { stdio: 'inherit' });
    // Without them the map still works (it needs Chromium to build them): MapLibre draws the
    // labels itself, only slower.
    if (r.status !== 0) this.warn('label glyphs not built; labels will be drawn in the browser');
  },
});
