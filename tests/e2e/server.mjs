// A tiny static server for dist/ on 127.0.0.1, under a sub-path (to prove the build works
// from any sub-path), gzip-compressing like a production host and counting bytes sent.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export function serve(dir, prefix = '/course/sub/') {
  const stats = { bytes: 0, requests: [] };
  const cache = new Map();
  // Files a test replaces with other contents (a new deployment's sw.js).
  const overrides = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel === 'embed-host.html') {
      // A page of another origin (another port) that embeds the site in iframes.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body></body></html>');
      return;
    }
    let file = path.join(dir, path.normalize(rel));
    // A folder serves its index.html, as static hosts do (the pre-rendered pages).
    if (file.startsWith(path.resolve(dir)) && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, 'index.html');
    }
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    let body = overrides.has(rel) ? Buffer.from(overrides.get(rel)) : fs.readFileSync(file);
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
    if (gzip) {
      if (overrides.has(rel)) body = zlib.gzipSync(body);
      else {
        if (!cache.has(file)) cache.set(file, zlib.gzipSync(body, { level: 9 }));
        body = cache.get(file);
      }
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    stats.bytes += body.length;
    stats.requests.push({ path: rel, bytes: body.length });
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const override = (rel, text) => overrides.set(rel, text);
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, stats, override, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// Headless Chromium (Debian's), never a downloaded browser.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
