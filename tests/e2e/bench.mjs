// The interpreter's speed in the browser, next to its native speed: opens `#/bench` on the
// release build (the Go programs of benches/go/interp/ run by the wasm interpreter, timed with
// performance.now()), waits for its table, then runs `cargo bench --bench interp` (the same
// programs, native interpreter and real Go) and prints both. A report, not a timed assertion:
// it fails only when the page does not finish or a program does not exit 0.
//
//   trunk build --release --public-url ./ && node tests/e2e/bench.mjs
//   CHANLAB_BENCH_NATIVE=0   skip the native run (the browser figures alone)
//   CHANLAB_BENCH_QUERY=scale=0.1&only=spawn   options for the page (see src/ui/bench.rs)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { open } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const query = process.env.CHANLAB_BENCH_QUERY ? `?${process.env.CHANLAB_BENCH_QUERY}` : '';
const TARGETS = { spawn: 1e6, 'loop 10M': 20e6 };

const group = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '—');

/** The page's rows: workload, op, size, ops, ms, memory growth, error. */
async function browserRows() {
  const { page, errors, close, srv } = await open('bench');
  try {
    const t0 = Date.now();
    await page.goto(`${srv.url}#/bench${query}`);
    await page.waitForSelector('#bench-table[data-done]', { timeout: 15 * 60 * 1000 });
    const rows = await page.$$eval('#bench-table tbody tr', (trs) =>
      trs.map((tr) => ({
        name: tr.dataset.workload,
        unit: tr.cells[1].textContent,
        size: Number(tr.dataset.size),
        ops: Number(tr.dataset.ops),
        ms: Number(tr.dataset.ms),
        grew: Number(tr.dataset.grew),
        error: tr.dataset.error,
      })),
    );
    const ua = await page.evaluate(() => navigator.userAgent);
    console.log(`#/bench${query} in ${ua.match(/(Headless)?Chrome\/[\d.]+/)?.[0] || ua}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return { rows, errors };
  } finally {
    await close();
  }
}

/** `cargo bench --bench interp`'s table by workload: size, interpreter ms, real Go ms. */
function nativeRows() {
  if (process.env.CHANLAB_BENCH_NATIVE === '0') return null;
  console.log('running `cargo bench --bench interp` (native interpreter and real Go)...');
  const r = spawnSync('cargo', ['bench', '--bench', 'interp'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.log(`cargo bench failed (status ${r.status}):\n${(r.stderr || '').split('\n').slice(-8).join('\n')}`);
    return null;
  }
  const out = new Map();
  const park = r.stdout.match(/park: a parked interpreted goroutine costs (\d+) bytes/);
  if (park) out.parkBytes = Number(park[1]);
  for (const line of r.stdout.split('\n')) {
    const c = line.split('|').map((s) => s.trim());
    // | workload | size | ops | interpreter ms | Rust mirror ms | Go ms | ... |
    if (c.length < 8 || !/^\d+$/.test(c[2])) continue;
    out.set(c[1], { size: Number(c[2]), ms: Number(c[4]), goMs: Number(c[6]) });
  }
  return out;
}

const { rows, errors } = await browserRows();
const native = nativeRows();
let failed = errors.length > 0;
for (const e of errors) console.log(`page error: ${e}`);

console.log('');
console.log('| workload | op | N | wasm ms | wasm ops/s | native ops/s | wasm/native | real Go ops/s | wasm memory growth |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const rate = (r.ops / r.ms) * 1e3;
  const n = native?.get(r.name);
  // Native figures at the page's size only (a scaled page run is not comparable).
  const same = n && n.size === r.size;
  const nRate = same ? (r.ops / n.ms) * 1e3 : NaN;
  const goRate = same ? (r.ops / n.goMs) * 1e3 : NaN;
  const mem = r.grew > 0 ? `${(r.grew / 1048576).toFixed(1)} MiB (${(r.grew / r.ops).toFixed(0)} B/op)` : '—';
  if (r.error) {
    failed = true;
    console.log(`| ${r.name} | failed: ${r.error} |`);
    continue;
  }
  console.log(
    `| ${r.name} | ${r.unit} | ${group(r.size)} | ${r.ms.toFixed(1)} | ${group(rate)} | ${group(nRate)} | ${ratio(rate, nRate)} | ${group(goRate)} | ${mem} |`,
  );
}
console.log('');
for (const r of rows) {
  if (TARGETS[r.name] === undefined || r.error) continue;
  const rate = (r.ops / r.ms) * 1e3;
  const verdict = rate >= TARGETS[r.name] ? 'meets' : 'below';
  console.log(`${r.name}: ${group(rate)} ${r.unit}/s in wasm, ${verdict} the target of ${group(TARGETS[r.name])}/s`);
}
const park = rows.find((r) => r.name === 'park' && !r.error);
if (park) {
  const nat = native?.parkBytes !== undefined ? `; natively ${native.parkBytes} bytes of heap (peak growth / N)` : '';
  console.log(`a parked goroutine costs about ${(park.grew / park.ops).toFixed(0)} bytes of wasm memory (growth / N)${nat}`);
}
console.log('(real Go ms include starting its process; wasm ms exclude building the program, as native ms do;');
console.log(' memory growth is — where a run fits in what earlier runs freed: wasm memory never shrinks)');
process.exit(failed ? 1 : 0);
