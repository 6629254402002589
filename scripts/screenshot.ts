/** Screenshots the built app: tsx scripts/screenshot.ts out.png [width height] [query] */
import { serveStatic } from './serve';
import { launchChromium } from '../tests/e2e/browser';

const [out = 'screenshot.png', w = '1366', h = '768', query = ''] = process.argv.slice(2);
const { url, server } = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(url + query);
await page.waitForSelector('[data-map-ready="true"]', { timeout: 60000 });
await page.screenshot({ path: out });
await browser.close();
server.close();
console.log('wrote', out);
