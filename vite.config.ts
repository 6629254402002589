import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { labelGlyphs } from './scripts/vite/labelGlyphs';
import { precompress } from './scripts/vite/precompress';

// Relative base so dist/ can be served from any static server path (or opened from a sub-folder).
export default defineConfig({
  base: './',
  plugins: [react(), labelGlyphs(), precompress()],
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
