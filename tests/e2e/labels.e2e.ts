/**
 * Labels do not collide: on the overview and the tour's first slide, the names of the districts and
 * counties, the plan's zones and the airport overlap neither each other, nor any other label, nor a
 * marker. Boxes are the ones MapLibre placed (its collision grid); markers are the drawn discs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { MarkerDisc, PlacedBox } from '../../src/map/inspector';
import { harnessPerFile, openApp, openTab, settle, waitForIdle } from './driver';

const harness = harnessPerFile();

/** Layers that carry the names of districts/counties, zones and the airport (old and merged ids). */
const PLACE_LAYERS = ['place-labels', 'counties-label', 'plan-structure-label', 'airport-label'];
/** Markers those names must keep clear of. */
const MARKERS = [
  'airport-circle',
  'projects-badge',
  'projects-point',
  'plan-railport-point',
  'plan-air-point',
];

const intersects = (a: PlacedBox, b: PlacedBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
/** A disc touches a box when the box's nearest point lies inside it (1 px of anti-aliasing allowed). */
function covers(d: MarkerDisc, b: PlacedBox): boolean {
  const dx = d.x - Math.max(b.x1, Math.min(d.x, b.x2));
  const dy = d.y - Math.max(b.y1, Math.min(d.y, b.y2));
  return dx * dx + dy * dy < (d.r - 1) ** 2;
}

/** Every overlap that involves a place name, described for the failure message. */
async function placeOverlaps(page: Page): Promise<{ names: string[]; overlaps: string[] }> {
  await settle(page);
  // Placement settles a moment after the last frame of a move.
  await page.waitForTimeout(400);
  await waitForIdle(page);
  const { boxes, discs } = await page.evaluate(
    ({ markers }) => ({
      boxes: mapInspector().placedLabels(mapInspector().layerIds()),
      discs: mapInspector().markerDiscs(markers),
    }),
    { markers: MARKERS },
  );
  // Blank boxes (no name) are the markers' stand-ins, not labels.
  const isPlace = (b: PlacedBox) => PLACE_LAYERS.includes(b.layer) && b.name !== '';
  const places = boxes.filter(isPlace);
  const overlaps: string[] = [];
  const tag = (b: { layer: string; name: string }) => `${b.layer}:${b.name}`;
  places.forEach((a, i) => {
    for (const b of boxes) {
      // Each pair of place names once; a name's own second line or icon part is not a collision.
      if (b === a || (isPlace(b) && places.indexOf(b) < i) || (b.layer === a.layer && b.name === a.name))
        continue;
      if (intersects(a, b)) overlaps.push(`${tag(a)} × ${tag(b)}`);
    }
    for (const d of discs) if (covers(d, a)) overlaps.push(`${tag(a)} × marker ${tag(d)}`);
  });
  return { names: places.map((p) => p.name), overlaps };
}

/** The names that must be on the overview whatever the screen. */
const MUST_SHOW = [
  '柳北区',
  '柳南区',
  '柳江区',
  '鹿寨县',
  '融安县',
  '融水苗族自治县',
  '三江侗族自治县',
  '柳城县',
];

describe('labels do not collide (issue 8 point 4)', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`overview and the tour's first slide at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await openApp(harness(), { viewport, reducedMotion: true });
      const overview = await placeOverlaps(page);
      assert.deepEqual(overview.overlaps, [], 'overlaps on the overview');
      for (const n of MUST_SHOW)
        assert.ok(
          overview.names.some((x) => x.includes(n)),
          `${n} is named`,
        );
      assert.ok(
        overview.names.some((x) => x.includes('机场')),
        'the airport is named',
      );

      await openTab(page, 'present');
      await page.getByTestId('start-tour').click();
      await page.getByTestId('presentation').waitFor();
      const slide = await placeOverlaps(page);
      assert.deepEqual(slide.overlaps, [], 'overlaps on the first slide');
      assert.ok(
        slide.names.some((x) => x.includes('机场')),
        'the airport is named on the slide',
      );
    });
  }
});
