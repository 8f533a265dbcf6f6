// Accessibility in Chromium: axe-core (npm) on home, a lesson, each embed and the
// playground, in light and dark themes, must find no violations; every page can be used from
// the keyboard with a visible focus ring.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from './harness.mjs';
import { serve, CHROMIUM, ARGS } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const here = path.dirname(fileURLToPath(import.meta.url));
const { step, expect, finish } = runner();
const srv = await serve(path.resolve(here, '../../dist'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
// The site's Content Security Policy forbids inline scripts, axe's included: bypass it here.
const ctx = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
const page = await ctx.newPage();

// Each page with something on it that only the app draws (so axe sees the live page).
const PAGES = [
  ['home', '', '.lesson-tile'],
  ['lesson', 'lesson/worker-pool/', '.run-bar button'],
  ['embedded example', 'embed/example/worker-pool/', '.run-bar button'],
  ['embedded quiz', 'embed/quiz/select/', '.quiz'],
  ['playground', 'play/', 'main'],
];

async function violations() {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const scheme of ['light', 'dark']) {
  for (const [name, url, ready] of PAGES) {
    await step(`axe: ${name}, ${scheme} theme, no violations`, async () => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(srv.url + url);
      await page.waitForSelector(ready, { timeout: 20000 });
      await page.waitForTimeout(300);
      const found = await violations();
      expect(found.length === 0, found.join('\n'));
    });
  }
}

await step('keyboard: Tab reaches the run button of a lesson with a visible focus ring', async () => {
  await page.goto(srv.url + 'lesson/worker-pool/');
  await page.waitForSelector('.run-bar button', { timeout: 20000 });
  let ring = null;
  for (let i = 0; i < 300 && !ring; i++) {
    // The code editor keeps Tab for indenting; Esc then Tab leaves it (as its hint says).
    if (await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA')) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    ring = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest('.run-bar')) return null;
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
    });
  }
  expect(ring, 'Tab never reached the run controls');
  expect(ring.outline || ring.shadow, 'the focused button shows no focus ring');
});

await browser.close();
await srv.close();
finish();
