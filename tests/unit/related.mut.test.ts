import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/analysis/related';
import { makePointItem } from './factories';

describe('nearest', () => {
  it('keeps the closest point whatever the order of the candidates', () => {
    const from = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [109, 24] },
    };
    const near = makePointItem([109.1, 24], '近');
    const far = makePointItem([109.5, 24], '远');
    const middle = makePointItem([109.3, 24], '中');
    expect(nearest(from, [near, far, middle])?.feature).toBe(near);
    expect(nearest(from, [far, near, middle])?.feature).toBe(near);
  });
});
