import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { area, distance, length } from '@turf/turf';
import {
  harnessPerFile,
  openApp,
  openProjectOnMap,
  openTab,
  projectsData,
  renderedFeatures,
  waitForIdle,
  waitForMapReady,
  waitForRows,
} from './driver';
import { readPngText } from '../../src/io/pngText';
import { formatLength } from '../../src/analysis/measure';

const harness = harnessPerFile();

/** Clicks the map at each lon/lat in turn, as a planner placing vertices. */
async function clickPath(page: Page, path: Array<[number, number]>): Promise<void> {
  const box = (await page.getByTestId('map').boundingBox())!;
  for (const ll of path) {
    await waitForIdle(page);
    const p = await page.evaluate((x) => mapInspector().project(x), ll);
    await page.mouse.click(box.x + p.x, box.y + p.y);
    await page.waitForTimeout(120);
  }
}

/** A candidate site outline (closed by clicking its first vertex again). */
const SITE_RING: Array<[number, number]> = [
  [109.37, 24.29],
  [109.41, 24.29],
  [109.41, 24.32],
];

/** Chooses a tool and waits until Terra Draw (fetched once the map is idle) takes clicks in it. */
async function chooseTool(page: Page, tool: string): Promise<void> {
  await page.getByTestId(`tool-${tool}`).click();
  await page.locator('[data-testid="map"][data-draw-mode]').waitFor({ state: 'attached' });
}

/** Draws with a tool and a label, then turns the tool off. */
async function drawWith(page: Page, tool: string, label: string, path: Array<[number, number]>) {
  await page.getByTestId('draw-label').fill(label);
  await chooseTool(page, tool);
  await clickPath(page, path);
  await page.getByTestId(`tool-${tool}`).click();
}

async function openTools(page: Page): Promise<void> {
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('tools-panel').waitFor();
}

async function downloadFile(page: Page, testId: string): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByTestId(testId).click();
  const file = join(mkdtempSync(join(tmpdir(), 'tools-')), 'out');
  await (await download).saveAs(file);
  return file;
}

async function downloadText(page: Page, testId: string): Promise<string> {
  return readFileSync(await downloadFile(page, testId), 'utf8');
}

const within = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) / expected < 0.005, `${what}: ${actual} vs ${expected} (0.5 %)`);

describe("planners' tools", () => {
  it('a "what lies within" file that cannot be fetched costs only that section', async () => {
    const { page } = await openApp(harness());
    await page.route(/\/assets\/WithinSection-[^/]*\.js$/, (r) => r.abort());
    await page.getByTestId('tab-tools').click();
    const panel = page.getByTestId('tools-panel');
    await panel.getByTestId('error-panel').waitFor();
    assert.ok(await page.getByTestId('import-file').isVisible(), 'the rest of the tab works');
    assert.equal(await page.getByTestId('error-app').count(), 0, 'the app itself is intact');
    await page.context().close();
  });

  it('a tool chosen before Terra Draw has arrived starts when it arrives, in the latest choice', async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const { page, errors } = await openApp(harness(), {
      query: '?c=109.40,24.30,11',
      before: (context) =>
        context.route(/\/assets\/terraTools-[^/]*\.js$/, async (route) => {
          await held;
          await route.continue();
        }),
    });
    await openTools(page);
    await page.getByTestId('measure-snap').uncheck();
    await page.getByTestId('tool-measure-polygon').click();
    await page.getByTestId('tool-measure-line').click();
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId('map').getAttribute('data-draw-mode'), null, 'not before it arrives');
    release();
    await page.locator('[data-testid="map"][data-draw-mode="measure-line"]').waitFor();
    await clickPath(page, [
      [109.35, 24.27],
      [109.42, 24.29],
    ]);
    const live = Number(await page.getByTestId('measure-readout').getAttribute('data-meters'));
    assert.ok(live > 0, `measures once it has arrived: ${live}`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('measures a known path and polygon with live, geodesic figures', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.40,24.30,11' });
    await openTools(page);
    // The known vertices stay where they are put: some lie within a few pixels of plan sites.
    await page.getByTestId('measure-snap').uncheck();
    await chooseTool(page, 'measure-line');
    const path: Array<[number, number]> = [
      [109.35, 24.27],
      [109.42, 24.29],
      [109.45, 24.34],
    ];
    await clickPath(page, path.slice(0, 2));
    // Live: the figure is there before the path is finished.
    const live = Number(await page.getByTestId('measure-readout').getAttribute('data-meters'));
    assert.ok(live > 0, 'live figure while drawing');
    await clickPath(page, path.slice(2));
    await clickPath(page, path.slice(2)); // clicking the last point again finishes
    const meters = Number(await page.getByTestId('measure-readout').getAttribute('data-meters'));
    within(
      meters,
      length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: path } }) * 1000,
      'path length',
    );
    assert.match(await page.getByTestId('measure-readout').innerText(), /km/);

    await chooseTool(page, 'measure-polygon');
    const ring: Array<[number, number]> = [
      [109.36, 24.28],
      [109.44, 24.28],
      [109.44, 24.33],
      [109.36, 24.33],
    ];
    await clickPath(page, [...ring, ring[0]!]); // clicking the first point closes the polygon
    const m2 = Number(await page.getByTestId('measure-readout').getAttribute('data-square-meters'));
    const expected = area({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
    within(m2, expected, 'polygon area');
    const text = await page.getByTestId('measure-readout').innerText();
    assert.ok(text.includes('亩') && text.includes('公顷') && text.includes('km²'), text);
    assert.ok((await page.getByTestId('measure-method').innerText()).includes('大圆'));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('measuring snaps to a plan site and says how its position was obtained; snapping can be turned off', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.40,24.23,12' });
    await openTools(page);
    // 空港物流产业园: a rail-port site and its key project, both placed approximately.
    const site: [number, number] = [109.38, 24.218];
    const end: [number, number] = [109.42, 24.25];
    const box = (await page.getByTestId('map').boundingBox())!;
    const besideSite = async () => {
      const p = await page.evaluate((ll) => mapInspector().project(ll), site);
      await page.mouse.click(box.x + p.x - 4, box.y + p.y + 3); // south-west of it
      await page.waitForTimeout(120);
    };
    const readout = page.getByTestId('measure-readout');
    const fromSite = distance(site, end) * 1000;

    await chooseTool(page, 'measure-line');
    await besideSite();
    await clickPath(page, [end, end]);
    within(Number(await readout.getAttribute('data-meters')), fromSite, 'measured from the site itself');
    const named = await page.getByTestId('measure-sites').innerText();
    assert.ok(named.includes('空港物流产业园') && named.includes('近似位置'), named);
    // Exported figures say it too.
    await openTab(page, 'export');
    const png = readPngText(new Uint8Array(readFileSync(await downloadFile(page, 'export-png-1'))));
    assert.ok(png.Description?.includes('端点吸附至规划点位：'), png.Description);
    assert.ok(png.Description?.includes('空港物流产业园（近似位置）'), png.Description);
    await openTools(page);

    // Turned off, the same clicks measure from where the pointer was (≈ 3 % longer or shorter here).
    await page.getByTestId('measure-snap').uncheck();
    await besideSite();
    await clickPath(page, [end, end]);
    const meters = Number(await readout.getAttribute('data-meters'));
    assert.ok(Math.abs(meters - fromSite) / fromSite > 0.01, `${meters} vs ${fromSite}: not snapped`);
    assert.equal(await page.getByTestId('measure-sites').count(), 0, 'no site named');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('draws a labelled polygon and a note that survive a reload, are undoable and exported', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.40,24.30,11' });
    await openTools(page);
    await page.getByTestId('draw-color-1b998b').click();
    await page.getByTestId('draw-label').fill('候选用地A');
    await chooseTool(page, 'draw-polygon');
    const ring: Array<[number, number]> = [
      [109.37, 24.29],
      [109.41, 24.29],
      [109.41, 24.32],
    ];
    await clickPath(page, [...ring, ring[0]!]);
    await page.getByTestId('draw-label').fill('此处待核实');
    await chooseTool(page, 'draw-note');
    await clickPath(page, [[109.43, 24.27]]);
    await page.getByTestId('tool-draw-note').click(); // tool off
    assert.equal(await page.getByTestId('drawings-count').getAttribute('data-count'), '2');
    // The list counts at once; the map draws the new one after its source has been re-tiled.
    await page.evaluate(() => mapInspector().whenIdle());
    const drawn = await page.evaluate(() =>
      mapInspector().renderedFeatureIds(['drawings-fill', 'drawings-label']),
    );
    assert.equal(drawn.length, 2, 'both drawings on the map');

    // Undo removes the note, the polygon stays.
    await page.getByTestId('draw-undo').click();
    assert.equal(await page.getByTestId('drawings-count').getAttribute('data-count'), '1');
    await waitForRows(page, 'drawings', (rows) => rows.length === 1); // the save is asynchronous

    await page.reload();
    await waitForMapReady(page);
    await openTools(page);
    await page.locator('[data-testid="drawings-count"][data-count="1"]').waitFor();
    assert.equal(await page.getByTestId('drawing-item').getAttribute('data-kind'), 'polygon');
    assert.equal(await page.getByTestId('drawing-item').locator('input').inputValue(), '候选用地A');
    assert.equal((await renderedFeatures(page, ['drawings-fill'])).length, 1, 'drawn after reload');
    // The layer panel lists it with a legend.
    await openTab(page, 'layers');
    await page.getByTestId('legend-drawings').waitFor();

    await openTools(page);
    const gj = JSON.parse(await downloadText(page, 'draw-export'));
    assert.equal(gj.features.length, 1);
    assert.equal(gj.features[0].properties.label, '候选用地A');
    assert.equal(gj.features[0].properties.color, '#1b998b');
    assert.equal(gj.features[0].geometry.type, 'Polygon');
    for (const [i, ll] of ring.entries()) {
      const [x, y] = gj.features[0].geometry.coordinates[0][i];
      assert.ok(distance([x, y], ll, { units: 'kilometers' }) < 0.2, `vertex ${i} where clicked`);
    }

    await page.getByTestId('drawing-delete').click();
    assert.equal(await page.getByTestId('drawings-count').getAttribute('data-count'), '0');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('a story step saved with drawings shows them when presented, even once hidden', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.40,24.30,11' });
    await openTools(page);
    await drawWith(page, 'draw-point', '步骤中的点', [[109.38, 24.3]]);
    const first = await page.getByTestId('drawing-item').getAttribute('data-id');
    await openTab(page, 'present');
    await page.getByTestId('add-step').click();
    // Drawn after the step was saved: not part of it.
    await openTools(page);
    await drawWith(page, 'draw-point', '之后的点', [[109.42, 24.31]]);
    await openTab(page, 'layers');
    await page.getByTestId('layer-toggle-drawings').click();
    assert.deepEqual(await renderedFeatures(page, ['drawings-point']), [], 'hidden before presenting');

    await openTab(page, 'present');
    await page.getByTestId('present-mine').click();
    assert.deepEqual(await renderedFeatures(page, ['drawings-point']), [first], 'the step shows its drawing');
    await page.keyboard.press('Escape');
    assert.deepEqual(await renderedFeatures(page, ['drawings-point']), [], 'hidden again after');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('PNG and PDF exports list drawings and imported layers in the legend and state the measurement', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.40,24.30,11' });
    await openTools(page);
    await drawWith(page, 'draw-polygon', '候选用地B', [...SITE_RING, SITE_RING[0]!]);
    await chooseTool(page, 'measure-line');
    const path: Array<[number, number]> = [
      [109.35, 24.27],
      [109.45, 24.34],
    ];
    await clickPath(page, [...path, path[1]!]);
    const km = length({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: path },
    });
    const figure = `长度 ${formatLength(km * 1000)}`;
    // Imported afterwards: the measurement stays on the map.
    await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/sites.geojson');
    await page.getByTestId('import-commit').click();
    await page.locator('[data-testid^="imported-imp-"]').waitFor();

    await openTab(page, 'export');
    const png = readPngText(new Uint8Array(readFileSync(await downloadFile(page, 'export-png-1'))));
    for (const text of ['我的标绘：候选用地B', '导入数据：sites', `量算：${figure}`, '测地计算'])
      assert.ok(png.Description?.includes(text), `PNG text has ${text}: ${png.Description}`);

    const pdf = await downloadFile(page, 'export-pdf-A4');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const t of [
      '图例：',
      '我的标绘：候选用地B',
      '导入数据：sites',
      `量算：${figure}`.replace(/\s+/g, ''),
    ])
      assert.ok(text.includes(t), `PDF text has ${t}`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('reshapes a drawn polygon by dragging a vertex: undoable, kept after a reload', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.40,24.30,11' });
    await openTools(page);
    const ring = SITE_RING;
    await drawWith(page, 'draw-polygon', '', [...ring, ring[0]!]);
    const vertex1 = async () => {
      const gj = JSON.parse(await downloadText(page, 'draw-export'));
      return gj.features[0].geometry.coordinates[0][1] as [number, number];
    };
    const drag = async (from: [number, number], to: [number, number]) => {
      const box = (await page.getByTestId('map').boundingBox())!;
      await waitForIdle(page);
      const [a, b] = await page.evaluate(([f, t]) => [mapInspector().project(f), mapInspector().project(t)], [
        from,
        to,
      ] as const);
      await page.mouse.move(box.x + a!.x, box.y + a!.y);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++)
        await page.mouse.move(box.x + a!.x + ((b!.x - a!.x) * i) / 8, box.y + a!.y + ((b!.y - a!.y) * i) / 8);
      await page.mouse.up();
      await page.waitForTimeout(200);
    };
    const moved: [number, number] = [109.44, 24.28];
    const near = (p: [number, number], q: [number, number], what: string) =>
      assert.ok(distance(p, q, { units: 'kilometers' }) < 0.2, `${what}: ${p} vs ${q}`);

    await page.getByTestId('drawing-edit').click();
    await page.getByTestId('reshape-hint').waitFor();
    await drag(ring[1]!, moved);
    near(await vertex1(), moved, 'vertex moved');
    await page.getByTestId('draw-undo').click();
    near(await vertex1(), ring[1]!, 'undo restores the vertex');
    await drag(ring[1]!, moved);
    near(await vertex1(), moved, 'moved again');
    await page.getByTestId('drawing-edit').click(); // done
    await page.waitForTimeout(400); // the save is asynchronous (IndexedDB)

    await page.reload();
    await waitForMapReady(page);
    await openTools(page);
    await page.locator('[data-testid="drawings-count"][data-count="1"]').waitFor();
    near(await vertex1(), moved, 'reshaped after reload');
    assert.equal((await renderedFeatures(page, ['drawings-fill'])).length, 1, 'drawn after reload');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lists the projects within 5 km of the 西鹅 site and exports them', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.36,24.28,12.5' });
    await openProjectOnMap(page, 'liunan-01');
    await openTools(page);
    await page.getByTestId('within-selected').click();
    await page.getByTestId('within-km').fill('5');
    await page.getByTestId('within-result').waitFor();
    assert.equal(await page.getByTestId('within-result').getAttribute('data-km'), '5');

    // Independently: every project with a site whose point is within 5 km (great circle) of liunan-01
    // (projects placed only by district/county have no site and are listed apart, never measured).
    const all = projectsData().features;
    const centre = all.find((f) => f.properties.id === 'liunan-01')!.geometry.coordinates;
    const expected = all
      .filter((f) => (f.properties as { placement_scope?: string }).placement_scope !== 'county')
      .filter((f) => distance(centre, f.geometry.coordinates, { units: 'kilometers' }) <= 5)
      .map((f) => f.properties.id)
      .sort();
    assert.ok(expected.length >= 3, 'a meaningful set');
    const counts = await page.getByTestId('within-counts').innerText();
    assert.ok(counts.includes(`项目 ${expected.length} 个`), counts);

    const csv = await downloadText(page, 'within-csv');
    const projectRows = csv
      .split('\r\n')
      .filter((l) => l.startsWith('"项目"'))
      .map((l) => l.split(',')[1]!.replace(/"/g, ''))
      .sort();
    assert.deepEqual(projectRows, expected);
    // The buffer outline is on the map.
    await waitForIdle(page);
    const layers = await page.evaluate(() => mapInspector().visibleLayerIds());
    assert.ok(layers.includes('tool-buffer-line'));
    assert.equal((await renderedFeatures(page, ['tool-buffer-line'])).length, 1, 'buffer outline drawn');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
