// The pre-rendered pages in Chromium: with JavaScript off, a lesson reads (prose, source,
// default output) and its links navigate the course; with it on, the app takes the same page
// over at its real path; old `#/` links still land on the right page.
import { chromium } from 'playwright-core';
import { open, runner, waitText } from './harness.mjs';
import { CHROMIUM, ARGS } from './server.mjs';

const { step, expect, finish } = runner();
const { srv, page, errors, close } = await open('prerender');

await step('without JavaScript a lesson page reads: title, prose, source and its default output', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p = await noJs.newPage();
  await p.goto(srv.url + 'lesson/select/');
  const h1 = await p.locator('h1').first().textContent();
  expect(/select/i.test(h1), `h1 was ${h1}`);
  await waitText(p.locator('#prerendered .terminal').first(), 'got a job: 1');
  const code = await p.locator('#prerendered pre.code').first().textContent();
  expect(code.includes('package main'), 'the Go source is on the page');
  // The course reads as a set of linked pages: next lesson, then home.
  await p.locator('a.pager.next').click();
  await p.waitForURL(/lesson\/context\/$/);
  await p.locator('.crumbs a').first().click();
  await p.waitForURL((u) => u.pathname.endsWith('/course/sub/'));
  const lessons = await p.locator('#prerendered .lesson-tile a').count();
  expect(lessons >= 8, `home lists ${lessons} lessons`);
  await browser.close();
});

await step('with JavaScript the app takes over the pre-rendered page at its real path', async () => {
  await page.goto(srv.url + 'lesson/worker-pool/');
  await page.waitForSelector('.run-bar button', { timeout: 20000 });
  const left = await page.locator('#prerendered').count();
  expect(left === 0, 'the pre-rendered copy is gone once the app runs');
  await waitText(page.locator('main h1'), 'orker');
  await waitText(page.locator('.terminal').first(), 'sum of squares: 91', 15000);
});

await step('an old #/ link still lands on its page, at its real path', async () => {
  await page.goto(srv.url + '#/lesson/context');
  await page.waitForSelector('main[data-lesson="context"]', { timeout: 20000 });
  const u = new URL(page.url());
  expect(u.pathname.endsWith('/lesson/context/') && u.hash === '', page.url());
});

await step('pages the app fills from their query load at their paths', async () => {
  for (const [rel, sel] of [['embed/play/?starter=worker-pool', '.card.play'], ['embed/quiz/?src=static%2Fquiz-sample.json', '.quiz']]) {
    const res = await fetch(srv.url + rel);
    expect(res.ok, `${rel}: ${res.status}`);
    await page.goto(srv.url + rel);
    await page.waitForSelector(sel, { timeout: 20000 });
  }
  const bench = await fetch(srv.url + 'bench/');
  expect(bench.ok, `bench/: ${bench.status}`);
});

await step('every page has its own title and description', async () => {
  const res = await fetch(srv.url + 'lesson/pipeline/').catch(() => null);
  const html = res && res.ok ? await res.text() : await (await fetch(srv.url + 'lesson/select/')).text();
  expect(/<title>[^<]+ · [^<]+<\/title>/.test(html), 'a lesson title');
  expect(/<meta name="description" content="[^"]{20,}"/.test(html), 'a description');
});

await step('no console errors', async () => {
  expect(errors.length === 0, errors.join('\n'));
});

await close();
finish();
