#!/usr/bin/env python3
"""CPython's compile() over every .py file under ROOT, best of 3 passes, sources in memory: the other side of
CompileCorpus --speed (issue 5's speed figure). usage: python3 cpython_compile_speed.py ROOT"""
import os, sys, time, warnings
warnings.simplefilter("ignore")
root = sys.argv[1]
srcs = []
for d, _, fs in os.walk(root):
    if 'site-packages' in d: continue
    for f in sorted(fs):
        if f.endswith('.py'):
            p = os.path.join(d, f)
            srcs.append((p, open(p, 'rb').read()))
def one():
    t = time.perf_counter()
    for p, s in srcs:
        try: compile(s, p, 'exec', dont_inherit=True)
        except Exception: pass
    return time.perf_counter() - t
print(len(srcs), 'files; compile() best of 3:', round(min(one() for _ in range(3)), 2), 's')
