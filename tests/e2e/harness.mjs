// Shared scaffolding of the end-to-end tests (e2e.mjs, explorer.mjs, timeline.mjs): serve the
// release build in dist/ under a sub-path, launch Debian's Chromium headless with a fresh
// profile (never a downloaded browser), record console errors and page errors, and run named
// steps that count passes and failures.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, CHROMIUM, ARGS } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Serve dist/ and open one page; `close()` tears everything down. */
export async function open(name) {
  const dist = path.resolve(here, '../../dist');
  const shots = path.join(here, 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const srv = await serve(dist);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `chanlab-${name}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  const errors = [];
  // Record a page's console errors and uncaught exceptions (every page a test opens).
  const watch = (p) => {
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${p.url()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
  };
  const page = ctx.pages()[0] || (await ctx.newPage());
  watch(page);
  const close = async () => {
    await ctx.close();
    await srv.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { srv, ctx, page, errors, shots, close, watch, dist };
}

/** Wait until `locator`'s text contains `text`; returns the text (throws with the last seen). */
export async function waitText(locator, text, timeout = 8000) {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last = (await locator.textContent().catch(() => '')) || '';
    if (last.includes(text)) return last;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`expected ${JSON.stringify(text)} in ${JSON.stringify(last.slice(0, 400))}`);
}

/** Named steps: a failing step is reported and the run goes on; `finish()` sets the exit code. */
export function runner() {
  let passed = 0;
  let failed = 0;
  async function step(name, fn) {
    try {
      await fn();
      passed++;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n     ${String((e && e.stack) || e).split('\n').slice(0, 4).join('\n     ')}`);
    }
  }
  function expect(cond, msg) {
    if (!cond) throw new Error(msg);
  }
  function finish() {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }
  return { step, expect, finish };
}

/** Poll `fn(arg)` in `page` until it returns something true (what waitForFunction does, but
 * waitForFunction may evaluate a string, which the site's Content Security Policy forbids). */
export async function waitIn(page, fn, arg, { timeout = 30000 } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await page.evaluate(fn, arg).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${String(fn).slice(0, 200)}`);
}
