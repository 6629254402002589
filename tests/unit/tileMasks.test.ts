import { beforeEach, describe, expect, it } from 'vitest';
import { maskStats, masksReusable, patchMaskContext, type MaskContext } from '../../src/map/tileMasks';

const tiles = (...keys: string[]) => keys.map((key) => ({ key }));
const layer = (source: string, clipped = true) => ({ source, isTileClipped: () => clipped });

/** A stand-in for MapLibre's render context: draws masks as MapLibre does and logs each set. */
function context(): MaskContext & { sets: string[][]; nextStencilID: number } {
  class Ctx {
    currentStencilSource: string | undefined = undefined;
    tileClippingMaskIDs: Record<string, number> = {};
    nextStencilID = 1;
    sets: string[][] = [];
    renderTileClippingMasks(l: ReturnType<typeof layer>, ids: Array<{ key: string }> | undefined) {
      if (this.currentStencilSource === l.source || !l.isTileClipped() || !ids?.length) return;
      this.currentStencilSource = l.source;
      this.tileClippingMaskIDs = Object.fromEntries(ids.map((t) => [t.key, this.nextStencilID++]));
      this.sets.push(ids.map((t) => t.key));
    }
  }
  patchMaskContext(Ctx.prototype);
  return new Ctx();
}

describe('shared tile clipping masks', () => {
  beforeEach(() => {
    maskStats.enabled = true;
    maskStats.drawn = maskStats.reused = 0;
  });

  it('reuses the masks in the buffer for another source on the same tiles', () => {
    const ctx = context();
    ctx.renderTileClippingMasks(layer('a'), tiles('7/1/2', '7/1/3'));
    ctx.renderTileClippingMasks(layer('b'), tiles('7/1/3', '7/1/2'));
    ctx.renderTileClippingMasks(layer('c'), tiles('7/1/2', '7/1/3'));
    expect(ctx.sets).toEqual([['7/1/2', '7/1/3']]);
    expect(ctx.currentStencilSource).toBe('c');
    expect(ctx.tileClippingMaskIDs).toEqual({ '7/1/2': 1, '7/1/3': 2 });
    expect(maskStats).toMatchObject({ drawn: 1, reused: 2 });
  });

  it('draws again when the tiles differ, in number or in key', () => {
    const ctx = context();
    ctx.renderTileClippingMasks(layer('a'), tiles('7/1/2', '7/1/3'));
    ctx.renderTileClippingMasks(layer('b'), tiles('7/1/2'));
    ctx.renderTileClippingMasks(layer('c'), tiles('7/1/2', '7/1/4'));
    ctx.renderTileClippingMasks(layer('d'), tiles('7/1/2', '7/1/4', '7/1/5'));
    expect(ctx.sets).toHaveLength(4);
    expect(maskStats).toMatchObject({ drawn: 4, reused: 0 });
  });

  it('draws again once MapLibre has forgotten the current set (another stencil writer ran)', () => {
    const ctx = context();
    ctx.renderTileClippingMasks(layer('a'), tiles('7/1/2'));
    ctx.currentStencilSource = undefined; // what invalidateTileClippingMasks and clearStencil do
    ctx.renderTileClippingMasks(layer('b'), tiles('7/1/2'));
    expect(ctx.sets).toHaveLength(2);
  });

  it('leaves unclipped layers and empty tile lists to MapLibre', () => {
    const ctx = context();
    ctx.renderTileClippingMasks(layer('a'), tiles('7/1/2'));
    expect(masksReusable(ctx, layer('b', false), tiles('7/1/2'))).toBe(false);
    expect(masksReusable(ctx, layer('b'), [])).toBe(false);
    expect(masksReusable(ctx, layer('b'), undefined)).toBe(false);
    expect(masksReusable(ctx, layer('a'), tiles('7/1/2'))).toBe(false);
    expect(masksReusable(ctx, layer('b'), tiles('7/1/2'))).toBe(true);
    ctx.renderTileClippingMasks(layer('b', false), tiles('7/1/2'));
    expect(ctx.currentStencilSource).toBe('a');
    expect(maskStats).toMatchObject({ drawn: 1, reused: 0 });
  });

  it('draws every set when switched off', () => {
    const ctx = context();
    maskStats.enabled = false;
    ctx.renderTileClippingMasks(layer('a'), tiles('7/1/2'));
    ctx.renderTileClippingMasks(layer('b'), tiles('7/1/2'));
    expect(ctx.sets).toHaveLength(2);
  });

  it('patches a prototype once, and not at all when the method is not the expected one', () => {
    const proto = {
      renderTileClippingMasks() {
        return 'no stencil source here';
      },
    } as unknown as MaskContext;
    expect(patchMaskContext(proto)).toBe(false);
    expect(String(proto.renderTileClippingMasks)).toContain('no stencil source here');
    const ctx = context();
    const patched = Object.getPrototypeOf(ctx) as MaskContext;
    const fn = patched.renderTileClippingMasks;
    expect(patchMaskContext(patched)).toBe(true);
    expect(patched.renderTileClippingMasks).toBe(fn);
  });
});
