// Shared scaffolding of the feature end-to-end tests (explorer.mjs, timeline.mjs): serve the
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
  const page = ctx.pages()[0] || (await ctx.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const close = async () => {
    await ctx.close();
    await srv.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { srv, ctx, page, errors, shots, close };
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
