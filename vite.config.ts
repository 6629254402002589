import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';

/** Pre-renders the label glyphs into public/glyphs/ (skipped when up to date; needs Chromium). */
const labelGlyphs = (): Plugin => ({
  name: 'label-glyphs',
  apply: (_, env) => !env.isPreview && env.mode !== 'test',
  buildStart() {
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/build-glyphs.ts'], { stdio: 'inherit' });
    // Without them the map still works: MapLibre draws the labels itself, only slower.
    if (r.status !== 0) this.warn('label glyphs not built; labels will be drawn in the browser');
  },
});

// Relative base so dist/ can be served from any static server path (or opened from a sub-folder).
export default defineConfig({
  base: './',
  plugins: [react(), labelGlyphs()],
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Keep data files as separate, cacheable assets (never inlined as base64).
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { main: 'index.html', bare: 'bench/bare.html' },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
  },
});
