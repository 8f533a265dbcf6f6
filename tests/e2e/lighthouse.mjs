// Lighthouse 12 (npm `lighthouse`) on the release build served gzipped from a sub-path: home
// and a lesson page, mobile preset (simulated slow 4G and CPU) and desktop preset. Reports the
// four category scores and the paint and blocking metrics; not an assertion (machines are
// noisy), a measurement to compare builds.
//
//   trunk build --release --public-url ./ && node tests/e2e/lighthouse.mjs
import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, CHROMIUM } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const srv = await serve(path.resolve(here, '../../dist'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const ms = (a) => (a && a.numericValue !== undefined ? `${Math.round(a.numericValue)} ms` : '?');

try {
  for (const [name, url] of [['home', ''], ['lesson', 'lesson/worker-pool/']]) {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktop]]) {
      const r = await lighthouse(srv.url + url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      const { categories: c, audits: a } = r.lhr;
      const score = (k) => (c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : '?');
      console.log(
        `lighthouse ${name} ${preset}: performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
          `best practices ${score('best-practices')}, SEO ${score('seo')}; FCP ${ms(a['first-contentful-paint'])}, ` +
          `LCP ${ms(a['largest-contentful-paint'])}, TBT ${ms(a['total-blocking-time'])}, CLS ${a['cumulative-layout-shift']?.displayValue ?? '?'}`,
      );
      for (const k of ['accessibility', 'best-practices', 'seo']) {
        const failed = (c[k]?.auditRefs || []).filter((ref) => a[ref.id] && a[ref.id].score === 0 && ref.weight > 0);
        for (const f of failed) console.log(`    ${k}: ${f.id}: ${a[f.id].title}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await srv.close();
}
