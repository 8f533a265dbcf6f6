// End-to-end test of the goroutine timeline and stepper (src/ui/timeline.rs, stepper.rs) on
// the release build: lanes for the worker pool, hover details and code highlight, stepping
// forward and back (the goroutine list changes and comes back), keyboard stepping, the
// aggregate lane above 100 goroutines, a 100000-job run that must not freeze the page, the
// virtual-time axis (duration labels, idle gaps, the cursor while stepping), processor rows
// with GOMAXPROCS=2 (the example's parameter and the card's selector), 375px width, and no
// console errors. Screenshots go to tests/e2e/screenshots/timeline-*.png.
//
//   trunk build --release --public-url ./ && node tests/e2e/timeline.mjs
import path from 'node:path';
import { open, runner } from './harness.mjs';

const { srv, page, errors, shots, close } = await open('timeline');
const { step, expect, finish } = runner();
const shot = (name) => page.screenshot({ path: path.join(shots, `timeline-${name}.png`), fullPage: true });
async function until(fn, what, timeout = 8000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn().catch((e) => e);
    if (last === true) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
}
const card = () => page.locator('.card[data-example=worker-pool]');
const glist = async () => (await card().locator('.glist tbody').textContent()) || '';
async function openTimeline(c) {
  await c.locator('.timeline > summary').click();
  await c.locator('.tl-lab').first().waitFor({ timeout: 15000 });
}
// Open `hash`, wait for the card of `example`, open its timeline; returns the card.
async function cardWithTimeline(hash, example) {
  await page.goto(srv.url + hash);
  const c = page.locator(`.card[data-example=${example}]`);
  await c.waitFor({ timeout: 15000 });
  await openTimeline(c);
  return c;
}

try {
  await step('worker-pool card shows lanes for main and the 3 workers', async () => {
    await cardWithTimeline('#/lesson/worker-pool', 'worker-pool');
    const labs = await card().locator('.tl-lab').allTextContents();
    for (const want of ['main.main #1', 'main.worker #7', 'main.worker #8', 'main.worker #9']) {
      expect(labs.includes(want), `lane ${want} in ${JSON.stringify(labs)}`);
    }
    expect(labs.length === 4, `4 lanes, got ${labs.length}`);
    const titles = await card().locator('.tl-svg rect.seg.blocked title').allTextContents();
    expect(titles.includes('sync.WaitGroup.Wait'), `main waits on the WaitGroup: ${JSON.stringify(titles)}`);
    expect((await card().locator('.tl-svg .link').count()) > 0, 'a wake-up hand-off is drawn');
    expect((await card().locator('.tl-svg .close').count()) > 0, 'channel closes are marked');
    expect((await card().locator('.tl-log li').count()) > 10, 'the event log lists events');
  });

  await step('hovering a segment shows its event and highlights its Go line', async () => {
    await card().locator('.tl-svg rect.seg.blocked').first().hover();
    const info = await card().locator('.tl-info').textContent();
    expect(/main\.main #1: sync\.WaitGroup\.Wait from 0s · main\.go:\d+/.test(info), `info: ${info}`);
    const line = info.match(/main\.go:(\d+)/)[1];
    const bg = await card()
      .locator(`.code .line[data-line="${line}"]`)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg !== 'rgba(0, 0, 0, 0)', `line ${line} highlighted (background ${bg})`);
    await shot('hover');
  });

  await step('keyboard moves between segments', async () => {
    await card().locator('.tl-plot').focus();
    await page.keyboard.press('Home');
    const a = await card().locator('.tl-info').textContent();
    await page.keyboard.press('ArrowDown');
    const b = await card().locator('.tl-info').textContent();
    expect(a.startsWith('main.main #1') && b.startsWith('main.worker'), `Home then Down: ${a} / ${b}`);
  });

  await step('step forward and back: the goroutine list changes and comes back', async () => {
    const fwd = card().getByRole('button', { name: 'Step forward one scheduling decision' });
    const back = card().getByRole('button', { name: 'Step back one scheduling decision' });
    await fwd.click();
    await until(async () => (await card().locator('.step-status').textContent()).startsWith('step 1 of'), 'step 1');
    const s1 = await glist();
    expect(s1.includes('main.main') && s1.includes('main.worker'), `goroutines at step 1: ${s1}`);
    await fwd.click();
    await until(async () => (await card().locator('.step-status').textContent()).startsWith('step 2 of'), 'step 2');
    const s2 = await glist();
    expect(s2 !== s1, `the list changes at step 2: ${s2}`);
    await back.click();
    await until(async () => (await card().locator('.step-status').textContent()).startsWith('step 1 of'), 'back to step 1');
    expect((await glist()) === s1, 'step back shows step 1 again');
    const css = await card().locator('details.timeline style').first().textContent();
    expect(/data-line="\d+"\]::after/.test(css), 'the code view marks where goroutines are');
    await shot('stepping');
  });

  await step('keyboard stepping and scrubbing', async () => {
    await card().getByRole('button', { name: 'Step forward one scheduling decision' }).focus();
    await page.keyboard.press('.');
    await until(async () => (await card().locator('.step-status').textContent()).startsWith('step 2 of'), 'step 2 by key');
    await page.keyboard.press(',');
    await until(async () => (await card().locator('.step-status').textContent()).startsWith('step 1 of'), 'step 1 by key');
    await card().locator('.scrub').fill('0');
    await until(async () => (await card().locator('.step-status').textContent()).startsWith('step 0 of'), 'scrub to 0');
    const s0 = await glist();
    expect(s0.includes('main.main') && !s0.includes('main.worker'), `only main at step 0: ${s0}`);
    await page.keyboard.press('Escape');
    await card().getByRole('button', { name: 'Leave stepping and show the whole run' }).click();
    await until(async () => (await card().locator('.step-status').textContent()).startsWith('Showing the whole run'), 'whole run');
  });

  await step('more than 100 goroutines collapse into an aggregate lane', async () => {
    const c = await cardWithTimeline('#/lesson/race-detector/race-counter?goroutines=150', 'race-counter');
    const labs = await c.locator('.tl-lab').allTextContents();
    expect(labs.length === 101, `100 lanes and an aggregate one, got ${labs.length}`);
    expect(/^\d+ more$/.test(labs[100]), `aggregate lane: ${labs[100]}`);
    expect((await c.locator('.tl-note').textContent()).includes('share the last lane'), 'the note says so');
    await shot('many');
  });

  await step('a 100000-job run stays responsive and says what it cut', async () => {
    await page.goto(srv.url + '#/lesson/worker-pool/worker-pool?jobs=100000&buffer=100000');
    await card().waitFor({ timeout: 15000 });
    const t0 = Date.now();
    await openTimeline(card());
    const ms = Date.now() - t0;
    const note = await card().locator('.tl-note').textContent();
    expect(note.includes('only the first'), `note: ${note}`);
    expect((await card().locator('.tl-svg rect').count()) < 20000, 'drawing is capped');
    console.log(`     timeline for 100000 jobs drawn in ${ms} ms`);
    expect(ms < 10000, `drawn in ${ms} ms`);
  });

  await step('virtual-time axis: duration labels and compressed idle gaps (rwmutex-cache)', async () => {
    const c = await cardWithTimeline('#/lesson/sync/rwmutex-cache', 'rwmutex-cache');
    const ticks = await c.locator('.tl-svg .tick-l').allTextContents();
    expect(ticks[0] === '0s', `the axis starts at 0s: ${JSON.stringify(ticks)}`);
    expect(ticks.some((t) => /^\d+(\.\d+)?(ms|s)$/.test(t) && t !== '0s'), `a duration label: ${JSON.stringify(ticks)}`);
    const gaps = c.locator('.tl-svg g.gap');
    expect((await gaps.count()) > 0, 'idle time is drawn as gaps');
    const gt = await gaps.first().locator('title').textContent();
    expect(/^\d+(\.\d+)?(ms|s|µs) passes/.test(gt), `gap title: ${gt}`);
    // Labels never overlap.
    const boxes = await c.locator('.tl-svg .tick-l').evaluateAll((els) =>
      els.map((e) => {
        const b = e.getBBox();
        return { x: b.x, width: b.width };
      }),
    );
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].x >= boxes[i - 1].x + boxes[i - 1].width, `tick ${i} overlaps the previous one`);
    }
    const note = await c.locator('.tl-note').textContent();
    expect(/of virtual time/.test(note), `note: ${note}`);
    // The cursor follows stepping on the new axis: step 1 is left of the whole run's end.
    const left = async () => parseFloat((await c.locator('.tl-cursor').getAttribute('style')).match(/left:([\d.]+)px/)[1]);
    const whole = await left();
    const width = await c.locator('.tl-svg').evaluate((e) => e.width.baseVal.value);
    expect(whole > width / 2 && whole <= width, `cursor at the end: ${whole} of ${width}`);
    await c.getByRole('button', { name: 'Step forward one scheduling decision' }).click();
    await until(async () => (await c.locator('.step-status').textContent()).startsWith('step 1 of'), 'step 1');
    const s1 = await left();
    expect(s1 > 0 && s1 < whole, `cursor at step 1: ${s1}`);
    await c.locator('.scrub').fill('20');
    await until(async () => (await c.locator('.step-status').textContent()).startsWith('step 20 of'), 'scrub to 20');
    const s20 = await left();
    expect(s20 > s1 && s20 <= whole, `cursor moves right when scrubbing: ${s1} -> ${s20}`);
    await c.locator('.tl-svg rect.seg.running').first().hover();
    expect(/running from/.test(await c.locator('.tl-info').textContent()), 'hover on one processor: "running from"');
    expect((await c.locator('.tl-plab').count()) === 0, 'no processor rows with GOMAXPROCS=1');
    await shot('axis');
  });

  await step('during playback the cursor moves through sleeps, where nothing prints', async () => {
    // Readers sleep 600ms inside the lock; the terminal prints only at the end.
    const c = await cardWithTimeline('#/lesson/sync/rwmutex-cache?read_ms=600&write_ms=600&readers=2&writers=1', 'rwmutex-cache');
    await c.getByRole('button', { name: 'Run' }).first().click();
    const seen = [];
    for (let i = 0; i < 40; i++) {
      const running = await c.locator('.terminal').evaluate((e) => e.classList.contains('running'));
      if (!running) break;
      const lines = await c.locator('.terminal .tl').count();
      const st = (await c.locator('.tl-cursor').getAttribute('style')) || '';
      const m = st.match(/left:([\d.]+)px/);
      if (m) seen.push({ x: parseFloat(m[1]), lines });
      await new Promise((r) => setTimeout(r, 60));
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i].x >= seen[i - 1].x, `the cursor never goes back: ${JSON.stringify(seen)}`);
    const silent = seen.filter((s, i) => i > 0 && s.lines === seen[i - 1].lines && s.x > seen[i - 1].x);
    expect(silent.length >= 3, `the cursor moved while no output appeared: ${JSON.stringify(seen)}`);
  });

  await step('GOMAXPROCS=2: a row per processor and running segments name their P (mutex-counter)', async () => {
    const c = await cardWithTimeline('#/lesson/sync/mutex-counter?goroutines=4&gomaxprocs=2&lock=false', 'mutex-counter');
    const rows = await c.locator('.tl-plab').allTextContents();
    expect(JSON.stringify(rows) === '["P0","P1"]', `processor rows: ${JSON.stringify(rows)}`);
    for (const p of ['0', '1']) {
      const blk = c.locator(`.tl-svg rect.pblk[data-p="${p}"]`);
      expect((await blk.count()) > 0, `P${p} has blocks`);
      const aria = await blk.first().getAttribute('aria-label');
      expect(new RegExp(`^P${p}: main\\.main(\\.func1)? #\\d+$`).test(aria), `P${p} block label: ${aria}`);
    }
    const titles = await c.locator('.tl-svg rect.seg.running title').allTextContents();
    expect(titles.includes('running on P0') && titles.includes('running on P1'), `running titles: ${[...new Set(titles)]}`);
    expect((await c.locator('.tl-svg text.seg-p').count()) > 0, 'P labels inside running segments');
    const i = titles.indexOf('running on P1');
    await c.locator('.tl-svg rect.seg.running').nth(i).hover();
    const info = await c.locator('.tl-info').textContent();
    expect(/: running on P1 from 0s/.test(info), `hover: ${info}`);
    const note = await c.locator('.tl-note').textContent();
    expect(/2 processors: P0 ran #\d+.*; P1 ran #\d+/.test(note), `note: ${note}`);
    await shot('procs');
  });

  await step('the card GOMAXPROCS selector reaches the timeline (worker-pool, procs=2)', async () => {
    await cardWithTimeline('#/lesson/worker-pool/worker-pool?procs=2', 'worker-pool');
    await until(async () => (await card().locator('.tl-plab').count()) === 2, 'two processor rows');
    await card().locator('select[aria-label^="GOMAXPROCS"]').selectOption('1');
    await until(async () => (await card().locator('.tl-plab').count()) === 0, 'rows gone with GOMAXPROCS=1');
    expect((await card().locator('.tl-lab').count()) === 4, 'still the 4 lanes');
  });

  await step('fits a 375px screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await cardWithTimeline('#/lesson/worker-pool', 'worker-pool');
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(over <= 0, `page overflows by ${over}px`);
    await shot('narrow');
  });

  await step('no console errors', async () => {
    expect(errors.length === 0, 'console errors:\n' + errors.join('\n'));
  });
} finally {
  await close();
}
finish();
