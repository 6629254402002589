/** The largest canvas side the browser allows, which caps the scale of a PNG export. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const MAX_RENDERBUFFER_SIZE = 1;
const MAX_VIEWPORT_DIMS = 2;

/** A document whose canvases answer with the given WebGL2 context (or none, or an error). */
function stubDocument(context: () => unknown) {
  const createElement = vi.fn(() => ({
    getContext: (kind: string) => (kind === 'webgl2' ? context() : null),
  }));
  vi.stubGlobal('document', { createElement });
  return createElement;
}

function fakeGl(renderbuffer: number, viewport: [number, number]) {
  const loseContext = vi.fn();
  const gl = {
    MAX_RENDERBUFFER_SIZE,
    MAX_VIEWPORT_DIMS,
    getParameter: (p: number) => (p === MAX_RENDERBUFFER_SIZE ? renderbuffer : Int32Array.from(viewport)),
    getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null),
  };
  return { gl, loseContext };
}

async function freshMax() {
  vi.resetModules();
  return (await import('../../src/io/exportSize')).maxCanvasSide;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('largest canvas side', () => {
  it('the smallest of the render buffer and both viewport limits; the probe context is released; asked once', async () => {
    const { gl, loseContext } = fakeGl(8192, [16384, 4096]);
    const createElement = stubDocument(() => gl);
    const maxCanvasSide = await freshMax();
    expect(maxCanvasSide()).toBe(4096);
    expect(loseContext).toHaveBeenCalledTimes(1);
    expect(maxCanvasSide()).toBe(4096);
    expect(createElement).toHaveBeenCalledTimes(1);
    expect(createElement).toHaveBeenCalledWith('canvas');
  });

  it('the render buffer when it is the smallest', async () => {
    stubDocument(() => fakeGl(2048, [8192, 8192]).gl);
    expect((await freshMax())()).toBe(2048);
  });

  it('16 384 when there is no WebGL2 or probing fails', async () => {
    stubDocument(() => null);
    expect((await freshMax())()).toBe(16384);
    stubDocument(() => {
      throw new Error('blocked');
    });
    expect((await freshMax())()).toBe(16384);
  });
});
