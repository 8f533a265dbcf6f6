// End-to-end test of the card tools on the release build (dist/): the schedule explorer
// (1000 seeds of select-fairness without freezing the page; throughput on worker-pool
// defaults), the -race toggle (race-counter reports WARNING: DATA RACE, both fixes are clean),
// and "you are the scheduler" (worker-pool's early close made to panic and to hide, the unlocked
// counter made to lose an update in parallel mode, select cases picked by hand).
// Fails on any browser console error; screenshots go to tests/e2e/screenshots/.
//
//   trunk build --release --public-url ./ && node tests/e2e/explorer.mjs
import path from 'node:path';
import { open as openBrowser, runner, waitIn, waitText } from './harness.mjs';

const { srv, page, errors, shots, close } = await openBrowser('explorer');
const { step, expect, finish } = runner();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const shot = (name, el) =>
  (el || page).screenshot({ path: path.join(shots, `${name}.png`), ...(el ? {} : { fullPage: true }) });
async function open(hash, example) {
  await page.goto('about:blank');
  await page.goto(srv.url + hash);
  await page.waitForSelector(`.card[data-example=${example}]`, { timeout: 15000 });
  return page.locator(`.card[data-example=${example}]`);
}

// Explore `runs` seeds in `card`; returns { samples, maxLag, rate, distinct }.
async function explore(card, runs) {
  const ex = card.locator('details.explorer');
  if (!(await ex.evaluate((d) => d.open))) await ex.locator('summary').click();
  await ex.locator('input[type=number]').fill(String(runs));
  await ex.locator('button.explore-go').click();
  const status = ex.locator('.explore-status');
  const samples = [];
  let maxLag = 0;
  const end = Date.now() + 120000;
  for (;;) {
    const t0 = Date.now();
    // A round trip into the page: it only answers between slices of the exploration.
    const v = await page.evaluate((sel) => Number(document.querySelector(sel).value), `.card[data-example] details.explorer[open] progress`);
    maxLag = Math.max(maxLag, Date.now() - t0);
    samples.push(v);
    // Done: every run counted and the explorer idle (a rate is only shown for long explorations).
    if (Number(await status.getAttribute('data-done')) >= runs && !(await ex.locator('button.explore-go').isDisabled())) break;
    expect(Date.now() < end, `exploration did not finish: ${samples.slice(-5)}`);
    await sleep(30);
  }
  return {
    samples,
    maxLag,
    rate: (await status.getAttribute('data-rate')) || 'not measured',
    distinct: Number(await status.getAttribute('data-distinct')),
  };
}

try {
  await step('explore select-fairness over 1000 seeds: progress advances, page responds, many outcomes', async () => {
    // Rounds make each run long enough for the progress bar to be seen moving.
    const card = await open('#/lesson/select/select-fairness?rounds=20000', 'select-fairness');
    const r = await explore(card, 1000);
    const mid = new Set(r.samples.filter((v) => v > 0 && v < 1000));
    expect(mid.size >= 2, `progress bar advanced through ${[...mid]} (samples ${r.samples.slice(0, 20)})`);
    expect(r.maxLag < 1000, `page answered within ${r.maxLag} ms`);
    expect(r.distinct >= 20, `distinct outcomes: ${r.distinct}`);
    console.log(`     select-fairness: 1000 runs, ${r.distinct} outcomes, ${r.rate} runs/s, longest page answer ${r.maxLag} ms`);
    await shot('explorer-1-select-fairness', card);
    // Picking an outcome loads its seed in the card.
    const b = card.locator('button.outcome').nth(1);
    const seed = await b.getAttribute('data-seed');
    await b.click();
    await waitText(card.locator('.seed output'), seed);
    expect(page.url().includes(`seed=${seed}`), page.url());
  });

  await step('explore worker-pool defaults: one outcome, throughput', async () => {
    const card = await open('#/lesson/worker-pool/worker-pool', 'worker-pool');
    const r = await explore(card, 1000);
    expect(r.distinct === 1, `distinct outcomes: ${r.distinct}`);
    console.log(`     worker-pool defaults: ${r.rate} runs/s in Chromium (1000 runs)`);
  });

  await step('race-counter with -race reports WARNING: DATA RACE; fix=mutex and fix=atomic are clean', async () => {
    const card = await open('#/lesson/race-detector/race-counter', 'race-counter');
    expect(await card.locator('.runopts input[name=race]').isChecked(), '-race on by default');
    const t = card.locator('.terminal').first();
    await waitText(t, 'WARNING: DATA RACE');
    expect((await card.locator('.tl.fatal', { hasText: 'WARNING: DATA RACE' }).count()) > 0, 'race report styled as a report');
    await shot('explorer-2-race', card);
    for (const fix of ['mutex', 'atomic']) {
      const runs = Number(await t.getAttribute('data-runs'));
      await card.locator('select[name=fix]').selectOption(fix);
      await waitIn(
        page,
        (n) => {
          const el = document.querySelector('.card[data-example=race-counter] .terminal');
          return Number(el.dataset.runs) > n && !el.classList.contains('running');
        },
        runs,
        { timeout: 10000 },
      );
      const txt = await t.textContent();
      expect(txt.includes('final count'), `${fix}: the run finished: ${txt.slice(0, 300)}`);
      expect(!txt.includes('DATA RACE'), `${fix} run still races: ${txt.slice(0, 300)}`);
    }
    // Without -race the racy counter runs quietly, and the link says so.
    await card.locator('select[name=fix]').selectOption('none');
    await card.locator('.runopts input[name=race]').uncheck();
    await sleep(500);
    expect(!(await t.textContent()).includes('DATA RACE'), 'no race report without -race');
    expect(page.url().includes('race=0'), page.url());
  });

  await step('GOMAXPROCS selector is part of the link', async () => {
    const card = await open('#/lesson/worker-pool/worker-pool?procs=4', 'worker-pool');
    const sel = card.locator('.runopts select');
    expect((await sel.inputValue()) === '4', 'procs=4 from the link');
    await sel.selectOption('2');
    await sleep(200);
    expect(page.url().includes('procs=2'), page.url());
    expect((await card.locator('.runopts select').count()) === 1, 'one selector');
    const rm = await open('#/lesson/race-detector/race-map', 'race-map');
    expect((await rm.locator('.runopts select').count()) === 0, 'the gomaxprocs parameter is the control');
  });

  await step('deadlock explanations beside the report, highlighting their line', async () => {
    const card = await open('#/lesson/worker-pool/worker-pool?close_jobs=false', 'worker-pool');
    await waitText(card.locator('.terminal').first(), 'deadlock', 10000);
    const ex = card.locator('.explain');
    await ex.waitFor({ state: 'visible', timeout: 10000 });
    const b = ex.locator('button.explain-line').first();
    const line = await b.getAttribute('data-line');
    await b.click();
    expect((await card.locator(`pre.code .line.explained[data-line="${line}"]`).count()) === 1, 'line marked');
    await shot('explorer-3-explain', card);
  });

  // Play the scheduler in the open panel `s` with `choose(buttons)` (gids, in order) until the
  // program ends; returns the picks made.
  async function play(s, choose) {
    const picks = [];
    for (let i = 0; i < 300; i++) {
      if ((await s.locator('.sched-term').getAttribute('data-done')) === 'true') return picks;
      const cases = s.locator('button.pick-case');
      if (await cases.count()) {
        await cases.first().click();
        picks.push('c' + (await cases.first().getAttribute('data-case').catch(() => '?')));
        continue;
      }
      const buttons = s.locator('button.pick');
      const gids = await buttons.evaluateAll((bs) => bs.map((b) => b.dataset.gid));
      expect(gids.length >= 2, `a decision offers ${gids.length} goroutines`);
      const g = choose(gids, picks);
      picks.push(g);
      await s.locator(`button.pick[data-gid="${g}"]`).click();
    }
    throw new Error(`the program did not end after 300 picks: ${picks}`);
  }
  // Open `example`, take over the scheduler, follow the challenge's "set it up" link.
  async function setUp(lesson, example, challenge) {
    const card = await open(`#/lesson/${lesson}/${example}`, example);
    const s = card.locator('details.scheduler');
    await s.locator('summary').click();
    await s.locator('button.sched-toggle').click();
    await s.locator(`.challenge[data-challenge=${challenge}] a.challenge-setup`).click();
    for (let i = 0; i < 400 && !page.url().includes('sched='); i++) await sleep(25);
    const s2 = page.locator(`.card[data-example=${example}] details.scheduler`);
    await s2.locator('.sched-choices button.pick').first().waitFor({ timeout: 10000 });
    return s2;
  }
  const prefer = (want) => (gids) => (gids.includes(want) ? want : gids.find((g) => g !== want) || gids[0]);

  await step('you are the scheduler: the early close in worker-pool panics when main runs ahead', async () => {
    const s = await setUp('worker-pool', 'worker-pool', 'panic');
    expect(page.url().includes('close_after_wait=false') && page.url().includes('procs=2'), page.url());
    expect((await s.locator('.pick-proc').count()) >= 2, 'parallel mode: each choice names its processor');
    const picks = await play(s, prefer('1'));
    const t = await waitText(s.locator('.sched-term'), 'send on closed channel');
    expect(t.includes('exit status 2'), t.slice(-200));
    await waitText(s.locator('.challenge.met[data-challenge=panic]'), 'Challenge met');
    expect(page.url().includes('sched=' + picks.join('.')), `${page.url()} has the picks ${picks}`);
    await shot('explorer-4-scheduler', page.locator('.card[data-example=worker-pool]'));
    // The link replays the same schedule.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    const s2 = page.locator('.card[data-example=worker-pool] details.scheduler');
    await waitText(s2.locator('.sched-term'), 'send on closed channel', 15000);
  });

  await step('you are the scheduler: the same bug hides when the workers run first', async () => {
    const s = await setUp('worker-pool', 'worker-pool', 'survive');
    await play(s, (gids) => gids.find((g) => g !== '1') || gids[0]);
    const t = await waitText(s.locator('.sched-term'), 'sum of squares');
    expect(!t.includes('panic'), t.slice(-200));
    await waitText(s.locator('.challenge.met[data-challenge=survive]'), 'Challenge met');
  });

  await step('you are the scheduler: with jobs never closed, the workers first reach the deadlock', async () => {
    const s = await setUp('worker-pool', 'worker-pool', 'deadlock');
    expect(page.url().includes('close_jobs=false'), page.url());
    await play(s, (gids) => gids.find((g) => g !== '1') || gids[0]);
    await waitText(s.locator('.sched-term'), 'all goroutines are asleep');
    await waitText(s.locator('.challenge.met[data-challenge=deadlock]'), 'Challenge met');
  });

  await step('you are the scheduler: the unlocked counter loses an update', async () => {
    const s = await setUp('sync', 'mutex-counter', 'lost-update');
    // Main runs ahead (it starts both goroutines), then the two alternate: read, read, write, write.
    const picks = await play(s, (gids, done) => {
      if (gids.includes('1')) return '1';
      const last = done[done.length - 1];
      return gids.find((g) => g !== last) || gids[0];
    });
    const t = await waitText(s.locator('.sched-term'), 'final count: 1');
    await waitText(s.locator('.challenge.met[data-challenge=lost-update]'), 'Challenge met');
    expect(picks.length >= 4, `${picks}`);
  });

  await step('you are the scheduler: pick which ready select case fires', async () => {
    // Rounds make each run long enough for the progress bar to be seen moving.
    const card = await open('#/lesson/select/select-fairness?rounds=20000', 'select-fairness');
    const s = card.locator('details.scheduler');
    await s.locator('summary').click();
    await s.locator('button.sched-toggle').click();
    // The code view marks where main is waiting: the select's line.
    await s.locator('button.pick-case').first().waitFor();
    const selLine = await card.locator('pre.code .line', { hasText: 'select {' }).getAttribute('data-line');
    const css = await s.locator('style').textContent();
    expect(css.includes(`data-line="${selLine}"`) && css.includes('#1'), `select line ${selLine} marked: ${css.slice(0, 200)}`);
    expect((await s.locator('.sched-q').textContent()).includes(`line ${selLine}`), 'the question names the line');
    for (let i = 0; i < 3; i++) {
      const b = s.locator('button.pick-case[data-case="1"]');
      await b.waitFor();
      expect((await s.locator('button.pick-case').count()) === 2, 'both cases are ready');
      expect((await b.textContent()).includes('case <-b'), await b.textContent());
      await b.click();
    }
    await s.locator('button.sched-rest').click();
    const t = await waitText(s.locator('.sched-term'), 'case b won');
    expect(page.url().includes('sched=c1.c1.c1.go'), page.url());
    // A malformed schedule in a link is explained, and the mode starts from the beginning.
    const bad = await open('#/lesson/select/select-fairness?sched=c1.zz', 'select-fairness');
    await waitText(bad.locator('details.scheduler .error'), '`zz` is not a goroutine id');
    await bad.locator('details.scheduler button.pick-case').first().waitFor();
  });

  await step('scheduler at phone width', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(200);
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(w <= 380, `no horizontal scroll at 375px (scrollWidth ${w})`);
    await shot('explorer-5-phone', page.locator('.card[data-example=select-fairness]'));
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('leaving the lesson during an exploration is quiet', async () => {
    // Rounds make each run long enough for the progress bar to be seen moving.
    const card = await open('#/lesson/select/select-fairness?rounds=20000', 'select-fairness');
    const ex = card.locator('details.explorer');
    await ex.locator('summary').click();
    await ex.locator('input[type=number]').fill('1000');
    await ex.locator('button.explore-go').click();
    await waitIn(page, () => Number(document.querySelector('.card[data-example=select-fairness] .explore-status').dataset.done) > 0);
    await page.evaluate(() => { location.hash = '#/'; });
    await page.waitForSelector('.lesson-tile');
    await sleep(500);
  });

  await step('no console errors', async () => {
    expect(errors.length === 0, errors.join('\n'));
  });
} finally {
  await close();
}
finish();
