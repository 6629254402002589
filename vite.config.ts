import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspValue } from './config/csp';
import { labelGlyphs } from './scripts/vite/labelGlyphs';
import { precompress } from './scripts/vite/precompress';
import { dataDigests } from './scripts/vite/dataDigests';

/** Writes the Content-Security-Policy into the built index.html (the dev server needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html, ctx) =>
      // Only the app's page: the benchmark's bare page is not shipped to planners.
      ctx.path.endsWith('/index.html') && !ctx.path.includes('bench')
        ? [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: cspValue() },
              injectTo: 'head-prepend',
            },
          ]
        : html,
  };
}

// Relative base so dist/ can be served from any static server path (or opened from a sub-folder).
export default defineConfig({
  base: './',
  plugins: [react(), dataDigests(), labelGlyphs(), contentSecurityPolicy(), precompress()],
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
    // Test files share one module registry per worker: importing the app's modules once instead
    // of once per file takes the run from ≈100 s to ≈22 s. Tests restore what they change.
    isolate: false,
    testTimeout: 20000,
  },
});
