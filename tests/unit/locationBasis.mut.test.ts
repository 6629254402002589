/** How a location was obtained, as stored on every record: Chinese for the reader, English apart. */
import { describe, expect, it } from 'vitest';
import { LocationBasisEnSchema, LocationBasisSchema } from '../../src/domain/schema';

const zh = (s: string) => LocationBasisSchema.safeParse(s).success;
const en = (s: string) => LocationBasisEnSchema.safeParse(s).success;

describe('location basis', () => {
  it('the Chinese basis is Chinese: English words may be named, an English sentence may not', () => {
    expect(zh('按规划文字定位于西鹅')).toBe(true);
    expect(zh('按 GPS 坐标定位于柳州站')).toBe(true);
    expect(zh('near the port')).toBe(false);
    expect(zh('Placed near the station 柳州站附近')).toBe(false);
    expect(zh('柳州站附近 placed  near  the  station')).toBe(false);
  });

  it('the English basis is at least two English words', () => {
    expect(en('placed at Xi’e from the plan words')).toBe(true);
    expect(en('placed  near')).toBe(true);
    expect(en('按 GPS 定位')).toBe(false);
    expect(en('柳州站附近')).toBe(false);
  });
});
