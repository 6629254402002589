import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clickMapAt, openApp, openTab, renderedFeatures, harnessPerFile, switchLanguage } from './driver';

const harness = harnessPerFile();
const others = JSON.parse(readFileSync('data/plan/others.geojson', 'utf8')) as {
  features: Array<{
    properties: { id: string; name: string };
    geometry: { type: string; coordinates: unknown };
  }>;
};
const LAYERS = ['plan-others-point', 'plan-others-line'];

describe('major projects in other documents', () => {
  it('is its own layer, off by default, that the layer panel turns on', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.5,24.6,8.3' });
    assert.deepEqual(await renderedFeatures(page, LAYERS), [], 'hidden at start');
    await openTab(page, 'layers');
    const toggle = page.getByTestId('layer-toggle-others');
    assert.ok((await page.getByTestId('layer-row-others').innerText()).includes('其他文件中的重大项目'));
    await toggle.check();
    const drawn = await renderedFeatures(page, LAYERS);
    for (const id of ['other-bonded-logistics-center', 'other-sgmw-125', 'other-rail-liuzhou-sanjiang']) {
      assert.ok(drawn.includes(id), `${id} drawn`);
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('a marker opens the record: marked apart from the plan, with its basis, source and targets', async () => {
    const { page } = await openApp(harness(), { query: '?layers=counties,others&c=109.548,24.398,14' });
    const sgmw = others.features.find((f) => f.properties.id === 'other-sgmw-125')!;
    await clickMapAt(page, sgmw.geometry.coordinates as [number, number]);
    const panel = page.locator('[data-testid="feature-panel"][data-feature-id="other-sgmw-125"]');
    await panel.waitFor();
    const text = await panel.innerText();
    assert.ok(text.includes('物流规划未列入'), 'kept apart from the plan');
    assert.ok(text.includes('255 万辆'), 'the 一二五 sales target');
    assert.ok(
      text.includes('关于加快推进上汽通用五菱“一二五”工程的决议'),
      'cites the resolution by its title',
    );
    assert.equal(await panel.getByTestId('quality-badge').getAttribute('data-quality'), 'schematic');
    await page.context().close();
  });

  it('links to the plan items it belongs to, and reads in English', async () => {
    const { page } = await openApp(harness(), {
      query: '?sel=others/other-liudong-road-hub&layers=counties,others',
    });
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    await switchLanguage(page);
    const text = await panel.innerText();
    assert.ok(text.includes('Not in the logistics plan'));
    // The basis sits in a collapsed <details>: read its text, not what is painted.
    const basis = await panel.locator('.quality details p').textContent();
    assert.ok(basis?.includes('part of the 官塘 multimodal hub'), 'English location basis');
    await panel.getByRole('button', { name: '官塘多式联运基地' }).click();
    await page.locator('[data-testid="feature-panel"][data-feature-id="railport-guantang"]').waitFor();
    await page.context().close();
  });
});
