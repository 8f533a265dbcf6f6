// End-to-end test of what trying the site as a new user found (issue 12, items 13 and 15-24)
// on the release build: the terminal's command line and chanlab's own additions, PgUp/PgDn,
// runtime goroutines hidden, share feedback (and a blocked clipboard in an iframe), code that
// wraps and step markers beside it, the phone menu, stepping that drives the terminal,
// progress only for the learner's runs, labels in errors and clamped bounds, the scheduler
// panel with a thousand goroutines, fresh panels per lesson, and the small things (legend,
// plot keys, quiz marks and saved answers, the embed's name). Fails on any console error.
//
//   trunk build --release --public-url ./ && node tests/e2e/newuser.mjs
import path from 'node:path';
import { open, runner, waitText } from './harness.mjs';
import { serve } from './server.mjs';

const { srv, ctx, page, errors, shots, close, watch, dist } = await open('newuser');
const { step, expect, finish } = runner();
const shot = (p, name) => p.screenshot({ path: path.join(shots, `newuser-${name}.png`), fullPage: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(fn, what, timeout = 8000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn().catch((e) => e);
    if (last === true) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
}
async function card(hash, example) {
  await page.goto(srv.url + hash);
  const c = page.locator(`.card[data-example=${example}]`);
  await c.waitFor({ timeout: 15000 });
  return c;
}
const idle = (c) => until(async () => !(await c.locator('.terminal').evaluate((e) => e.classList.contains('running'))), 'run ended', 15000);

try {
  await step('13: the command line shows -race, chanlab marks its leak report, GOMAXPROCS is explained', async () => {
    const race = await card('#/lesson/race-detector/race-counter', 'race-counter');
    await waitText(race.locator('.terminal .tl.cmd'), '$ go run -race main.go');
    const wp = await card('#/lesson/worker-pool/worker-pool', 'worker-pool');
    const cmd = await wp.locator('.terminal .tl.cmd').textContent();
    expect(cmd === '$ go run main.go', cmd);
    await waitText(wp.locator('.runopt-note'), 'uses every CPU');
    const tree = await card('#/lesson/context/context-tree?cancel_at=child&seed=1', 'context-tree');
    await tree.locator('select[aria-label="Playback speed"]').selectOption('instant');
    await tree.locator('button:has-text("Run")').first().click();
    await idle(tree);
    const kinds = await tree.locator('.terminal .tl').evaluateAll((ls) => ls.map((l) => l.className));
    const leak = kinds.findIndex((k) => k.includes('leak'));
    expect(leak > 0, `a leak report: ${kinds}`);
    expect(kinds[leak - 1].includes('sim'), `a chanlab heading right above it: ${kinds}`);
    await waitText(tree.locator('.terminal .tl.sim'), 'not printed by Go');
  });

  await step('15: PgDn scrolls the lesson instead of changing it', async () => {
    await page.goto(srv.url + '#/lesson/channels');
    await page.waitForSelector('.card[data-example=buffered]');
    await page.locator('h1').click();
    const before = page.url();
    await page.keyboard.press('PageDown');
    await sleep(300);
    expect(page.url() === before, `still ${before}, now ${page.url()}`);
    expect((await page.evaluate(() => scrollY)) > 100, 'the page scrolled');
  });

  await step('16: runtime goroutines are not offered, stepped to or logged', async () => {
    const c = await card('#/lesson/worker-pool/worker-pool?close_jobs=false&close_after_wait=false&workers=2&jobs=2&buffer=2&procs=2&sched=', 'worker-pool');
    await c.locator('.sched-q').waitFor();
    for (let i = 0; i < 6; i++) {
      const names = await c.locator('button.pick .pick-name').allTextContents();
      if (names.length === 0) break;
      for (const n of names) expect(/^main\.\w+ #\d+$/.test(n), `a nameless choice: ${JSON.stringify(names)}`);
      await c.locator('button.pick').last().click();
    }
    const wp = await card('#/lesson/worker-pool', 'worker-pool');
    await wp.locator('.timeline > summary').click();
    await wp.locator('.tl-lab').first().waitFor({ timeout: 15000 });
    const lanes = new Set((await wp.locator('.tl-lab').allTextContents()).map((l) => l.match(/#(\d+)/)[1]));
    const log = await wp.locator('.tl-log li').allTextContents();
    for (const l of log) {
      for (const m of l.matchAll(/#(\d+)/g)) expect(lanes.has(m[1]), `log names #${m[1]} with no lane: ${l}`);
    }
    for (let k = 0; k < 8; k++) {
      if (await wp.locator('button:has-text("Step ▶")').isDisabled()) break;
      await wp.locator('button:has-text("Step ▶")').click();
      const s = await wp.locator('.step-status').textContent();
      const m = s.match(/Go runs #(\d+)/);
      if (m) expect(lanes.has(m[1]), `the stepper names #${m[1]}: ${s}`);
    }
  });

  await step('17: share gives its own feedback; the copy button stays; a live link says what it holds', async () => {
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
    const wp = await card('#/lesson/worker-pool/worker-pool', 'worker-pool');
    await wp.locator('button:has-text("share")').click();
    await waitText(wp.locator('.share-note'), 'copied');
    expect((await wp.locator('.code-pane .pane-bar button[aria-label="Copy the Go source"]').textContent()) === 'copy', 'the copy button did not flip');
  });

  await step('17: a link made after a live cancel() replays the same run', async () => {
    const live = await card('#/lesson/context/context-cancel?cancel_after_ms=1000', 'context-cancel');
    await live.locator('button:has-text("Run")').first().click();
    await sleep(40);
    await live.locator('button.live').click();
    await idle(live);
    const lines = async () => live.locator('.terminal .tl').evaluateAll((ls) => ls.map((l) => `${l.dataset.t} ${l.textContent}`).join('\n'));
    const before = await lines();
    // The press lands long before main's own cancel() at 1 s.
    expect(before.indexOf('context canceled') >= 0 && before.indexOf('context canceled') < before.indexOf('main: calling cancel()'), before);
    await live.locator('button:has-text("share")').click();
    await waitText(live.locator('.share-note'), 'replays this run');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(/press=cancel%40\d+|press=cancel@\d+/.test(link), link);
    await page.goto(link);
    const again = page.locator('.card[data-example=context-cancel]');
    await again.waitFor();
    // The card makes its opening run (the replay) once it is near the viewport and the page
    // is idle: wait for that run, not a fixed time.
    await again.scrollIntoViewIfNeeded();
    await until(async () => Number((await again.locator('.terminal').getAttribute('data-runs')) || 0) > 0, 'the replay ran', 15000);
    await idle(again);
    const after = await again.locator('.terminal .tl').evaluateAll((ls) => ls.map((l) => `${l.dataset.t} ${l.textContent}`).join('\n'));
    expect(after === before, `the link replays a different run:\n${before}\n---\n${after}`);
  });

  await step('17: inside an iframe a blocked clipboard shows the link to copy, no uncaught error', async () => {
    const host = await ctx.newPage();
    watch(host);
    const other = await serve(dist, '/blog/');
    await host.goto(other.url + 'embed-host.html');
    await host.evaluate((src) => {
      document.body.innerHTML = '';
      const f = document.createElement('iframe');
      f.id = 'ex';
      f.src = src;
      f.style.width = '900px';
      f.style.height = '700px';
      document.body.appendChild(f);
    }, srv.url + '#/embed/example/worker-pool?jobs=10&seed=3');
    const ex = host.frameLocator('#ex');
    await waitText(ex.locator('.terminal'), 'sum of squares: 385');
    await ex.locator('button:has-text("share")').click();
    await waitText(ex.locator('.share-note.blocked'), 'select the link');
    const link = await ex.locator('.share-link').inputValue();
    expect(link.includes('/embed/example/worker-pool/?jobs=10') && !link.includes('#'), link);
    await waitText(ex.locator('.embed-foot'), 'Go concurrency, live');
    await shot(host, '17-blocked-share');
    await host.close();
    await other.close();
  });

  await step('18: code wraps at 1280 px, step markers sit beside the code; the phone menu is collapsed', async () => {
    const c = await card('#/lesson/worker-pool/worker-pool-ctx', 'worker-pool-ctx');
    const over = await c.locator('pre.code').evaluate((p) => p.scrollWidth - p.clientWidth);
    expect(over <= 0, `code overflows by ${over}px`);
    await c.locator('.timeline > summary').click();
    await c.locator('.tl-lab').first().waitFor({ timeout: 15000 });
    await c.locator('button:has-text("Step ▶")').click();
    await c.locator('button:has-text("Step ▶")').click();
    const pos = await c.evaluate((el) => {
      const l = [...el.querySelectorAll('pre.code .line')].find((x) => getComputedStyle(x, '::after').content.includes('#'));
      return l ? getComputedStyle(l, '::after').position : 'none';
    });
    expect(pos === 'static', `marker position: ${pos}`);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(srv.url + '#/lesson/channels');
    await page.waitForSelector('.card[data-example=buffered]');
    const top = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top);
    expect(top < 200, `the lesson title starts at ${top}px`);
    await page.locator('.menu-toggle').click();
    expect(await page.locator('.phases').isVisible(), 'the menu opens');
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(w <= 375, `page is ${w}px wide`);
    await shot(page, '18-phone-menu');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('19: while stepping, the terminal and highlights show the run at that step', async () => {
    const c = await card('#/lesson/worker-pool/worker-pool?close_after_wait=false', 'worker-pool');
    await c.locator('select[aria-label="Playback speed"]').selectOption('instant');
    await c.locator('button:has-text("Run")').first().click();
    await idle(c);
    await waitText(c.locator('.terminal'), 'exit status 2');
    await c.locator('.timeline > summary').click();
    await c.locator('.tl-lab').first().waitFor({ timeout: 15000 });
    await c.locator('button:has-text("Step ▶")').click();
    await waitText(c.locator('.terminal'), 'stepping: the output up to step 1');
    const t = await c.locator('.terminal').textContent();
    expect(!t.includes('panic') && !t.includes('exit status'), `step 1 shows the end: ${t}`);
    expect((await c.locator('pre.code .line.reported').count()) === 0, 'no report highlight before the report');
    await c.locator('button:has-text("Whole run")').click();
    await waitText(c.locator('.terminal'), 'exit status 2');
  });

  await step('20: opening a lesson runs nothing in the progress; running an example counts', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.goto(srv.url + '#/lesson/channels');
    await page.reload();
    await page.waitForSelector('.card[data-example=buffered] .terminal .tl.out');
    await page.goto(srv.url + '#/');
    const m = await waitText(page.locator('.lesson-tile[data-lesson=channels] .meta'), 'examples run');
    expect(m.trim().startsWith('0/'), m);
    const c = await card('#/lesson/channels/buffered', 'buffered');
    await c.locator('button:has-text("Run")').first().click();
    await page.goto(srv.url + '#/');
    const m2 = await waitText(page.locator('.lesson-tile[data-lesson=channels] .meta'), 'examples run');
    expect(m2.trim().startsWith('1/'), m2);
  });

  await step('21: a lower bound clamps what depends on it; errors use the labels', async () => {
    const c = await card('#/lesson/select/select-default', 'select-default');
    await page.fill('#p-select-default-capacity', '3');
    await page.fill('#p-select-default-preload', '3');
    await page.fill('#p-select-default-capacity', '1');
    await until(async () => (await page.inputValue('#p-select-default-preload')) === '1', 'preload clamped to 1');
    expect(await c.locator('.error[role=alert]:not([hidden])').count() === 0, 'no error');
    await page.fill('#p-select-default-preload', '5');
    const e = await waitText(c.locator('.error[role=alert]:not([hidden])'), 'Jobs queued first');
    expect(!e.includes('preload'), e);
    expect(e.includes('Queue capacity (now 0 to 1)'), e);
    await page.fill('#p-select-default-tries', '0');
    await page.fill('#p-select-default-preload', '1');
    const e2 = await waitText(c.locator('.error[role=alert]:not([hidden])'), 'Attempts');
    expect(!e2.includes('now'), `a fixed range is said once: ${e2}`);
  });

  await step('22: a thousand goroutines: few buttons, the rest in a list; state shows the last action', async () => {
    const c = await card('#/lesson/sync/mutex-counter', 'mutex-counter');
    await c.locator('details.scheduler > summary').click();
    expect(((await c.locator('.sched-q').textContent()) || '').trim() === '', 'nothing said before taking over');
    await c.locator('.sched-toggle').click();
    await c.locator('.sched-q').waitFor();
    await until(async () => (await c.locator('button.pick').count()) > 1, 'choices');
    const n = await c.locator('button.pick').count();
    expect(n <= 13, `${n} buttons`);
    const h = await c.locator('details.scheduler').evaluate((d) => d.getBoundingClientRect().height);
    expect(h < 2500, `panel is ${h}px tall`);
    expect((await c.locator('.pick-more select option').count()) > 900, 'the rest in one list');
    await c.locator('button.pick').first().click();
    await waitText(c.locator('.gstates'), 'last:');
    await shot(page, '22-scheduler');
    const one = await card('#/lesson/channels/buffered', 'buffered');
    await one.locator('details.scheduler > summary').click();
    await one.locator('.sched-toggle').click();
    await waitText(one.locator('.sched-q'), 'Nothing to choose');
  });

  await step('22: "set it up" keeps the scheduler panel in view', async () => {
    const c = await card('#/lesson/worker-pool/worker-pool', 'worker-pool');
    await c.locator('details.scheduler > summary').click();
    await c.locator('.sched-toggle').click();
    await c.locator('.challenge-setup').first().click();
    await sleep(500);
    const top = await page.locator('.card[data-example=worker-pool] details.scheduler').evaluate((d) => d.getBoundingClientRect().top);
    expect(top >= -5 && top < 900, `the panel is at ${top}px`);
  });

  await step('23: panels opened in one lesson are closed in the next', async () => {
    const c = await card('#/lesson/channels', 'buffered');
    await c.locator('details.explorer > summary').click();
    await c.locator('.timeline > summary').click();
    await page.click('.pager.next');
    await page.waitForURL((u) => !u.pathname.includes('/channels/'));
    const first = page.locator('.card').first();
    await first.waitFor();
    const open = await first.locator('details').evaluateAll((ds) => ds.filter((d) => d.open).length);
    expect(open === 0, `${open} panels open in the next lesson`);
  });

  await step('24: legend, plot keys, quiz marks and answers kept across a reload', async () => {
    const c = await card('#/lesson/worker-pool/worker-pool', 'worker-pool');
    await c.locator('.timeline > summary').click();
    await c.locator('.tl-lab').first().waitFor({ timeout: 15000 });
    await waitText(c.locator('.tl-legend'), 'close(ch)');
    await c.locator('.tl-plot').focus();
    await page.keyboard.press('.');
    await until(async () => (await c.locator('.step-status').textContent()).startsWith('step 1 of'), 'step 1 from the plot');
    await page.keyboard.press(',');
    await until(async () => (await c.locator('.step-status').textContent()).startsWith('step 0 of'), 'back from the plot');
    const quiz = page.locator('.quiz');
    await quiz.locator('fieldset.question button[data-correct=false]').first().click();
    await waitText(quiz.locator('fieldset.question'), '✗ your answer');
    await waitText(quiz.locator('fieldset.question'), '✓ the right answer');
    await page.reload();
    await page.waitForSelector('.quiz fieldset.question');
    await waitText(page.locator('.quiz fieldset.question'), '✗ your answer');
    await waitText(page.locator('.quiz .score'), '1 answered');
  });

  await step('no console errors anywhere', async () => {
    expect(errors.length === 0, 'console errors:\n' + errors.join('\n'));
  });
} finally {
  await close();
}
finish();
