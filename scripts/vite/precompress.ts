/**
 * A Vite build plugin that writes a .gz and a .br beside every compressible file in the output,
 * so a static server can send them as they are (nginx gzip_static/brotli_static, Apache
 * MultiViews or rewrite rules; see README) instead of compressing on each request or not at all.
 * Brotli at its best quality costs tens of seconds on this build; PRECOMPRESS=0 skips the step
 * (the browser tests do, they do not need it).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|geojson|svg|txt|pbf|ttf|wasm)$/;
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (process.env.PRECOMPRESS === '0') return;
      for (const path of files(outDir)) {
        if (!COMPRESSIBLE.test(path)) continue;
        const body = readFileSync(path);
        if (body.length < MIN_BYTES) continue;
        const gz = gzipSync(body, { level: 9 });
        const br = brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        });
        // Only keep a variant that is actually smaller than the file itself.
        if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
        if (br.length < body.length) writeFileSync(`${path}.br`, br);
      }
    },
  };
}
