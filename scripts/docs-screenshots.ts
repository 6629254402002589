/**
 * Regenerates the README screenshots in docs/ from the built app: npm run build && npx tsx scripts/docs-screenshots.ts
 */
import { serveStatic } from './serve';
import { launchChromium } from '../tests/e2e/browser';

const shots: Array<{ file: string; w: number; h: number; query: string; then?: 'tour' }> = [
  { file: 'docs/screenshot.png', w: 1366, h: 768, query: '' },
  {
    file: 'docs/explore-1920.png',
    w: 1920,
    h: 1080,
    query: '?c=109.45,24.36,10.3&table=柳南区,柳江区,柳东新区&sel=projects/liudong-04',
  },
  {
    file: 'docs/explore-en-1366.png',
    w: 1366,
    h: 768,
    query: '?lang=en&type=商贸服务型&sel=structure/structure-liudong',
  },
  { file: 'docs/present-1920.png', w: 1920, h: 1080, query: '', then: 'tour' },
];

const { url, server } = await serveStatic('dist');
const browser = await launchChromium();
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.w, height: s.h } });
  await page.goto(url + s.query);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
  if (s.then === 'tour') {
    await page.getByTestId('tab-present').click();
    await page.getByTestId('start-tour').click();
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
  }
  await page.waitForTimeout(1500);
  await page.screenshot({ path: s.file });
  await page.close();
  console.log('wrote', s.file);
}
await browser.close();
server.close();
