/** The app's schemas run zod jitless, so zod never probes `new Function` for the page's CSP to report. */
import { describe, expect, it } from 'vitest';
import { z } from '../../src/domain/zod';

describe('zod set-up', () => {
  it('is jitless as soon as the app imports it', () => {
    expect(z.config().jitless).toBe(true);
  });
});
