// End-to-end test of the release build: serves dist/ on 127.0.0.1 under a sub-path and drives
// headless Chromium through a learner's path. Fails on any browser console error. Saves a
// screenshot of every page it visits in tests/e2e/screenshots/ (gitignored).
//
//   trunk build --release --public-url ./ && node tests/e2e/e2e.mjs
import path from 'node:path';
import { open, runner, waitIn, waitText as waitFor } from './harness.mjs';
import { serve } from './server.mjs';

const { srv, ctx, page, errors, shots, close, watch, dist } = await open('e2e');
const { step, expect, finish } = runner();
const shot = (page, name) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
const term = (page) => page.locator('.card[data-example=worker-pool] .terminal').first();
const waitText = (locator, text, timeout = 5000) => waitFor(locator, text, timeout);

try {
  await step('home renders the course from the release build', async () => {
    await page.goto(srv.url + '#/');
    await page.waitForSelector('.lesson-tile[data-lesson=worker-pool]', { timeout: 15000 });
    expect((await page.locator('h1').textContent()).length > 0, 'course title');
    expect(await page.locator('progress').count() === 1, 'overall progress bar');
    await shot(page, '01-home');
  });

  await step('open the worker-pool lesson: prose, card, default output', async () => {
    await page.click('.lesson-tile[data-lesson=worker-pool] a');
    await page.waitForSelector('.card[data-example=worker-pool]');
    expect(new URL(page.url()).pathname.endsWith('/lesson/worker-pool/'), page.url());
    expect((await page.locator('.prose').count()) > 0, 'prose rendered');
    await waitText(term(page), 'sum of squares: 91');
    await shot(page, '02-lesson');
  });

  await step('change workers and jobs: new source and new sum of squares', async () => {
    await page.fill('#p-worker-pool-workers', '5');
    await page.fill('#p-worker-pool-jobs', '10');
    await waitText(term(page), 'sum of squares: 385');
    const code = await page.locator('.card[data-example=worker-pool] pre.code').textContent();
    expect(code.includes('w <= 5') && code.includes('n <= 10'), 'source re-rendered');
    expect((await page.locator('.card[data-example=worker-pool] pre.code .line.changed').count()) >= 1, 'changed line marked');
    expect(page.url().includes('workers=5') && page.url().includes('jobs=10'), 'URL is a share link: ' + page.url());
    await shot(page, '03-params');
  });

  await step('an invalid value is flagged and not run', async () => {
    await page.fill('#p-worker-pool-workers', '0');
    await waitText(page.locator('.card[data-example=worker-pool] .error[role=alert]:not([hidden])'), 'out of range');
    expect((await page.getAttribute('#p-worker-pool-workers', 'aria-invalid')) === 'true', 'aria-invalid');
    await shot(page, '04-invalid');
    await page.fill('#p-worker-pool-workers', '5');
    await waitText(term(page), 'sum of squares: 385');
  });

  await step('toggle close_after_wait off: the panic, exit status, reported line', async () => {
    await page.uncheck('#p-worker-pool-close_after_wait');
    await waitText(page.locator('.card[data-example=worker-pool] .terminal .tl.panic').first(), 'panic: send on closed channel');
    await waitText(page.locator('.card[data-example=worker-pool] .terminal .tl.status'), 'exit status 2');
    expect((await page.locator('.card[data-example=worker-pool] pre.code .line.reported').count()) >= 1, 'report line highlighted');
    await shot(page, '05-panic');
  });

  await step('re-run with a new seed changes the seed shown', async () => {
    const before = await page.locator('.card[data-example=worker-pool] .seed output').textContent();
    await page.click('.card[data-example=worker-pool] button:has-text("Re-run, new seed")');
    await waitIn(page, (b) => document.querySelector('.card[data-example=worker-pool] .seed output').textContent !== b, before);
    await waitText(page.locator('.card .terminal .tl.panic').first(), 'panic: send on closed channel');
  });

  let total = 0;
  await step('answer the quiz: feedback and a full score', async () => {
    const quiz = page.locator('.quiz');
    await quiz.scrollIntoViewIfNeeded();
    const counter = await quiz.locator('.counter').textContent();
    total = Number(counter.match(/of (\d+)/)[1]);
    for (let i = 0; i < total; i++) {
      await quiz.locator('fieldset.question button[data-correct=true]').click();
      await waitText(quiz.locator('.feedback'), 'Correct.');
      if (i + 1 < total) await quiz.locator('.nav button:has-text("Next")').click();
    }
    await waitText(quiz.locator('.score .now'), `Score: ${total} / ${total}`);
    await shot(page, '06-quiz');
  });

  await step('reload: the link reproduces the run and progress is kept', async () => {
    await page.reload();
    await page.waitForSelector('.card[data-example=worker-pool]');
    expect((await page.inputValue('#p-worker-pool-workers')) === '5', 'workers from URL');
    await waitText(page.locator('.card[data-example=worker-pool] .terminal .tl.panic').first(), 'panic: send on closed channel');
    await waitText(page.locator('.quiz .score .best'), `best ${total}/${total}`);
    await page.goto(srv.url + '#/');
    // Only the example the learner changed counts as run (opening a page runs nothing in the
    // progress).
    const meta = await waitText(page.locator('.lesson-tile[data-lesson=worker-pool] .meta'), 'examples run');
    expect(/^1\/\d+ examples run/.test(meta.trim()), meta);
    await waitText(page.locator('.lesson-tile[data-lesson=worker-pool] .meta'), `quiz ${total}/${total}`);
    await shot(page, '07-home-progress');
  });

  await step('malformed URLs show a clear message', async () => {
    await page.goto(srv.url + '#/lesson/no-such-lesson');
    await waitText(page.locator('.problem'), 'There is no lesson `no-such-lesson`');
    await shot(page, '08-bad-lesson');
    await page.goto(srv.url + '#/lesson/worker-pool/worker-pool?workers=lots&seed=4');
    await waitText(page.locator('.card[data-example=worker-pool] .error[role=alert]:not([hidden])'), 'Workers: `lots` is not valid');
    await page.goto(srv.url + '#/nowhere');
    await waitText(page.locator('.problem'), 'There is no page');
  });

  await step('phone width (375 px): no horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(srv.url + '#/lesson/worker-pool');
    // A card makes its opening run once it is near the viewport (as a learner scrolls to it).
    await page.locator('.card[data-example=worker-pool]').scrollIntoViewIfNeeded();
    await waitText(term(page), 'sum of squares: 91');
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(w <= 375, `page is ${w}px wide`);
    await shot(page, '09-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('dark theme and reduced motion follow the system settings', async () => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(srv.url + '#/lesson/worker-pool');
    // A card makes its opening run once it is near the viewport (as a learner scrolls to it).
    await page.locator('.card[data-example=worker-pool]').scrollIntoViewIfNeeded();
    await waitText(term(page), 'sum of squares: 91');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg === 'rgb(21, 25, 30)', 'dark background, got ' + bg);
    await shot(page, '12-dark');
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  await step('keyboard: Shift+Enter runs the focused example', async () => {
    await page.goto(srv.url + '#/lesson/worker-pool');
    // A card makes its opening run once it is near the viewport (as a learner scrolls to it).
    await page.locator('.card[data-example=worker-pool]').scrollIntoViewIfNeeded();
    await waitText(term(page), 'sum of squares: 91');
    const runs = await page.getAttribute('.card[data-example=worker-pool] .terminal', 'data-runs');
    await page.focus('#p-worker-pool-jobs');
    await page.keyboard.press('Shift+Enter');
    await waitIn(page, (r) => document.querySelector('.card[data-example=worker-pool] .terminal').dataset.runs !== r, runs);
    await waitText(term(page), 'sum of squares: 91');
  });

  await step('embeds in an iframe: example and quiz post height and score', async () => {
    const host = await ctx.newPage();
    watch(host);
    const other = await serve(dist, '/blog/'); // another origin
    await host.goto(other.url + 'embed-host.html');
    await host.evaluate((base) => {
      document.body.innerHTML = '';
      window.msgs = [];
      addEventListener('message', (e) => window.msgs.push(e.data));
      for (const [id, src] of [['ex', base + '#/embed/example/worker-pool?jobs=10&seed=3'], ['qz', base + '#/embed/quiz/worker-pool']]) {
        const f = document.createElement('iframe');
        f.id = id;
        f.src = src;
        f.style.width = '900px';
        f.style.height = '700px';
        document.body.appendChild(f);
      }
    }, srv.url);
    const ex = host.frameLocator('#ex');
    await waitText(ex.locator('.terminal'), 'sum of squares: 385');
    expect((await ex.locator('.sidebar').count()) === 0, 'minimal chrome');
    await waitIn(host, () => window.msgs.some((m) => m && m.type === 'chanlab:height' && m.height > 100));
    const qz = host.frameLocator('#qz');
    // The same origin as the lesson page: its saved answers come back; start afresh.
    await qz.locator('.score button:has-text("Retry")').click();
    await qz.locator('.quiz-head input[type=checkbox]').check();
    const n = await qz.locator('fieldset.question').count();
    for (let i = 0; i < n; i++) await qz.locator('fieldset.question').nth(i).locator('button[data-correct=true]').click();
    await waitIn(host, (n) => window.msgs.some((m) => m && m.type === 'chanlab:quiz' && m.score === n && m.total === n), n);
    await shot(host, '10-embeds');
    await host.close();
    await other.close();
  });

  await step('storage blocked: the embedded quiz still works', async () => {
    const p = await ctx.newPage();
    watch(p);
    await p.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await p.goto(srv.url + '#/embed/quiz/worker-pool');
    await p.locator('fieldset.question button[data-correct=false]').first().click();
    await waitText(p.locator('.feedback'), 'Not quite.');
    await waitText(p.locator('.score .now'), 'Score: 0 /');
    await shot(p, '11-blocked-storage');
    await p.close();
  });

  await step('corrupt stored progress is ignored', async () => {
    await page.evaluate(() => localStorage.setItem('chanlab.progress.v1', '{"ran": 7, oops'));
    await page.goto(srv.url + '#/');
    await page.reload();
    const m = await waitText(page.locator('.lesson-tile[data-lesson=worker-pool] .meta'), 'examples run');
    expect(/^0\/\d+ examples run/.test(m.trim()), m);
  });

  await step('no console errors anywhere', async () => {
    expect(errors.length === 0, 'console errors:\n' + errors.join('\n'));
  });
} finally {
  await close();
}
finish();
