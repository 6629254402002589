import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browser';
import {
  featureState,
  harnessPerFile,
  openApp,
  openTab,
  renderedFeatures,
  waitForIdle,
  waitForMapReady,
} from './driver';

const harness = harnessPerFile();
const STAGE_LAYER = 'implementation-stage';
const FOCUS_LAYER = 'implementation-eval';
const ITEM = 'liunan-01';

async function stageCounts(page: Page): Promise<Record<string, number>> {
  return page
    .getByTestId('stage-counts')
    .locator('li')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [e.dataset.testid!.replace('stage-count-', ''), Number(e.dataset.count)]),
      ),
    );
}

async function setYear(page: Page, year: number): Promise<void> {
  await page.getByTestId('time-slider').fill(String(year));
  await page.locator(`[data-testid="time-year"][data-year="${year}"]`).waitFor();
}

/** A browser profile on disk: what a planner's browser keeps across restarts. */
async function openProfile(dir: string, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await waitForMapReady(page);
  return { context, page };
}

async function timelineRecords(page: Page): Promise<string[]> {
  await page.getByTestId('timeline').waitFor();
  return page.getByTestId('timeline-record').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
}

async function download(page: Page, testId: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Every row of the (virtualised) evaluation table, scrolled through from top to bottom. */
/** Ids of every shipped record placed only by district/county (read from the data, not the app). */
function countyLevelIds(): Set<string> {
  const ids = new Set<string>();
  for (const f of readdirSync('data/plan').filter((n) => n.endsWith('.geojson'))) {
    const fc = JSON.parse(readFileSync(`data/plan/${f}`, 'utf8')) as {
      features: Array<{ properties: { id?: string; placement_scope?: string } }>;
    };
    for (const x of fc.features) if (x.properties.placement_scope === 'county') ids.add(x.properties.id!);
  }
  return ids;
}

async function tableRows(page: Page): Promise<Array<{ id: string; status: string; group: string }>> {
  return page.getByTestId('eval-table').evaluate(async (el) => {
    const seen = new Map<string, { id: string; status: string; group: string }>();
    el.scrollTop = 0;
    for (;;) {
      // (No named helpers in here: the test runner's transform would reference one outside the page.)
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const row of el.querySelectorAll<HTMLElement>('[data-testid="eval-row"]')) {
        const { id, status, group } = row.dataset;
        seen.set(id!, { id: id!, status: status!, group: group! });
      }
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
      el.scrollTop += el.clientHeight / 2;
    }
    el.scrollTop = 0;
    return [...seen.values()];
  });
}

describe('implementation monitoring', () => {
  it('the compare view opens from a tour step and while presenting; Esc closes it, then leaves the presentation', async () => {
    const { page, errors } = await openApp(harness(), { viewport: { width: 1920, height: 1080 } });
    const stepId = () => page.getByTestId('step-title-display').getAttribute('data-step-id');
    await openTab(page, 'present');
    await page.getByTestId('start-tour').click();
    await page.keyboard.press('End');
    await page.locator('[data-testid="step-title-display"][data-step-id="implementation-latest"]').waitFor();
    // The slide's legend gathers four layers with approximately placed points: each entry, in its
    // layer's colour, names its layer (one shared "approximate location" once stood for all four).
    const approx = await page
      .getByTestId('slide-legend')
      .locator('li', { hasText: '近似位置' })
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-group')} ${e.textContent}`));
    assert.deepEqual(approx.sort(), [
      'rail 铁路项目：近似位置（带光晕）',
      'railport 铁路港：近似位置（带光晕）',
      'road 公路项目：近似位置（带光晕）',
      'water 港口与航道：近似位置（带光晕）',
    ]);
    await page.getByTestId('present-compare').click();
    await page.waitForSelector('[data-compare-ready="true"]', { timeout: 90_000 });
    // Each map fills its half of the screen (MapLibre's own CSS once left them 0 px tall: black panes).
    for (const side of ['compare-left', 'compare-right']) {
      const box = await page.getByTestId(side).boundingBox();
      assert.ok(
        box && box.height > 1000 && box.width > 900,
        `${side} fills its half: ${JSON.stringify(box)}`,
      );
    }
    // The close button covers no map control (the left map's, beside the divider, once lay under it).
    const covered = await page.getByTestId('compare-view').evaluate((view) => {
      const b = view.querySelector('.compare-close')!.getBoundingClientRect();
      return [...view.querySelectorAll('.maplibregl-ctrl-group button')].flatMap((el) => {
        const c = el.getBoundingClientRect();
        const hit =
          c.width > 0 && c.left < b.right && b.left < c.right && c.top < b.bottom && b.top < c.bottom;
        return hit ? [el.className] : [];
      });
    });
    assert.deepEqual(covered, []);
    assert.match(await page.getByTestId('compare-view').innerText(), /2022[\s\S]*2024/);
    assert.equal(await page.getByTestId('presentation').count(), 1, 'still presenting');
    await page.keyboard.press('Escape');
    await page.getByTestId('compare-view').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('presentation').count(), 1, 'Esc closed only the compare view');
    assert.equal(await stepId(), 'implementation-latest');
    // Opened again from the time control while presenting; the next key moves on and closes it.
    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('compare-view').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByTestId('compare-view').waitFor({ state: 'detached' });
    assert.equal(await stepId(), 'implementation-railport');
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('compare-view').count(), 0);
    assert.equal(await page.getByTestId('sidebar').count(), 1, 'back to the app');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the evaluation filter drives the map: only the filtered items, by light; zoom to them; clearing restores', async () => {
    const { page, errors } = await openApp(harness());
    await openTab(page, 'monitor');
    const behindCount = Number(await page.getByTestId('eval-status-behind').getAttribute('data-count'));
    assert.ok(behindCount > 0, 'some items are behind');
    assert.deepEqual(await renderedFeatures(page, [FOCUS_LAYER]), [], 'no filter, no focus markers');
    await page.getByTestId('eval-status-behind').click();
    await page.locator(`[data-testid="eval-count"][data-count="${behindCount}"]`).waitFor();
    const rows = await tableRows(page);
    assert.equal(rows.length, behindCount, 'the table lists every behind item');
    assert.ok(rows.every((r) => r.status === 'behind'));
    // Targets and items the documents place only by district/county have no marker.
    const countyLevel = countyLevelIds();
    const placed = rows.filter((r) => r.group !== 'target' && !countyLevel.has(r.id)).map((r) => r.id);
    assert.equal(Number(await page.getByTestId('eval-map').getAttribute('data-count')), placed.length);
    await page.getByTestId('eval-zoom').click();
    await waitForIdle(page);
    const onMap = await renderedFeatures(page, [FOCUS_LAYER]);
    assert.deepEqual([...onMap].sort(), [...placed].sort(), 'the map shows exactly the table’s items');
    assert.deepEqual(await renderedFeatures(page, [STAGE_LAYER]), [], 'stage markers give way');
    // Key projects outside the filtered set are dimmed; those in it are not.
    const projects = rows.filter((r) => r.group === 'project' && !countyLevel.has(r.id)).map((r) => r.id);
    assert.ok(!rows.some((r) => r.id === ITEM), `${ITEM} is not behind`);
    if (projects.length) assert.notEqual((await featureState(page, 'projects', projects[0]!)).out, true);
    assert.equal((await featureState(page, 'projects', ITEM)).out, true, `${ITEM} is dimmed`);
    // Narrowing to a kind narrows the map too.
    await page.getByTestId('eval-group-project').click();
    await page.locator(`[data-testid="eval-map"][data-count="${projects.length}"]`).waitFor();
    assert.deepEqual([...(await renderedFeatures(page, [FOCUS_LAYER]))].sort(), [...projects].sort());
    // Clearing gives the map back.
    await page.getByTestId('eval-clear').click();
    assert.equal(await page.getByTestId('eval-map').count(), 0);
    assert.deepEqual(await renderedFeatures(page, [FOCUS_LAYER]), []);
    assert.notEqual((await featureState(page, 'projects', ITEM)).out, true);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the time control changes what the map shows and the counts per stage, and lives in the URL', async () => {
    const { page, errors } = await openApp(harness());
    assert.deepEqual(await renderedFeatures(page, [STAGE_LAYER]), [], 'the plan as written shows no stages');
    await page.getByTestId('time-toggle').check();
    await setYear(page, 2020);
    const early = await renderedFeatures(page, [STAGE_LAYER]);
    const earlyCounts = await stageCounts(page);
    await setYear(page, 2024);
    const late = await renderedFeatures(page, [STAGE_LAYER]);
    const lateCounts = await stageCounts(page);
    assert.ok(
      late.length > early.length,
      `more items have a documented stage by 2024 (${early.length} → ${late.length})`,
    );
    assert.ok(lateCounts['投入运营']! > earlyCounts['投入运营']!, 'more items in operation by 2024');
    assert.ok(lateCounts.none! < earlyCounts.none!, 'fewer items without a later document');
    assert.match(page.url(), /[?&]year=2024\b/);
    // The compare view puts the plan beside the documented state, and closes back to the map.
    await page.getByTestId('compare-toggle').click();
    await page.waitForSelector('[data-compare-ready="true"]', { timeout: 60_000 });
    assert.match(await page.getByTestId('compare-view').innerText(), /2022[\s\S]*2024/);
    await page.getByTestId('compare-close').click({ timeout: 90_000 });
    assert.equal(await page.getByTestId('compare-view').count(), 0);
    // A link reproduces the year.
    const again = await openApp(harness(), { query: '?year=2020' });
    assert.deepEqual(await stageCounts(again.page), earlyCounts);
    assert.deepEqual(errors, []);
    await again.page.context().close();
    await page.context().close();
  });

  it('a record added in the panel survives reload and browser restart, shows in the timeline and the XLSX; export → clear → import restores it; a corrupted file is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    const files = mkdtempSync(join(tmpdir(), 'files-'));
    const url = `${harness().baseUrl}?sel=projects/${ITEM}`;
    try {
      let { context, page } = await openProfile(dir, url);
      assert.deepEqual(await timelineRecords(page), []);
      await page.getByTestId('record-add').click();
      await page.getByTestId('record-date').fill('2025-11-20');
      await page.getByTestId('record-stage').selectOption('投入运营');
      await page.getByTestId('record-note').fill('现场核实：一期已投入运营');
      await page.getByTestId('record-source').fill('2025年11月规委会纪要');
      await page.getByTestId('record-save').click();
      await page.getByTestId('timeline-record').waitFor();
      assert.match((await timelineRecords(page)).join(), /现场核实：一期已投入运营/);

      await page.reload();
      await waitForMapReady(page);
      assert.match((await timelineRecords(page)).join(), /用户记录.*现场核实：一期已投入运营/);

      await context.close();
      ({ context, page } = await openProfile(dir, url));
      assert.match(
        (await timelineRecords(page)).join(),
        /现场核实：一期已投入运营/,
        'survives a browser restart',
      );

      // The evaluation workbook carries it.
      await openTab(page, 'monitor');
      const xlsx = await download(page, 'eval-xlsx', files);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
      const sheet3 = wb.getWorksheet('事件与用户记录')!;
      const cells: string[] = [];
      sheet3.eachRow((row) => cells.push(JSON.stringify(row.values)));
      assert.ok(
        cells.some(
          (c) => c.includes('用户记录') && c.includes('现场核实：一期已投入运营') && c.includes(ITEM),
        ),
      );

      // Export, clear the browser's storage, import: the same log comes back.
      const exported = await download(page, 'records-export', files);
      const before = JSON.parse(readFileSync(exported, 'utf8'));
      assert.equal(before.entries.length, 1);
      await context.clearCookies();
      await page.evaluate(
        () =>
          new Promise<void>((ok, fail) => {
            const r = indexedDB.deleteDatabase('liuzhou-plan-map');
            r.onsuccess = () => ok();
            r.onerror = () => fail(r.error);
            r.onblocked = () => ok();
          }),
      );
      await context.close();
      ({ context, page } = await openProfile(dir, url));
      assert.deepEqual(await timelineRecords(page), [], 'storage cleared');
      await openTab(page, 'monitor');
      await page.getByTestId('records-file').setInputFiles(exported);
      await page.getByTestId('records-message').waitFor();
      assert.match((await timelineRecords(page)).join(), /现场核实：一期已投入运营/);
      const after = JSON.parse(readFileSync(await download(page, 'records-export', files), 'utf8'));
      assert.deepEqual(after.entries, before.entries, 'the import restores the log exactly');

      // A corrupted file is refused with a message and nothing changes.
      const bad = join(files, 'bad.json');
      const broken = structuredClone(before);
      broken.entries[0].record.date = '去年';
      broken.entries.push({ ...before.entries[0], entry_id: 'another-entry-0001', record_id: 'x' });
      writeFileSync(bad, JSON.stringify(broken));
      await page.getByTestId('records-file').setInputFiles(bad);
      await page.locator('[data-testid="records-message"][role="alert"]').waitFor();
      assert.match(await page.getByTestId('records-message').innerText(), /未导入任何内容/);
      writeFileSync(bad, '{"format": "liuzhou-plan-map/records", "entries": [');
      await page.getByTestId('records-file').setInputFiles(bad);
      await page.getByText('不是有效的 JSON').waitFor();
      const still = JSON.parse(readFileSync(await download(page, 'records-export', files), 'utf8'));
      assert.deepEqual(still.entries, before.entries, 'nothing changed');
      assert.equal((await timelineRecords(page)).length, 1);

      // The evaluation workbook brings the records back too: clear storage, import the XLSX.
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      ({ context, page } = await openProfile(dir, url));
      assert.deepEqual(await timelineRecords(page), [], 'a fresh profile has no records');
      await openTab(page, 'monitor');
      await page.getByTestId('records-file').setInputFiles(xlsx);
      await page.locator('[data-testid="records-message"][role="status"]').waitFor();
      assert.match((await timelineRecords(page)).join(), /用户记录.*现场核实：一期已投入运营/);
      const fromXlsx = JSON.parse(readFileSync(await download(page, 'records-export', files), 'utf8'));
      assert.deepEqual(fromXlsx.entries, before.entries, 'the XLSX import restores the log exactly');

      // A workbook with one bad row is refused by sheet and row, and nothing changes.
      const wb2 = new ExcelJS.Workbook();
      await wb2.xlsx.readFile(xlsx);
      wb2.getWorksheet('用户记录日志')!.getCell('F2').value = '去年';
      const badXlsx = join(files, 'bad.xlsx');
      await wb2.xlsx.writeFile(badXlsx);
      await page.getByTestId('records-file').setInputFiles(badXlsx);
      await page.locator('[data-testid="records-message"][role="alert"]').waitFor();
      assert.match(
        await page.getByTestId('records-message').innerText(),
        /“用户记录日志”工作表第 2 行：“日期”一栏的值无效，未导入任何内容/,
      );
      // A corrupted workbook (truncated zip) is refused as well.
      writeFileSync(badXlsx, readFileSync(xlsx).subarray(0, 2000));
      await page.getByTestId('records-file').setInputFiles(badXlsx);
      await page.getByText('不是可读取的 Excel（XLSX）文件').waitFor();
      const unchanged = JSON.parse(readFileSync(await download(page, 'records-export', files), 'utf8'));
      assert.deepEqual(unchanged.entries, before.entries, 'nothing changed');
      assert.equal((await timelineRecords(page)).length, 1);
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    }
  });
});
