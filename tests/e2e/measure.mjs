// Measures the release build in headless Chromium:
// - bytes (gzip bodies) that arrive before the first contentful paint of a pre-rendered
//   lesson page, and when that paint happens;
// (service workers blocked: a first visit, before the worker stores the build)
// - the first page's transfer size (gzip, as the bundled server sends it), per file;
// - time from navigation to the first example's output on screen (median of 5 cold loads);
// - time from a parameter edit to the new output in the DOM and to the next frame (median of 5).
//
//   trunk build --release --public-url ./ && node tests/e2e/measure.mjs
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, CHROMIUM, ARGS } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const srv = await serve(path.resolve(here, '../../dist'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

// Records when the first stdout line of an example appears (ms since navigation start).
const firstOutput = () => {
  const obs = new MutationObserver(() => {
    if (document.querySelector('.terminal .tl.out')) {
      window.__firstOutput = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true });
};

try {
  // 0. Bytes before the first contentful paint of a pre-rendered lesson page (cold).
  {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(srv.url + 'lesson/worker-pool/', { waitUntil: 'networkidle' });
    const r = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const at = fcp ? fcp.startTime : Infinity;
      const nav = performance.getEntriesByType('navigation')[0];
      const before = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= at);
      const bytes = nav.encodedBodySize + before.reduce((a, e) => a + e.encodedBodySize, 0);
      return { at, bytes, files: [nav.name, ...before.map((e) => e.name)].map((n) => n.split('/').pop() || 'index.html') };
    });
    console.log(`pre-rendered lesson: first contentful paint at ${fmt(r.at)} after ${(r.bytes / 1024).toFixed(1)} KiB (${r.files.join(', ')})`);
    await ctx.close();
  }

  // 1. Transfer size of the first page (cold).
  {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    srv.stats.bytes = 0;
    srv.stats.requests.length = 0;
    await page.goto(srv.url + '#/', { waitUntil: 'networkidle' });
    await page.waitForSelector('.lesson-tile');
    const total = srv.stats.requests.reduce((a, r) => a + r.bytes, 0);
    console.log(`first page transfer (gzip): ${(total / 1024).toFixed(1)} KiB in ${srv.stats.requests.length} requests`);
    for (const r of srv.stats.requests) console.log(`  ${r.path.padEnd(40)} ${(r.bytes / 1024).toFixed(1)} KiB`);
    await ctx.close();
  }

  // 2. Navigation to the first example's output, 5 cold loads.
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.addInitScript(firstOutput);
    await page.goto(srv.url + '#/lesson/worker-pool');
    // Poll with evaluate: waitForFunction may evaluate a string, which the site's CSP forbids.
    while (!(await page.evaluate(() => window.__firstOutput !== undefined))) await new Promise((r) => setTimeout(r, 20));
    loads.push(await page.evaluate(() => window.__firstOutput));
    await ctx.close();
  }
  console.log(`navigation -> first example output: median ${fmt(median(loads))} (${loads.map(fmt).join(', ')})`);

  // 3. Parameter edit to new output.
  {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(srv.url + '#/lesson/worker-pool');
    await page.waitForSelector('.card .terminal .tl.out');
    const dom = [];
    const frame = [];
    for (const jobs of [7, 8, 9, 10, 11]) {
      const want = `sum of squares: ${(jobs * (jobs + 1) * (2 * jobs + 1)) / 6}`;
      const [d, f] = await page.evaluate(
        ({ jobs, want }) =>
          new Promise((resolve) => {
            const term = document.querySelector('.card .terminal');
            const input = document.querySelector('#p-worker-pool-jobs');
            const t0 = performance.now();
            const obs = new MutationObserver(() => {
              if (term.textContent.includes(want)) {
                const t1 = performance.now();
                obs.disconnect();
                requestAnimationFrame(() => resolve([t1 - t0, performance.now() - t0]));
              }
            });
            obs.observe(term, { childList: true, subtree: true, characterData: true });
            input.value = String(jobs);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        { jobs, want },
      );
      dom.push(d);
      frame.push(f);
    }
    console.log(`parameter edit -> new output in DOM: median ${fmt(median(dom))} (${dom.map(fmt).join(', ')})`);
    console.log(`parameter edit -> next frame after it: median ${fmt(median(frame))} (${frame.map(fmt).join(', ')})`);
    await ctx.close();
  }
} finally {
  await browser.close();
  await srv.close();
}
