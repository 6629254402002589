/** The story step camera: framed extents must lie on the map and be ordered; numbers must be finite. */
import { describe, expect, it } from 'vitest';
import { CUSTOM_STORY_ID, StepCameraSchema, StorySchema, emptyCustomStory } from '../../src/domain/story';

const ok = (camera: unknown) => StepCameraSchema.safeParse(camera).success;
const bounds = (w: number, s: number, e: number, n: number) => ({ bounds: [w, s, e, n] });

describe('step camera', () => {
  it('takes home, a camera, or an ordered extent on the map (edges included)', () => {
    expect(ok('home')).toBe(true);
    expect(ok({ center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 })).toBe(true);
    expect(ok(bounds(109, 24, 110, 25))).toBe(true);
    expect(ok(bounds(-180, -85, 180, 85))).toBe(true);
  });

  it('refuses an extent beyond any edge, empty or reversed', () => {
    expect(ok(bounds(-180.1, 24, 110, 25))).toBe(false);
    expect(ok(bounds(109, 24, 180.1, 25))).toBe(false);
    expect(ok(bounds(109, -85.1, 110, 25))).toBe(false);
    expect(ok(bounds(109, 24, 110, 85.1))).toBe(false);
    expect(ok(bounds(110, 24, 110, 25))).toBe(false);
    expect(ok(bounds(109, 25, 110, 25))).toBe(false);
    expect(ok(bounds(109, 24, 110, Infinity))).toBe(false);
  });

  it('refuses cameras with numbers that are not finite', () => {
    expect(ok({ center: [109.4, 24.3], zoom: NaN, bearing: 0, pitch: 0 })).toBe(false);
    expect(ok({ center: [Infinity, 24.3], zoom: 9, bearing: 0, pitch: 0 })).toBe(false);
  });
});

describe('the planner’s own story', () => {
  it('starts empty, titled, and valid as stored', () => {
    const story = emptyCustomStory();
    expect(story).toEqual({ id: CUSTOM_STORY_ID, title: '我的演示', steps: [] });
    expect(StorySchema.safeParse(story).success).toBe(true);
  });
});
