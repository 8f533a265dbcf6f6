#!/usr/bin/env python3
"""Trunk post-build hook (see Trunk.toml): move the inline start-up <script type="module">
that Trunk writes into index.html to its own file, so the page's Content-Security-Policy
(index.html: script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') lets it run.
Works on $TRUNK_STAGING_DIR (default: dist/) before Trunk publishes it."""
import hashlib
import os
import re
import sys

out = os.environ.get("TRUNK_STAGING_DIR", "dist")
page = os.path.join(out, "index.html")
html = open(page, encoding="utf-8").read()
m = re.search(r"<script type=\"module\"( nonce=\"[^\"]*\")?>(.*?)</script>", html, re.S)
if not m:
    if "<script type=\"module\" src=" in html:
        sys.exit(0)
    sys.exit("csp_post_build: no inline module script in " + page)
code = m.group(2).strip() + "\n"
# In a file of its own the script's fetch of the wasm must not depend on the page's folder
# (pre-rendered pages live in sub-folders): resolve it against the script's own address.
code = re.sub(r"module_or_path: '(\./[^']+)'", r"module_or_path: new URL('\1', import.meta.url)", code)
# The engine is off the critical path: the wasm is fetched once the pre-rendered page has
# painted (a frame, or half a second in a background tab), not preloaded with the page; so
# the page's largest paint is the pre-rendered content and never waits for the wasm.
code = (
    "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 500); });\n"
    + code
)
html = re.sub(r'<link rel="preload" href="[^"]*\.wasm"[^>]*>\s*', "", html)
name = "start-%s.js" % hashlib.sha256(code.encode()).hexdigest()[:16]
open(os.path.join(out, name), "w", encoding="utf-8").write(code)
html = html[: m.start()] + '<script type="module" src="./%s"></script>' % name + html[m.end():]
open(page, "w", encoding="utf-8").write(html)
print("csp_post_build: start-up script moved to " + name)
