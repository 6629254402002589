/** The refusal an import step throws: its message key and values (fails the test if it does not refuse). */
import { expect } from 'vitest';
import { ImportError } from '../../src/io/import/importTypes';

export interface Refusal {
  key: string;
  vars: Record<string, string | number>;
}

function refused(e: unknown): Refusal {
  expect(e).toBeInstanceOf(ImportError);
  const { key, vars } = e as ImportError;
  return { key, vars };
}

/** For steps that refuse as they are called. */
export function refusal(f: () => unknown): Refusal {
  try {
    f();
  } catch (e) {
    return refused(e);
  }
  throw new Error('not refused');
}

/** For steps that refuse by rejecting (or by throwing, when given as a function). */
export async function refusalOf(p: Promise<unknown> | (() => unknown)): Promise<Refusal> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return refused(e);
  }
  throw new Error('not refused');
}
