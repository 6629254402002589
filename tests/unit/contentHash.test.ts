import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/io/contentHash';

describe('contentHash', () => {
  it('gives the same text the same hash, and tells apart texts one character apart', () => {
    const text = '{"type":"FeatureCollection","features":[]}';
    expect(contentHash(text)).toBe(contentHash(`${text}`));
    const near = [text.replace('[]', '[ ]'), text.toUpperCase(), `${text}\n`, text.slice(1), '', '柳州'];
    expect(new Set([text, ...near].map(contentHash)).size).toBe(near.length + 1);
  });

  it('is the published cyrb53 (stable across builds and browsers)', () => {
    // Reference values of cyrb53 with seed 0, in base 36.
    expect(contentHash('')).toBe((3338908027751811).toString(36));
    expect(contentHash('a')).toBe((7929297801672961).toString(36));
  });
});
