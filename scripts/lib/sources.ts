/** Reads the source documents and shipped data from disk (Node only). */
import { readFileSync, readdirSync } from 'node:fs';
import type { SourceLines } from '../../src/domain/validatePlan';

export const DATA_DIR = new URL('../../data/', import.meta.url);

export function readJsonIn<T = unknown>(dir: URL, relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, dir), 'utf8')) as T;
}

export const readJson = <T = unknown>(relative: string): T => readJsonIn<T>(DATA_DIR, relative);

export function readSourceLinesIn(dataDir: URL): SourceLines {
  const dir = new URL('sources/', dataDir);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(new URL(f, dir), 'utf8').split('\n')]),
  );
}

export const readSourceLines = (): SourceLines => readSourceLinesIn(DATA_DIR);
