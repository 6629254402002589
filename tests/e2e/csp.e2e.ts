/**
 * The built site carries a Content-Security-Policy, and the main flows (explore, panels, layers,
 * statistics, presentation, stories, every export) cause zero violations of it. Also checks that
 * a 3× PNG is three times the map's CSS size, as the export dialog says before exporting.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { filterBy, harnessPerFile, openApp, openProjectOnMap, openTab } from './driver';

const harness = harnessPerFile();

describe('content security policy', () => {
  it('is delivered with the built page and is strict', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const m = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    assert.ok(m, 'index.html has a CSP meta tag');
    const csp = m[1]!.replace(/&#39;/g, "'");
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/, 'scripts only from the site itself');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /worker-src 'self' blob:/);
    assert.doesNotMatch(html, /<script>|<script type="module">\s*\S/, 'no inline scripts');
  });

  it('records zero violations through the main flows, and a 3× PNG is 3× the map', async () => {
    // Listening from before the first script runs: start-up code (a library probing for eval) counts.
    const listen = `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;
    const { page, errors } = await openApp(harness(), {
      query: '?c=109.36,24.27,12.5',
      viewport: { width: 1366, height: 768 },
      before: (context) => context.addInitScript(listen),
    });
    assert.equal(
      await page.locator('[data-notice-key="data"]').count(),
      0,
      'every shipped data file loads whole',
    );
    const consoleCsp = () => errors.filter((e) => /Content Security Policy/i.test(e));

    await filterBy(page, { county: ['鹿寨县'] });
    await openTab(page, 'filters');
    await page.getByTestId('filters-clear').click();
    await openProjectOnMap(page, 'liunan-01');
    await openTab(page, 'layers');
    await openTab(page, 'stats');
    await openTab(page, 'present');
    await page.getByTestId('add-step').click();
    await page.getByTestId('start-tour').click();
    await page.keyboard.press('ArrowRight');
    await page
      .getByTestId('step-progress')
      .filter({ hasText: /第 2 \// })
      .waitFor();
    await page.keyboard.press('Escape');

    await openTab(page, 'export');
    const size = page.getByTestId('export-size-3');
    const shown = {
      w: Number(await size.getAttribute('data-width')),
      h: Number(await size.getAttribute('data-height')),
    };
    const box = (await page.getByTestId('map').boundingBox())!;
    // 3× the map, and under it the band with the legend and the credits.
    assert.equal(shown.w, Math.floor(box.width * 3), 'dialog says 3× the map');
    assert.ok(shown.h > Math.floor(box.height * 3) + 3 * 60, `the map and a band under it: ${shown.h}`);
    assert.ok((await size.innerText()).includes(`${shown.w} × ${shown.h}`));
    assert.equal(await page.getByTestId('export-capped-3').count(), 0, 'no limit applies at this size');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-png-3').click();
    const png = PNG.sync.read(readFileSync(await (await download).path()));
    assert.deepEqual({ w: png.width, h: png.height }, shown, 'the PNG has the size the dialog said');

    for (const id of ['export-pdf-A4', 'export-csv', 'export-geojson']) {
      const d = page.waitForEvent('download', { timeout: 60_000 });
      await page.getByTestId(id).click();
      await d;
    }
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, [], 'no CSP violation');
    assert.deepEqual(consoleCsp(), []);
    await page.context().close();
  });
});
