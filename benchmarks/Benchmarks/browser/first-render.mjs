// Loads each page several times in headless Chromium and prints, as one JSON line, the first contentful
// paint of every load, the time until a CSS selector was visible, and the JS and CSS files the page loaded.
// Usage: node first-render.mjs CONFIG_JSON
//   CONFIG_JSON: { chromium, runs, pages: [{ name, url, readySelector }] }
// playwright-core comes from the repository's e2e/node_modules (run `npm ci` in e2e first).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const config = JSON.parse(process.argv[2]);
const e2eDirectory = process.env.E2E_DIRECTORY ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', '..', 'e2e');
const require = createRequire(join(e2eDirectory, 'package.json'));
const { chromium } = require('playwright-core');

const browser = await chromium.launch({ executablePath: config.chromium, args: ['--no-sandbox'] });
const results = [];
try {
  for (const page of config.pages) {
    const loads = [];
    let assets = [];
    for (let run = 0; run < config.runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const tab = await context.newPage();
      const loaded = [];
      tab.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'script' || type === 'stylesheet') {
          loaded.push(new URL(response.url()).pathname);
        }
      });
      const started = Date.now();
      await tab.goto(page.url, { waitUntil: 'load' });
      await tab.locator(page.readySelector).first().waitFor({ state: 'visible', timeout: 30_000 });
      const readyMs = Date.now() - started;
      const firstContentfulPaintMs = await tab.evaluate(async () => {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          if (paint) {
            return paint.startTime;
          }
          await new Promise((done) => setTimeout(done, 20));
        }
        return null;
      });
      loads.push({ firstContentfulPaintMs, readyMs });
      assets = loaded;
      await context.close();
    }
    results.push({ name: page.name, loads, assets });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
