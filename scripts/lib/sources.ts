/** Reads the source documents and shipped data from disk (Node only). */
import { readFileSync, readdirSync } from 'node:fs';
import type { SourceLines } from '../../src/domain/validatePlan';

export const DATA_DIR = new URL('../../data/', import.meta.url);

export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, DATA_DIR), 'utf8')) as T;
}

export function readSourceLines(): SourceLines {
  const dir = new URL('sources/', DATA_DIR);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(new URL(f, dir), 'utf8').split('\n')]),
  );
}
