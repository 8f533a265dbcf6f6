// Measures the release build in headless Chromium:
// - bytes (gzip bodies) that arrive before the first contentful paint of a pre-rendered
//   lesson page, and when that paint happens;
// (service workers blocked: a first visit, before the worker stores the build)
// - the first page's transfer size (gzip, as the bundled server sends it), per file;
// - on a cold load of a pre-rendered lesson (median of 5): navigation -> first example output
//   visible (the pre-rendered page's, at its first contentful paint), navigation -> first
//   runnable output (the engine's own first run of an example has finished), and the long
//   main-thread tasks (over 50 ms) from navigation until 3 s after that run: count, total,
//   longest and blocking time (the part of each over 50 ms, as in Total Blocking Time);
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

// Records (ms since navigation start) when the first example output is in the page (the
// pre-rendered terminal or the app's), when the engine's first run has finished (a terminal
// with data-runs >= 1, not running, with output), and every long task.
const watchLoad = () => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const check = () => {
    if (window.__firstOutput === undefined && document.querySelector('pre.terminal, .terminal .tl.out')) {
      window.__firstOutput = performance.now();
    }
    const ran = [...document.querySelectorAll('.terminal[data-runs]')].some(
      (t) => Number(t.dataset.runs) > 0 && !t.classList.contains('running') && t.querySelector('.tl.out'),
    );
    if (window.__firstRun === undefined && ran) window.__firstRun = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'data-runs'] });
};
const poll = async (page, fn, timeout = 60000) => {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await page.evaluate(fn).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${fn}`);
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

  // 2. A cold load of a pre-rendered lesson, 5 times: first output visible, first run, long tasks.
  const visible = [];
  const runs = [];
  const tasks = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.addInitScript(watchLoad);
    await page.goto(srv.url + 'lesson/worker-pool/');
    // Poll with evaluate: waitForFunction may evaluate a string, which the site's CSP forbids.
    await poll(page, () => window.__firstOutput !== undefined && window.__firstRun !== undefined);
    await new Promise((r) => setTimeout(r, 3000));
    const r = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { out: Math.max(window.__firstOutput, fcp ? fcp.startTime : 0), run: window.__firstRun, tasks: window.__longTasks };
    });
    visible.push(r.out);
    runs.push(r.run);
    tasks.push(r.tasks);
    await ctx.close();
  }
  console.log(`navigation -> first example output visible (pre-rendered): median ${fmt(median(visible))} (${visible.map(fmt).join(', ')})`);
  console.log(`navigation -> first runnable output (the engine's first run done): median ${fmt(median(runs))} (${runs.map(fmt).join(', ')})`);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const totals = tasks.map((ts) => sum(ts.map((t) => t.duration)));
  const blocking = tasks.map((ts) => sum(ts.map((t) => Math.max(0, t.duration - 50))));
  const longest = tasks.map((ts) => Math.max(0, ...ts.map((t) => t.duration)));
  console.log(
    `long tasks from navigation to 3 s after the first run: median ${median(tasks.map((t) => t.length))} tasks, ` +
      `total ${fmt(median(totals))}, longest ${fmt(median(longest))}, blocking ${fmt(median(blocking))} ` +
      `(per load: ${tasks.map((ts, i) => `${ts.length}/${totals[i].toFixed(0)}/${longest[i].toFixed(0)} ms`).join(', ')})`,
  );

  // 3. Parameter edit to new output.
  {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(srv.url + 'lesson/worker-pool/');
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
