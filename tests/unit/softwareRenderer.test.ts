import { describe, expect, it } from 'vitest';
import { drawsOnCpu, softwareRenderer } from '../../src/map/softwareRenderer';

const UNMASKED = 0x9246;
/** A canvas whose WebGL context reports `renderer` (through the debug extension unless `masked`). */
function canvasOf(renderer: string | null, { masked = false, webgl1 = false } = {}): HTMLCanvasElement {
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (name: string) =>
      !masked && name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: UNMASKED } : null,
    getParameter: (p: number) => (p === (masked ? 0x1f01 : UNMASKED) ? renderer : 'WebKit WebGL'),
  };
  return {
    getContext: (type: string) => (renderer === null ? null : (type === 'webgl') === webgl1 ? gl : null),
  } as unknown as HTMLCanvasElement;
}

const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const NVIDIA = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('softwareRenderer', () => {
  it('recognises software WebGL by its renderer name', () => {
    expect(softwareRenderer(canvasOf(SWIFTSHADER))).toBe(true);
    expect(softwareRenderer(canvasOf('llvmpipe (LLVM 15.0.6, 256 bits)', { webgl1: true }))).toBe(true);
    expect(
      softwareRenderer(canvasOf('ANGLE (Microsoft Basic Render Driver Direct3D11)', { masked: true })),
    ).toBe(true);
    expect(softwareRenderer(canvasOf(NVIDIA))).toBe(false);
    expect(softwareRenderer(canvasOf(null))).toBe(false);
  });

  it("asks a canvas's context once", () => {
    const canvas = canvasOf(SWIFTSHADER);
    let asked = 0;
    const getContext = canvas.getContext.bind(canvas);
    canvas.getContext = ((type: string) => (asked++, getContext(type))) as never;
    expect([softwareRenderer(canvas), softwareRenderer(canvas)]).toEqual([true, true]);
    expect(asked).toBe(1);
  });

  it('follows the deployment when it says gpu or cpu, else the renderer', () => {
    expect(drawsOnCpu(canvasOf(SWIFTSHADER), 'auto')).toBe(true);
    expect(drawsOnCpu(canvasOf(NVIDIA), 'auto')).toBe(false);
    expect(drawsOnCpu(canvasOf(SWIFTSHADER), 'gpu')).toBe(false);
    expect(drawsOnCpu(canvasOf(NVIDIA), 'cpu')).toBe(true);
  });
});
