#!/usr/bin/env python3
"""Code bytes per crate in the site's wasm, from its `name` section: run on the release
cargo output before wasm-bindgen (target/wasm32-unknown-unknown/wasm-release/site.wasm) to see
what each dependency costs.  python3 tests/e2e/wasm_sizes.py [path]"""
import sys, re, collections
data = open(sys.argv[1] if len(sys.argv) > 1 else 'target/wasm32-unknown-unknown/wasm-release/site.wasm', 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
i = 8; imports = 0; code_sizes = []; names = {}
while i < len(data):
    sid = data[i]; i += 1
    size, i = leb(data, i); end = i + size
    if sid == 2:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); j += l
            l, j = leb(data, j); j += l
            kind = data[j]; j += 1
            if kind == 0: _, j = leb(data, j); imports += 1
            elif kind == 1: j += 1; fl, j = leb(data, j); _, j = leb(data, j); 
            elif kind == 2: fl, j = leb(data, j); _, j = leb(data, j); 
            elif kind == 3: j += 2
    elif sid == 10:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); code_sizes.append(l); j += l
    elif sid == 0:
        l, j = leb(data, i); nm = data[j:j+l].decode(); j += l
        if nm == 'name':
            while j < end:
                sub = data[j]; j += 1; sl, j = leb(data, j); se = j + sl
                if sub == 1:
                    n, k = leb(data, j)
                    for _ in range(n):
                        idx, k = leb(data, k); l2, k = leb(data, k); names[idx] = data[k:k+l2].decode('utf8','replace'); k += l2
                j = se
    i = end
tot = collections.Counter()
def crate(n):
    if n.startswith('_ZN') and '$LT$' in n[:12]:
        m = re.search(r'([a-z_][a-z0-9_]*)\.\.', n)
        if m: return m.group(1)
    m = re.match(r'_ZN(\d+)(\w+)', n)
    if m:
        L = int(m.group(1)); c = m.group(2)[:L]
        return c
    m = re.match(r'_R\w*?C[s\w]*?(\d+)([a-z_][a-z0-9_]*)', n)
    if m: return m.group(2)[:int(m.group(1))]
    if n.startswith('__wbindgen_describe'): return '(wasm-bindgen descriptors, removed by wasm-bindgen)'
    n2 = n.lstrip('_<&* ').replace('dyn ','').replace('mut ','')
    if '::' in n2: return n2.split('::')[0]
    return n.split('$')[0][:30] if n else '?'
for k, sz in enumerate(code_sizes):
    n = names.get(imports + k, '')
    tot[crate(n)] += sz
total = sum(code_sizes)
print('code bytes', total, 'functions', len(code_sizes), 'named', len(names))
for c, s in tot.most_common(25): print(f'{s:9d} {100*s/total:5.1f}% {c}')
