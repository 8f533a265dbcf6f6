// Offline use in Chromium: after one visit the service worker holds the build, so with the
// network off a lesson reloads, its example runs and other lessons open (paths with a query
// too); a new deployment is
// noticed and the page offers to reload into it; the manifest makes the course installable.
import { open, runner, waitText } from './harness.mjs';

const { step, expect, finish } = runner();
const { srv, ctx, page, errors, close } = await open('offline');

// Poll `fn` in the page until it returns true (waitForFunction would evaluate a string, which
// the site's Content Security Policy rightly forbids).
async function until(fn, timeout = 30000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await page.evaluate(fn).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${fn}`);
}
const controlled = () => !!navigator.serviceWorker && navigator.serviceWorker.controller !== null;

await step('the first visit installs the service worker and stores the whole build', async () => {
  await page.goto(srv.url + 'lesson/worker-pool/');
  await until(controlled);
  const stored = await page.evaluate(async () => {
    const keys = await caches.keys();
    const c = await caches.open(keys.find((k) => k.startsWith('chanlab-')));
    return (await c.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(stored.some((p) => p.endsWith('.wasm')), 'the wasm is stored');
  expect(stored.some((p) => p.endsWith('/lesson/select/')), 'other lessons are stored');
});

await step('with the network off a lesson reloads and its example runs', async () => {
  await ctx.setOffline(true);
  try {
    await page.reload();
    await waitText(page.locator('.terminal').first(), 'sum of squares: 91', 20000);
    await page.locator('a.pager.next').click();
    await page.waitForSelector('main.lesson', { timeout: 20000 });
    // Real paths with a query (a share link, the playground) load from the store too.
    await page.goto(srv.url + 'lesson/select/?ex=select-timeout&seed=3');
    await page.waitForSelector('main.lesson[data-lesson="select"]', { timeout: 20000 });
    await page.goto(srv.url + 'play/?starter=worker-pool');
    await waitText(page.locator('.card.play .terminal'), 'sum of squares: 91', 20000);
  } finally {
    await ctx.setOffline(false);
  }
});

await step('a new deployment is noticed and the page offers to reload into it', async () => {
  await page.goto(srv.url + 'lesson/select/');
  await until(controlled);
  const sw = await (await fetch(srv.url + 'sw.js')).text();
  srv.override('sw.js', sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const notice = page.locator('.update-notice');
  await notice.waitFor({ timeout: 30000 });
  await Promise.all([page.waitForEvent('load', { timeout: 30000 }), notice.locator('button').click()]);
  const version = await page.evaluate(async () => (await caches.keys()).join(','));
  expect(version.includes('-next'), `caches after the update: ${version}`);
});

await step('the manifest names the course, its start page and an icon', async () => {
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const m = await (await fetch(new URL(href, page.url()))).json();
  expect(m.start_url === './' && m.display === 'standalone' && m.icons.length > 0, JSON.stringify(m));
});

await step('no console errors', async () => {
  expect(errors.length === 0, errors.join('\n'));
});

await close();
finish();
