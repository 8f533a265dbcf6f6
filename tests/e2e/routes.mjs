// Real-path routing in Chromium: clicks in the app change the path (no `#/`), with no page
// load, and move the focus to the new page's heading; Back and Forward; a reload of a path
// the app reached shows the same page; old `#/` links become their paths with the same state;
// a share link with edited code restores the code; and all of it from another sub-path.
//
//   trunk build --release --public-url ./ && node tests/e2e/routes.mjs
import { open, runner, waitText } from './harness.mjs';
import { serve } from './server.mjs';

const { step, expect, finish } = runner();
const { srv, ctx, page, errors, close, watch, dist } = await open('routes');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const root = new URL(srv.url).pathname; // `/course/sub/`

// Poll `fn` (run in the page) until it returns true: waitForFunction would evaluate a
// string, which the site's Content Security Policy forbids.
async function until(p, fn, what, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await p.evaluate(fn, arg).catch((e) => e);
    if (last === true) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
}
const where = (p = page) => {
  const u = new URL(p.url());
  return u.pathname + u.search + u.hash;
};
const lessonShown = (p, id) => until(p, (id) => document.querySelector(`main.lesson[data-lesson="${id}"]`) !== null, `lesson ${id}`, id);
/** Mark the document: the mark survives in-app navigation, not a page load. */
const mark = (p = page) => p.evaluate(() => { window.__same = 'yes'; });
const sameDocument = (p = page) => p.evaluate(() => window.__same === 'yes');

let first, second;

await step('a click in the app changes the path (no #/, no page load) and focuses the heading', async () => {
  await page.goto(srv.url);
  await page.waitForSelector('.phase-block', { timeout: 20000 });
  // The pre-rendered page's links are relative; read the app's, once it has taken over.
  await until(page, () => document.querySelector('#prerendered') === null, 'the app to take over the page');
  await mark();
  const tile = page.locator('.lesson-tile a').first();
  const href = await tile.getAttribute('href');
  expect(href.startsWith(root + 'lesson/') && !href.includes('#'), `a tile links to ${href}`);
  first = href.slice(root.length + 'lesson/'.length).replace(/\/$/, '');
  await tile.click();
  await lessonShown(page, first);
  expect(where() === `${root}lesson/${first}/`, `the address is ${where()}`);
  expect(await sameDocument(), 'the app rendered the lesson without loading a page');
  await until(page, () => document.activeElement && document.activeElement.matches('main h1'), 'focus on the main heading');
  expect(await page.title() !== '', 'a title');
  // Scroll down, go on: the next lesson starts at its top.
  await page.evaluate(() => window.scrollTo(0, 2000));
  await page.locator('a.pager.next').click();
  await until(page, (f) => { const m = document.querySelector('main.lesson'); return !!m && m.dataset.lesson !== f; }, 'the next lesson', first);
  second = await page.locator('main.lesson').getAttribute('data-lesson');
  expect(where() === `${root}lesson/${second}/`, `the address is ${where()}`);
  expect(await sameDocument(), 'still the same document');
  expect((await page.evaluate(() => window.scrollY)) < 50, 'scrolled to the top');
  await waitText(page.locator('title'), '·');
});

await step('Back and Forward walk the lessons the app opened', async () => {
  await page.goBack();
  await lessonShown(page, first);
  expect(where() === `${root}lesson/${first}/`, where());
  await page.goBack();
  await page.waitForSelector('.phase-block');
  expect(where() === root, where());
  await page.goForward();
  await lessonShown(page, first);
  await page.goForward();
  await lessonShown(page, second);
  expect(await sameDocument(), 'no page load on Back and Forward');
});

await step('a reload of a path the app reached shows the same page', async () => {
  await page.reload();
  await lessonShown(page, second);
  expect(!(await sameDocument()), 'it was a real load');
  expect(where() === `${root}lesson/${second}/`, where());
  const pre = await page.locator('#prerendered').count();
  expect(pre === 0, 'the app took the pre-rendered page over');
});

await step('old #/ links from any page land on the path, with their settings', async () => {
  await page.goto(srv.url + 'lesson/select/#/lesson/context');
  await lessonShown(page, 'context');
  expect(where() === `${root}lesson/context/`, where());
  await page.goto(srv.url + '#/lesson/worker-pool/worker-pool?workers=5&seed=4');
  await lessonShown(page, 'worker-pool');
  expect(where() === `${root}lesson/worker-pool/?ex=worker-pool&workers=5&seed=4`, where());
  const workers = await page.locator('#p-worker-pool-workers').inputValue();
  expect(workers === '5', `workers is ${workers}`);
  await page.goto(srv.url + 'play/#/embed/quiz?src=' + encodeURIComponent('static/quiz-sample.json'));
  await until(page, () => document.querySelector('.quiz fieldset.question') !== null, 'the external quiz');
  expect(where() === `${root}embed/quiz/?src=static%2Fquiz-sample.json`, where());
  await page.goto(srv.url + '#/play?starter=worker-pool');
  await page.locator('.card.play').waitFor({ timeout: 15000 });
  // (The playground then writes its share link: the starter's code.)
  expect(where().startsWith(`${root}play/?`) && !where().includes('#'), where());
  await page.goto(srv.url + '#/embed/example/worker-pool?jobs=10&seed=3');
  await waitText(page.locator('.terminal'), 'sum of squares: 385', 15000);
  expect(where() === `${root}embed/example/worker-pool/?jobs=10&seed=3`, where());
  // A typed hash on a page of the app.
  await page.evaluate(() => { location.hash = '#/lesson/select'; });
  await lessonShown(page, 'select');
  expect(where() === `${root}lesson/select/`, where());
  // A hash that names no page says so.
  await page.goto(srv.url + '#/nowhere');
  await waitText(page.locator('main h1'), 'not found');
});

await step('an anchor in a real path scrolls to its example; arrow keys change lesson', async () => {
  await page.goto(srv.url + 'lesson/select/#ex-select-timeout');
  await lessonShown(page, 'select');
  await until(page, () => {
    const el = document.getElementById('ex-select-timeout');
    return !!el && Math.abs(el.getBoundingClientRect().top) < 80 && window.scrollY > 200;
  }, 'the example at the top of the window');
  await mark();
  await page.locator('main h1').click();
  await page.keyboard.press('ArrowRight');
  await until(page, () => { const m = document.querySelector('main.lesson'); return !!m && m.dataset.lesson !== 'select'; }, 'the next lesson');
  const next = await page.locator('main.lesson').getAttribute('data-lesson');
  expect(where() === `${root}lesson/${next}/` && (await sameDocument()), where());
});

await step('a share link with edited code restores the code', async () => {
  const P = '.card.play';
  await page.goto(srv.url + 'play/');
  const area = page.locator(`${P} textarea.ed-input`);
  await area.waitFor({ timeout: 15000 });
  const prog = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("routes say hi")\n}\n';
  await area.fill(prog);
  await page.click(`${P} .run-bar button.primary`);
  await waitText(page.locator(`${P} .terminal`), 'routes say hi');
  await until(page, () => location.search.includes('code='), 'the address carries the code');
  const link = page.url();
  expect(link.startsWith(srv.url + 'play/?') && !link.includes('#'), link);
  const other = await ctx.newPage();
  watch(other);
  await other.goto(link);
  await waitText(other.locator(`${P} .terminal`), 'routes say hi', 15000);
  expect((await other.locator(`${P} textarea.ed-input`).inputValue()) === prog, 'the same code');
  await other.close();
});

await step('from another sub-path: links, clicks and old links stay under it', async () => {
  const deep = await serve(dist, '/a/b/c/');
  const p = await ctx.newPage();
  watch(p);
  try {
    await p.goto(deep.url + 'lesson/select/');
    await lessonShown(p, 'select');
    const hrefs = await p.locator('nav.sidebar a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length > 5 && hrefs.every((h) => h.startsWith('/a/b/c/')), hrefs.join(' '));
    await p.locator('nav.sidebar a.brand').click();
    await p.waitForSelector('.phase-block');
    expect(where(p) === '/a/b/c/', where(p));
    await p.goto(deep.url + 'embed/quiz/select/#/lesson/context');
    await lessonShown(p, 'context');
    expect(where(p) === '/a/b/c/lesson/context/', where(p));
  } finally {
    await p.close();
    await deep.close();
  }
});

await step('no console errors', async () => {
  expect(errors.length === 0, errors.join('\n'));
});

await close();
finish();
