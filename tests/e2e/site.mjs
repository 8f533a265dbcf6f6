// End-to-end test of the course pages (release build in dist/): the home page's phases with
// progress and quick checks, where a lesson sits, the search (by a Go identifier, from the
// keyboard), quiz files embedded from elsewhere (`embed/quiz/?src=`, given as old `#/` links), and exercises (the
// solution passes Check; a racy one is rejected with its failing seed; the embed reports the
// result). Fails on any browser console error.
//
//   trunk build --release --public-url ./ && node tests/e2e/site.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { open, runner, waitText } from './harness.mjs';
import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lessons = path.join(root, 'lessons');
const course = JSON.parse(fs.readFileSync(path.join(lessons, 'course.json'), 'utf8'));

/** The course's exercises on disk: { lesson, id, solution }. */
function exercises() {
  const out = [];
  for (const ph of course.phases) {
    for (const l of ph.lessons) {
      const lj = JSON.parse(fs.readFileSync(path.join(lessons, l, 'lesson.json'), 'utf8'));
      for (const x of lj.exercises || []) {
        const solution = fs.readFileSync(path.join(lessons, l, 'exercises', x.id, 'solution.go'), 'utf8');
        out.push({ lesson: l, id: x.id, solution });
      }
    }
  }
  return out;
}

/** An exercise whose solution guards shared state with a mutex, and that solution with every
 * Lock/Unlock removed: a racy answer. */
function mutexExercise() {
  const x = exercises().find((x) => /\.Lock\(\)/.test(x.solution) && /\.Unlock\(\)/.test(x.solution));
  if (!x) throw new Error('no exercise in the course has a solution with a mutex');
  const racy = x.solution
    .split('\n')
    .filter((l) => !/\.(R?Lock|R?Unlock)\(\)/.test(l))
    .join('\n');
  return { ...x, racy };
}

const { srv, ctx, page, errors, shots, close, watch, dist } = await open('site');
const { step, expect, finish } = runner();
// Where the site is served (`/course/sub/`): the app's links are paths from the host.
const sitePath = new URL(srv.url).pathname;
const shot = (p, name) => p.screenshot({ path: path.join(shots, `site-${name}.png`), fullPage: true });
const broken = {
  'test-quiz-broken.json': JSON.stringify([
    { q: 'Fine?', choices: ['yes', 'no'], answer: 5 },
    { q: 'One choice', choices: ['only'], answer: 0 },
    { q: 'Empty choice', choices: ['a', ''], answer: 0 },
  ]),
  'test-quiz-notjson.json': '[{"q": "a",\n "choices": [}',
  'test-quiz-unsafe.json': JSON.stringify([
    {
      q: 'Is <img src=x onerror="window.pwned=1"> text? [click](javascript:window.pwned=2)',
      choices: ['<b>yes</b>', 'no [site](https://go.dev/)'],
      answer: 0,
      explain: '<script>window.pwned=3</script>',
    },
  ]),
};

try {
  for (const [name, text] of Object.entries(broken)) fs.writeFileSync(path.join(dist, name), text);

  await step('home: every phase with its lessons and progress', async () => {
    await page.goto(srv.url);
    // The app replaces the pre-rendered page first: counting blocks during that swap finds
    // some missing.
    await page.waitForSelector('#prerendered', { state: 'detached', timeout: 15000 });
    await page.waitForSelector('.phase-block', { timeout: 15000 });
    for (const ph of course.phases) {
      const block = page.locator(`.phase-block[data-phase="${ph.id}"]`);
      expect((await block.count()) === 1, `phase ${ph.id} shown`);
      expect((await block.locator('.lesson-tile').count()) === ph.lessons.length, `${ph.id}: ${ph.lessons.length} lessons`);
      const text = await block.locator('.phase-progress').textContent();
      const want = new RegExp(`0/${ph.lessons.length} lessons visited · 0/\\d+ quizzes passed · 0/\\d+ exercises solved`);
      expect(want.test(text), `${ph.id}: ${text}`);
    }
    await shot(page, '01-home');
  });

  await step('a lesson says where it sits; visiting it counts', async () => {
    const ph = course.phases.find((p) => p.lessons.length >= 2);
    const id = ph.lessons[1];
    await page.goto(srv.url + `lesson/${id}/`);
    await waitText(page.locator('nav.crumbs'), `lesson 2 of ${ph.lessons.length}`);
    expect((await page.locator('nav.crumbs a[rel=prev]').getAttribute('href')) === `${sitePath}lesson/${ph.lessons[0]}/`, 'previous');
    expect((await page.locator('nav.crumbs a[rel=next]').count()) === 1, 'next');
    await page.goto(srv.url);
    await waitText(page.locator(`.phase-block[data-phase="${ph.id}"] .phase-progress`), `1/${ph.lessons.length} lessons visited`);
    const first = course.phases[0].lessons[0];
    expect((await page.locator('.continue a').getAttribute('href')) === `${sitePath}lesson/${first}/`, 'continue with the first unvisited lesson');
  });

  await step('search finds a lesson by a Go identifier, from the keyboard', async () => {
    await page.goto(srv.url);
    await page.focus('#search-box');
    await page.keyboard.type('WithTimeout');
    const first = page.locator('#search-results a').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href.startsWith(`${sitePath}lesson/`) && /\/\?ex=[a-z-]+/.test(href), href);
    expect((await page.locator('#search-results .hit.ident').count()) >= 1, 'an identifier hit');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement.closest('#search-results') !== null), 'focus in results');
    await page.keyboard.press('Enter');
    // (The card may add its seed to the address.)
    const at = () => new URL(page.url()).pathname + new URL(page.url()).search;
    for (let i = 0; i < 200 && !at().startsWith(href); i++) await new Promise((r) => setTimeout(r, 25));
    expect(at().startsWith(href), `${page.url()} is not ${href}`);
    await page.waitForSelector('main.lesson');
    await shot(page, '02-search');
  });

  await step('phase quick check: answered, scored and counted as passed', async () => {
    const ph = course.phases.find((p) => fs.existsSync(path.join(lessons, 'phases', `${p.id}.quiz.json`)));
    if (!ph) throw new Error('no phase has a quick check (lessons/phases/*.quiz.json) yet');
    await page.goto(srv.url);
    const block = page.locator(`.phase-block[data-phase="${ph.id}"]`);
    await block.locator('.quick-check summary').click();
    const quiz = block.locator('.quick-check .quiz');
    await quiz.locator('.quiz-head input[type=checkbox]').check();
    const n = await quiz.locator('fieldset.question').count();
    for (let i = 0; i < n; i++) await quiz.locator('fieldset.question').nth(i).locator('button[data-correct=true]').click();
    await waitText(quiz.locator('.score .now'), `Score: ${n} / ${n}`);
    await waitText(block.locator('.phase-progress .passed'), '1/');
  });

  await step('a quiz file from elsewhere: shown with safe Markdown, score posted', async () => {
    const host = await ctx.newPage();
    watch(host);
    const other = await serve(dist, '/blog/');
    await host.goto(other.url + 'embed-host.html');
    await host.evaluate((src) => {
      window.msgs = [];
      addEventListener('message', (e) => window.msgs.push(e.data));
      const f = document.createElement('iframe');
      f.id = 'qz';
      f.src = src;
      f.style.width = '800px';
      f.style.height = '600px';
      document.body.appendChild(f);
    }, srv.url + '#/embed/quiz?src=' + encodeURIComponent('static/quiz-sample.json'));
    const qz = host.frameLocator('#qz');
    await qz.locator('fieldset.question').first().waitFor({ timeout: 15000 });
    expect((await qz.locator('legend code').count()) >= 1, 'Markdown code in a question');
    await qz.locator('.quiz-head input[type=checkbox]').check();
    const n = await qz.locator('fieldset.question').count();
    for (let i = 0; i < n; i++) await qz.locator('fieldset.question').nth(i).locator('button[data-correct=true]').click();
    const link = qz.locator('.feedback a').first();
    expect((await link.getAttribute('href')).startsWith('https://'), 'an http(s) link in an explanation');
    expect((await link.getAttribute('target')) === '_blank', 'opens in a new tab');
    await host.waitForFunction((n) => window.msgs.some((m) => m && m.type === 'chanlab:quiz' && m.score === n && m.total === n), n);
    await host.waitForFunction(() => window.msgs.some((m) => m && m.type === 'chanlab:height' && m.height > 100));
    await shot(host, '03-quiz-file');
    await host.close();
    await other.close();
  });

  await step('a broken quiz file: every problem listed', async () => {
    await page.goto(srv.url + '#/embed/quiz?src=test-quiz-broken.json');
    const box = page.locator('.quiz-problems');
    await waitText(box, 'question 1: answer 5 is out of range (0..1)');
    await waitText(box, 'question 2: needs at least 2 choices, has 1');
    await waitText(box, 'question 3: choice 2 is empty');
    await page.goto(srv.url + '#/embed/quiz?src=test-quiz-notjson.json');
    await waitText(page.locator('.quiz-problems'), 'not JSON');
    await waitText(page.locator('.quiz-problems'), 'line 2');
    await page.goto(srv.url + '#/embed/quiz?src=' + encodeURIComponent('javascript:alert(1)'));
    await waitText(page.locator('.quiz-problems'), 'only http(s) addresses');
    await shot(page, '04-quiz-broken');
  });

  await step('a quiz file never becomes markup: raw HTML is text, only http(s) links', async () => {
    await page.goto(srv.url + '#/embed/quiz?src=test-quiz-unsafe.json');
    const q = page.locator('fieldset.question').first();
    await waitText(q.locator('legend'), '<img src=x');
    expect((await q.locator('img, script, b').count()) === 0, 'no element from the file');
    expect((await q.locator('a[href^="javascript"]').count()) === 0, 'no javascript: link');
    await q.locator('button[data-correct=true]').click();
    await waitText(q.locator('.feedback'), '<script>');
    expect(await page.evaluate(() => window.pwned === undefined), 'nothing ran');
  });

  const x = mutexExercise();
  const card = page.locator(`.exercise[data-exercise="${x.id}"]`);
  await step(`exercise ${x.id}: the solution passes Check`, async () => {
    await page.goto(srv.url + `lesson/${x.lesson}/?ex=${x.id}`);
    await card.waitFor();
    await card.locator('.show-solution').click();
    await card.locator('.confirm-yes').click();
    expect((await card.locator('textarea').inputValue()) === x.solution, 'solution in the editor');
    await card.locator('button.check').click();
    await card.locator('.check-progress').waitFor({ timeout: 5000 }).catch(() => {});
    await card.locator('.verdict[data-result=passed]').waitFor({ timeout: 120000 });
    await waitText(card.locator('.verdict'), 'Passed');
    await shot(page, '05-exercise-passed');
    await page.goto(srv.url);
    const ph = course.phases.find((p) => p.lessons.includes(x.lesson));
    await waitText(page.locator(`.phase-block[data-phase="${ph.id}"] .phase-progress .solved`), '1/');
  });

  await step(`exercise ${x.id}: a racy answer is rejected with its failing seed, which re-runs`, async () => {
    await page.goto(srv.url + `lesson/${x.lesson}/?ex=${x.id}`);
    await card.waitFor();
    expect((await card.locator('textarea').inputValue()) === x.solution, 'the passing code was kept');
    await card.locator('textarea').fill(x.racy);
    await card.locator('button.check').click();
    await card.locator('.verdict[data-result=failed]').waitFor({ timeout: 120000 });
    const seed = await card.locator('.verdict').getAttribute('data-seed');
    expect(/^\d+$/.test(seed), `failing seed ${seed}`);
    await waitText(card.locator('.test-output'), 'FAIL');
    await card.locator('button.rerun').click();
    await waitText(card.locator('.test-output .cmd'), `-v`);
    await waitText(card.locator('.test-output .cmd'), `seed ${seed}`);
    await shot(page, '06-exercise-racy');
  });

  await step('keyboard only: Run tests, a hint, Check from the keyboard', async () => {
    await page.goto(srv.url + `lesson/${x.lesson}/?ex=${x.id}`);
    await card.waitFor();
    await card.locator('button.run-tests').focus();
    await page.keyboard.press('Enter');
    await waitText(card.locator('.test-output .cmd'), 'go test -race -v');
    if ((await card.locator('.hint-next').count()) > 0) {
      await card.locator('.hint-next').focus();
      await page.keyboard.press('Enter');
      await card.locator('.hint-list li').first().waitFor();
      expect((await card.locator('.hint-list li').count()) === 1, 'one hint shown');
    }
    await card.locator('button.check').focus();
    await page.keyboard.press(' ');
    await card.locator('.verdict[data-result=failed], .verdict[data-result=passed]').waitFor({ timeout: 120000 });
  });

  await step('an embedded exercise posts its result and height', async () => {
    const host = await ctx.newPage();
    watch(host);
    const other = await serve(dist, '/blog/');
    await host.goto(other.url + 'embed-host.html');
    await host.evaluate((src) => {
      window.msgs = [];
      addEventListener('message', (e) => window.msgs.push(e.data));
      const f = document.createElement('iframe');
      f.id = 'xf';
      f.src = src;
      f.style.width = '900px';
      f.style.height = '800px';
      document.body.appendChild(f);
    }, srv.url + `#/embed/exercise/${x.id}`);
    const xf = host.frameLocator('#xf');
    await xf.locator('.show-solution').click();
    await xf.locator('.confirm-yes').click();
    await xf.locator('button.check').click();
    expect((await xf.locator('.sidebar').count()) === 0, 'minimal chrome');
    await host.waitForFunction((id) => window.msgs.some((m) => m && m.type === 'chanlab:exercise' && m.id === id && m.result === 'passed'), x.id, { timeout: 120000 });
    await host.waitForFunction(() => window.msgs.some((m) => m && m.type === 'chanlab:height' && m.height > 100));
    await shot(host, '07-exercise-embed');
    await host.close();
    await other.close();
  });

  await step('phone width (375 px): home and an exercise fit', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const h of ['', `lesson/${x.lesson}/?ex=${x.id}`]) {
      await page.goto(srv.url + h);
      await page.waitForSelector('main');
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(w <= 375, `${h}: page is ${w}px wide`);
    }
    await shot(page, '08-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('corrupt stored progress: the home page still shows', async () => {
    await page.goto(srv.url);
    await page.evaluate(() => localStorage.setItem('chanlab.progress.v1', '{"visited": 7, "exercises": "x", "ran": {}}'));
    await page.reload();
    await waitText(page.locator('.phase-block .phase-progress').first(), 'lessons visited');
  });

  await step('no console errors anywhere', async () => {
    expect(errors.length === 0, 'console errors:\n' + errors.join('\n'));
  });
} finally {
  for (const name of Object.keys(broken)) fs.rmSync(path.join(dist, name), { force: true });
  await close();
}
finish();
