// End-to-end test of the code editor and the playground (issue 9) on the release build:
// editing worker-pool to drop close(jobs) shows the deadlock at the right lines, a compile
// error shows under its line, Format (and undo), knobs on edited code (patched or
// detached, Reset), edits kept across a reload, share links carrying the code, the
// playground and its starters, the embedded playground posting height and result, hostile
// links, a runaway program, keyboard only, 375 px, and neither console errors nor
// Content-Security-Policy violations.
//
//   trunk build --release --public-url ./ && node tests/e2e/editor.mjs
import path from 'node:path';
import { open, runner, waitIn, waitText } from './harness.mjs';
import { serve } from './server.mjs';

const { srv, ctx, page, errors, shots, close, watch, dist } = await open('editor');
const { step, expect, finish } = runner();
const shot = (p, name) => p.screenshot({ path: path.join(shots, `editor-${name}.png`), fullPage: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every page records the Content-Security-Policy violations it sees.
await ctx.addInitScript(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
});
const cspViolations = [];
async function collectCsp(p) {
  const v = await p.evaluate(() => window.__csp || []).catch(() => []);
  cspViolations.push(...v.map((x) => `${p.url()}: ${x}`));
}

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

const WP = '.card[data-example=worker-pool]';
const area = (p, sel = WP) => p.locator(`${sel} textarea.ed-input`);
const term = (p, sel = WP) => p.locator(`${sel} .terminal`);
const idle = (p, sel = WP) =>
  until(async () => !(await term(p, sel).evaluate((e) => e.classList.contains('running'))), 'run ended', 15000);

/** Select `text` in the editor (the first occurrence) as a learner would, then act on it. */
async function select(p, text, sel = WP) {
  const ok = await area(p, sel).evaluate((t, text) => {
    const i = t.value.indexOf(text);
    if (i < 0) return false;
    t.focus();
    t.setSelectionRange(i, i + text.length);
    return true;
  }, text);
  expect(ok, `${JSON.stringify(text)} is in the editor`);
}
/** The 1-based line of the editor holding `text`. */
const lineOf = (p, text, sel = WP) => area(p, sel).evaluate((t, text) => t.value.split('\n').findIndex((l) => l.includes(text)) + 1, text);
const runKey = async (p) => {
  await p.keyboard.press('Control+Enter');
};

async function openWorkerPool(p = page) {
  await p.goto(srv.url + '#/lesson/worker-pool');
  await p.locator(WP).waitFor({ timeout: 15000 });
  await waitText(term(p), 'sum of squares: 91');
}

try {
  await step('the editor is a labelled textarea over the highlighted code', async () => {
    await page.goto(srv.url + '#/');
    await page.evaluate(() => localStorage.clear());
    await openWorkerPool();
    const label = await area(page).getAttribute('aria-label');
    expect(/Go source of/.test(label), 'aria-label: ' + label);
    const same = await page.evaluate((sel) => {
      const t = document.querySelector(`${sel} textarea.ed-input`);
      const lines = [...document.querySelectorAll(`${sel} pre.ed-view .line`)];
      const text = lines.map((l) => [...l.childNodes].filter((n) => !(n.classList && (n.classList.contains('ln') || n.classList.contains('diag')))).map((n) => n.textContent).join('')).join('\n');
      return text === t.value;
    }, WP);
    expect(same, 'the view shows exactly the textarea text');
    // Both layers put a line at the same height.
    const [ta, pre] = await page.evaluate((sel) => {
      const t = document.querySelector(`${sel} textarea.ed-input`);
      const p = document.querySelector(`${sel} pre.ed-view`);
      return [t.scrollHeight, p.scrollHeight];
    }, WP);
    expect(Math.abs(ta - pre) <= 2, `textarea ${ta}px vs view ${pre}px`);
    await shot(page, '01-editor');
  });

  let deadlockLine = 0;
  await step('drop close(jobs): the deadlock, at the lines where main and the workers wait', async () => {
    const line = await area(page).evaluate((t) => t.value.split('\n').find((l) => l.includes('close(jobs) // no more')));
    await select(page, line + '\n');
    await page.keyboard.press('Delete');
    const code = await area(page).inputValue();
    expect(!code.includes('close(jobs)'), 'close(jobs) removed');
    await runKey(page);
    await waitText(term(page), 'fatal error: all goroutines are asleep - deadlock!');
    deadlockLine = await lineOf(page, 'wg.Wait()');
    const rangeLine = await lineOf(page, 'for n := range jobs');
    const dump = await term(page).textContent();
    expect(dump.includes(`main.go:${deadlockLine}`), `dump names main.go:${deadlockLine}: ${dump}`);
    const marked = await page.locator(`${WP} pre.ed-view .line.reported`).evaluateAll((ls) => ls.map((l) => Number(l.dataset.line)));
    expect(marked.includes(deadlockLine) && marked.includes(rangeLine), `reported lines ${marked} include ${deadlockLine} and ${rangeLine}`);
    expect(page.url().includes('code='), 'the URL carries the code: ' + page.url());
    await shot(page, '02-deadlock');
  });

  await step('the tools run the edited code: link, timeline, explorer, scheduler', async () => {
    const other = await ctx.newPage();
    watch(other);
    await other.goto(page.url());
    await waitText(term(other), 'fatal error: all goroutines are asleep - deadlock!');
    expect(!(await area(other).inputValue()).includes('close(jobs) //'), 'the link carries the edit');
    await collectCsp(other);
    await other.close();
    await page.click(`${WP} details.timeline > summary`);
    await until(async () => (await page.locator(`${WP} .tl-lab`).count()) >= 4, 'timeline lanes of the edited run');
    await page.click(`${WP} details.explorer > summary`);
    await page.fill('#explore-n-worker-pool', '20');
    await page.click(`${WP} .explore-go`);
    await waitText(page.locator(`${WP} .explore-status`), '20/20 runs');
    await waitText(page.locator(`${WP} .histogram`), 'deadlock');
    await page.click(`${WP} details.scheduler > summary`);
    await page.click(`${WP} .sched-toggle`);
    await page.locator(`${WP} .sched-rest`).click();
    await waitText(page.locator(`${WP} .sched-term`), 'deadlock!');
    await page.click(`${WP} .sched-toggle`);
  });

  await step('an edit survives a reload; Reset puts the example back', async () => {
    await page.reload();
    await page.locator(WP).waitFor();
    await waitText(term(page), 'deadlock!');
    await page.goto(srv.url + '#/lesson/worker-pool');
    await page.locator(WP).waitFor();
    await waitText(term(page), 'deadlock!', 8000);
    expect(!(await area(page).inputValue()).includes('close(jobs) //'), 'stored edit loaded');
    await page.click(`${WP} button.ed-reset`);
    await waitText(term(page), 'sum of squares: 91');
    expect((await area(page).inputValue()).includes('close(jobs) //'), 'reset');
    await page.reload();
    await page.locator(WP).waitFor();
    await waitText(term(page), 'sum of squares: 91');
  });

  await step('a compile error shows under its line with Go\'s message', async () => {
    await select(page, 'sum := 0');
    await page.keyboard.type('sum := undefinedThing');
    await runKey(page);
    const line = await lineOf(page, 'undefinedThing');
    const diag = page.locator(`${WP} pre.ed-view .line[data-line="${line}"] .diag`);
    await waitText(diag, 'undefined: undefinedThing');
    await waitText(term(page), `./main.go:${line}:9: undefined: undefinedThing`);
    await waitText(page.locator(`${WP} .ed-diags`), `main.go:${line}:9: undefined: undefinedThing`);
    // The message sits below its line.
    const [lb, db] = await page.evaluate(
      ([sel, line]) => {
        const l = document.querySelector(`${sel} pre.ed-view .line[data-line="${line}"]`).getBoundingClientRect();
        const d = document.querySelector(`${sel} pre.ed-view .line[data-line="${line}"] .diag`).getBoundingClientRect();
        return [l.bottom, d.top];
      },
      [WP, line],
    );
    expect(Math.abs(lb - db) <= 2, `message top ${db} at the line's bottom ${lb}`);
    await shot(page, '03-compile-error');
    // Typing clears the stale message; the browser's undo takes the typing back.
    await page.keyboard.type(' ');
    await until(async () => (await page.locator(`${WP} .diag`).count()) === 0, 'message cleared');
    await page.keyboard.press('Control+z');
    await until(async () => (await area(page).inputValue()).includes('sum := undefinedThing\n'), 'undo');
  });

  await step('knobs on edited code: intact lines follow the knob, edited ones detach', async () => {
    await page.click(`${WP} button.ed-reset`);
    await waitText(term(page), 'sum of squares: 91');
    await select(page, '"sum of squares:"');
    await page.keyboard.type('"total:"');
    await page.fill('#p-worker-pool-jobs', '10');
    await waitText(term(page), 'total: 385');
    const code = await area(page).inputValue();
    expect(code.includes('n <= 10') && code.includes('"total:"'), 'knob patched into the edit');
    // Edit the workers loop: the workers knob detaches.
    await select(page, 'w <= 3');
    await page.keyboard.type('w < 4');
    await until(async () => await page.locator('#p-worker-pool-workers').isDisabled(), 'workers detached');
    await waitText(page.locator(`${WP} .param.detached`), 'detached');
    expect(!(await page.locator('#p-worker-pool-jobs').isDisabled()), 'jobs still attached');
    await shot(page, '04-detached');
    await page.click(`${WP} button.ed-reset`);
    await until(async () => !(await page.locator('#p-worker-pool-workers').isDisabled()), 'reattached');
    await waitText(term(page), 'sum of squares: 385');
  });

  await step('Format runs gofmt, and undo takes it back', async () => {
    await page.goto(srv.url + '#/play');
    const P = '.card.play';
    await area(page, P).waitFor({ timeout: 15000 });
    const messy = 'package main\nimport "fmt"\nfunc main(){\nx:=[]int{1,2}\nfmt.Println(x)\n}\n';
    await area(page, P).fill(messy);
    await page.click(`${P} button:has-text("Format")`);
    await until(async () => (await area(page, P).inputValue()).includes('\tx := []int{1, 2}'), 'formatted');
    const got = await area(page, P).inputValue();
    expect(got === 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := []int{1, 2}\n\tfmt.Println(x)\n}\n', 'gofmt output: ' + JSON.stringify(got));
    await area(page, P).focus();
    await page.keyboard.press('Control+z');
    await until(async () => (await area(page, P).inputValue()) === messy, 'undo restores the unformatted text');
    await page.keyboard.press('Control+Shift+z');
    if ((await area(page, P).inputValue()) !== got) await page.keyboard.press('Control+y');
    await until(async () => (await area(page, P).inputValue()) === got, 'redo');
  });

  await step('playground: a program runs, a starter loads an example, a shared link reproduces the run', async () => {
    const P = '.card.play';
    await page.goto(srv.url + '#/play');
    await area(page, P).fill(
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tch := make(chan int)\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() { ch <- i }()\n\t}\n\tfor i := 0; i < 3; i++ {\n\t\tselect {\n\t\tcase v := <-ch:\n\t\t\tfmt.Println("got", v)\n\t\t}\n\t}\n}\n',
    );
    await page.click(`${P} .run-bar button.primary`);
    await waitText(term(page, P), 'got 2');
    await page.check(`${P} input[name=race]`);
    await waitText(term(page, P), '$ go run -race main.go');
    await idle(page, P);
    const out = await term(page, P).textContent();
    await page.click(`${P} button[aria-label="Copy a link to this run"]`);
    await page.locator(`${P} .share-note`).waitFor();
    const href = page.url();
    expect(href.includes('/play/?') && href.includes('code=') && href.includes('race=1'), href);
    const other = await ctx.newPage();
    watch(other);
    await other.goto(href);
    await waitText(term(other, P), 'got 2');
    await idle(other, P);
    expect((await term(other, P).textContent()) === out, 'same run from the link');
    expect((await area(other, P).inputValue()).includes('case v := <-ch'), 'same code');
    await collectCsp(other);
    await other.close();
    await page.click('.starters a[data-starter=worker-pool]');
    await waitText(term(page, P), 'sum of squares: 91');
    await shot(page, '05-playground');
  });

  await step('hostile links: damaged, huge and bomb code get a clear message', async () => {
    const P = '.card.play';
    await page.goto(srv.url + '#/play?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E&seed=1');
    await waitText(page.locator(`${P} .code-note`), 'damaged');
    await page.goto(srv.url + '#/play?code=' + 'A'.repeat(70000));
    await waitText(page.locator(`${P} .code-note`), 'too long');
    // Code that is markup stays text.
    const evil = '<img src=x onerror="window.__pwned=1">';
    await area(page, P).fill(`package main\n\n// ${evil}\nfunc main() {}\n`);
    await page.click(`${P} .run-bar button.primary`);
    await sleep(300);
    expect(!(await page.evaluate(() => window.__pwned)), 'markup in code never runs');
    expect((await page.locator(`${P} pre.ed-view img`).count()) === 0, 'no element from the code');
  });

  await step('a program too long for a link: the share note says so plainly', async () => {
    const P = '.card.play';
    await page.goto(srv.url + '#/play');
    await area(page, P).waitFor({ timeout: 15000 });
    const noise = Array.from({ length: 2000 }, () => Math.random().toString(16).slice(2)).join('');
    await area(page, P).fill(`package main\n\n// ${noise}\nfunc main() {}\n`);
    await page.click(`${P} .run-bar button.primary`);
    await page.click(`${P} button[aria-label="Copy a link to this run"]`);
    await waitText(page.locator(`${P} .share-note`), 'too long for a share link');
    expect(!page.url().includes('code='), 'the URL holds no oversized code');
  });

  await step('storage blocked: editing and running still work', async () => {
    const p = await ctx.newPage();
    watch(p);
    await p.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openWorkerPool(p);
    await select(p, '"sum of squares:"');
    await p.keyboard.type('"total:"');
    await p.keyboard.press('Control+Enter');
    await waitText(term(p), 'total: 91');
    await collectCsp(p);
    await p.close();
  });

  let blockedMs = 0;
  await step('a runaway program stops with a message and the page stays usable', async () => {
    const P = '.card.play';
    await page.goto(srv.url + '#/play');
    await area(page, P).fill('package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n');
    const t0 = Date.now();
    await page.click(`${P} .run-bar button.primary`);
    await waitText(term(page, P), 'chanlab:', 60000);
    blockedMs = Date.now() - t0;
    console.log(`     runaway loop stopped after ${blockedMs} ms`);
    await page.fill(`${P} textarea.ed-input`, 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("alive") }\n');
    await page.click(`${P} .run-bar button.primary`);
    await waitText(term(page, P), 'alive');
  });

  await step('a runaway program runs in slices: its output shows as it comes, clicks are answered, Stop ends it', async () => {
    const P = '.card.play';
    await page.goto(srv.url + '#/play');
    await area(page, P).fill('package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tif i%1000 == 0 {\n\t\t\tfmt.Println("at", i)\n\t\t}\n\t}\n}\n');
    await page.click(`${P} .run-bar button.primary`);
    await waitText(term(page, P), 'at 0');
    expect(await term(page, P).evaluate((e) => e.classList.contains('running')), 'the program is still running when its first lines show');
    // The page answers: a timer set now fires promptly, and a click opens the explorer.
    const lag = await page.evaluate(() => new Promise((r) => { const t0 = performance.now(); setTimeout(() => r(performance.now() - t0), 0); }));
    const t0 = Date.now();
    await page.click(`${P} details.explorer summary`);
    const clickMs = Date.now() - t0;
    expect(await page.locator(`${P} details.explorer`).evaluate((d) => d.open), 'the explorer opened while the program ran');
    console.log(`     while a runaway runs: a 0 ms timer fired after ${lag.toFixed(1)} ms, a click took ${clickMs} ms`);
    expect(lag < 200, `the page answers within 200 ms while the program runs (${lag.toFixed(1)} ms)`);
    expect(await term(page, P).evaluate((e) => e.classList.contains('running')), 'the program was still running at Stop');
    await page.click(`${P} .run-bar button:has-text("Stop")`);
    await waitText(term(page, P), '^C (stopped)', 2000);
    const after = await term(page, P).textContent();
    await sleep(300);
    expect((await term(page, P).textContent()) === after, 'nothing more is printed after Stop');
    expect(!(await term(page, P).evaluate((e) => e.classList.contains('running'))), 'not running after Stop');
  });

  await step('keyboard only: into the editor, indent, run, leave with Escape then Tab', async () => {
    await page.goto(srv.url + '#/play');
    const P = '.card.play';
    await area(page, P).waitFor({ timeout: 15000 });
    await area(page, P).evaluate((t) => {
      t.value = '';
      t.dispatchEvent(new Event('input'));
    });
    // Reach the editor with Tab from the Format button.
    await page.focus(`${P} button:has-text("Format")`);
    let hops = 0;
    while (!(await area(page, P).evaluate((t) => t === document.activeElement)) && hops++ < 6) await page.keyboard.press('Tab');
    expect(hops < 6, 'the editor is reachable with Tab');
    await page.keyboard.type('package main\n\nimport "fmt"\n\nfunc main() {\nfor i := 0; i < 2; i++ {\nfmt.Println(i)\n}\n}');
    const typed = await area(page, P).inputValue();
    expect(typed.includes('\tfor i := 0; i < 2; i++ {\n\t\tfmt.Println(i)\n\t}\n}'), 'auto-indent and } outdent: ' + JSON.stringify(typed));
    await page.keyboard.press('Control+Enter');
    await waitText(term(page, P), '1');
    // Tab indents the line; Shift+Tab takes it back.
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect((await area(page, P).inputValue()).endsWith('\n\t}'), 'tab indents');
    await page.keyboard.press('Shift+Tab');
    expect((await area(page, P).inputValue()).endsWith('\n}'), 'shift+tab outdents');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(!(await area(page, P).evaluate((t) => t === document.activeElement)), 'Escape then Tab leaves the editor');
  });

  await step('phone width (375 px): the playground and a card do not scroll sideways', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const h of ['#/play', '#/lesson/worker-pool']) {
      await page.goto(srv.url + h);
      await page.locator('textarea.ed-input').first().waitFor({ timeout: 15000 });
      await sleep(300);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(w <= 375, `${h} is ${w}px wide`);
    }
    await shot(page, '06-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('the embedded playground posts its height and each run\'s result', async () => {
    const host = await ctx.newPage();
    watch(host);
    const other = await serve(dist, '/blog/');
    await host.goto(other.url + 'embed-host.html');
    const code = await page.evaluate(() => location.hash); // any hash of the site will do for the base
    void code;
    await host.evaluate((src) => {
      window.msgs = [];
      addEventListener('message', (e) => window.msgs.push(e.data));
      const f = document.createElement('iframe');
      f.id = 'pl';
      f.src = src;
      f.style.width = '900px';
      f.style.height = '700px';
      document.body.appendChild(f);
    }, srv.url + '#/embed/play?starter=worker-pool');
    const fr = host.frameLocator('#pl');
    await waitText(fr.locator('.terminal'), 'sum of squares: 91');
    await waitIn(host, () => window.msgs.some((m) => m && m.type === 'chanlab:height' && m.height > 100));
    await waitIn(host, () => window.msgs.some((m) => m && m.type === 'chanlab:run' && m.status === 0 && m.stdout.includes('sum of squares: 91')));
    await shot(host, '07-embed');
    await collectCsp(host);
    await host.close();
    await other.close();
  });

  await step('no Content-Security-Policy violations and no console errors', async () => {
    await collectCsp(page);
    expect(cspViolations.length === 0, 'CSP violations:\n' + cspViolations.join('\n'));
    expect(errors.length === 0, 'console errors:\n' + errors.join('\n'));
  });
} finally {
  await close();
}
finish();
