import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openApp, openTab, harnessPerFile, switchLanguage } from './driver';

const harness = harnessPerFile();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core (WCAG 2 A/AA rules) on the page, excluding the map canvas itself. */
async function violations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const r = await axe.run(
      { exclude: [['.maplibregl-canvas-container']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } },
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

const describeAll = (vs: Violation[]) =>
  vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    )
    .join('\n');

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('has no violations in each sidebar tab and with a feature panel open, in both languages', async () => {
    const { page } = await openApp(harness(), { query: '?sel=projects/liunan-01', bypassCSP: true });
    await page.getByTestId('feature-panel').waitFor();
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') await switchLanguage(page);
      for (const tab of ['filters', 'layers', 'stats', 'present', 'export'] as const) {
        await openTab(page, tab);
        const vs = await violations(page);
        assert.deepEqual(vs, [], `${lang}/${tab}:\n${describeAll(vs)}`);
      }
    }
    await page.context().close();
  });

  it('has no violations in presentation mode', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 1920, height: 1080 }, bypassCSP: true });
    await openTab(page, 'present');
    await page.getByTestId('start-tour').click();
    await page.getByTestId('presentation').waitFor();
    const vs = await violations(page);
    assert.deepEqual(vs, [], describeAll(vs));
    await page.context().close();
  });
});
