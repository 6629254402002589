/**
 * Hostile input in the browser: crafted links and story files throw nothing, lose nothing, and
 * every setting that was ignored or adjusted is named in the notice.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { camera, harnessPerFile, openApp, openTab } from './driver';

const harness = harnessPerFile();

// Long enough to be absurd, short enough for a server's request line limit.
const many = Array.from({ length: 1500 }, (_, i) => `x${i}=1`).join('&');

/** [query, words the notice must contain ('' = no notice expected)] */
const LINKS: Array<[string, string[]]> = [
  ['?__proto__[polluted]=1&constructor=1&prototype=1', ['__proto__[polluted]', 'constructor', 'prototype']],
  [
    '?layers=constructor,__proto__&opacity=prototype:1&lang=__proto__',
    ['图层（layers）', '图层透明度', '界面语言'],
  ],
  [
    '?sel=constructor/prototype&county=constructor&type=__proto__',
    ['选中要素（sel）', '项目表筛选', '项目类型筛选'],
  ],
  ['?c=109.4,89,40,720,90', ['地图视图（c）', '已调整']],
  ['?c=-1e308,1e308,-5', ['地图视图（c）', '无效']],
  ['?c=109.4,24.3,9&c=0,0,0&q=' + 'a'.repeat(500), ['出现了多次', '搜索文字']],
  [`?${many}&lang=en`, ['1500 unknown parameters', 'x0, x1, x2']],
];

describe('hostile links', () => {
  for (const [query, words] of LINKS) {
    it(query.length > 70 ? `${query.slice(0, 70)}… (${query.length} chars)` : query, async () => {
      const { page, errors } = await openApp(harness(), { query, viewport: { width: 1024, height: 640 } });
      const cam = await camera(page);
      assert.ok(
        Math.abs(cam.center[1]) <= 85 && cam.zoom >= 6 && cam.zoom <= 15,
        `camera in range ${JSON.stringify(cam)}`,
      );
      const notices = await page.getByTestId('notice').allInnerTexts();
      const text = notices.join('\n');
      for (const w of words) assert.ok(text.includes(w), `notice mentions “${w}”: ${text.slice(0, 300)}`);
      assert.ok(text.length < 600, `the notice stays short (${text.length} chars)`);
      assert.equal(await page.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null), null);
      // Still usable.
      await openTab(page, 'stats');
      await page.getByTestId('stats-panel').waitFor();
      assert.deepEqual(errors, [], 'nothing thrown');
      await page.context().close();
    });
  }
});

describe('hostile story files', () => {
  it('plain-data names, duplicate ids renumbered, out-of-range views refused, nothing lost', async () => {
    const { page, errors } = await openApp(harness(), { viewport: { width: 1366, height: 768 } });
    await openTab(page, 'present');
    await page.getByTestId('add-step').click();
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    const step = (
      id: string,
      camera: unknown = { center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 },
    ) => ({
      id,
      title: id,
      camera,
      layers: ['constructor', 'prototype', 'projects'],
      filters: { tables: [], types: [], statuses: [], areaMin: null, areaMax: null, text: '', inView: false },
      selected: { source: 'constructor', id: 'prototype' },
    });
    const write = (name: string, steps: unknown[]) => {
      const f = join(dir, name);
      writeFileSync(
        f,
        `{"__proto__":{"polluted":1},"format":"liuzhou-plan-map/story","version":1,"story":${JSON.stringify({ id: 'x', title: '__proto__', steps })}}`,
      );
      return f;
    };
    // Refused with the field named: zoom beyond the map, extent upside down.
    await page
      .getByTestId('story-import-file')
      .setInputFiles(
        write('zoom.json', [step('a'), step('b', { center: [109, 24], zoom: 99, bearing: 0, pitch: 0 })]),
      );
    await page.locator('[data-testid="notice"]', { hasText: '第 2 步 › 地图视图 › 缩放级别' }).waitFor();
    await page
      .getByTestId('story-import-file')
      .setInputFiles(write('bounds.json', [step('a', { bounds: [110, 26, 109, 24] })]));
    await page.locator('[data-testid="notice"]', { hasText: 'bounds.json' }).waitFor();
    assert.equal(await page.getByTestId('story-step').count(), 1, 'refused files change nothing');

    // Accepted: duplicates renumbered, hostile names kept as text; presenting throws nothing.
    await page
      .getByTestId('story-import-file')
      .setInputFiles(
        write('dup.json', [step('constructor'), step('constructor'), step('__proto__'), step('prototype')]),
      );
    await page.locator('[data-testid="notice"]', { hasText: '重新编号' }).waitFor();
    const ids = await page
      .getByTestId('story-step')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));
    assert.deepEqual(ids, ['constructor', 'constructor-2', '__proto__', 'prototype']);
    await page.getByTestId('present-mine').click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null), null);
    assert.deepEqual(errors, [], 'nothing thrown');
    await page.context().close();
  });
});
