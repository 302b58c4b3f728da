#!/usr/bin/env python3
"""CPython's compile() over a list of .py files, sources in memory: the other side of CompileCorpus --speed
(issue 5's speed figure). The protocol is the reference side's: one warm-up pass, then the best of 3 passes.
usage: python3 cpython_compile_speed.py ROOT       (every .py under ROOT, site-packages excluded)
       python3 cpython_compile_speed.py -          (the paths one per line on stdin: CompileCorpus passes its list)
Prints: N files; first pass X s; compile() best of 3: Y s; cpu first pass X s; cpu best of 3: Y s
(cpu: the process's CPU time, time.process_time(), which a loaded machine disturbs less than the wall clock)"""
import os, sys, time, warnings
warnings.simplefilter("ignore")
if sys.argv[1] == "-":
    paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
else:
    paths = []
    for d, _, fs in os.walk(sys.argv[1]):
        if 'site-packages' in d: continue
        paths += [os.path.join(d, f) for f in sorted(fs) if f.endswith('.py')]
srcs = []
for p in paths:
    with open(p, 'rb') as f:
        srcs.append((p, f.read()))
def one():
    t, c = time.perf_counter(), time.process_time()
    for p, s in srcs:
        try: compile(s, p, 'exec', dont_inherit=True)
        except Exception: pass
    return time.perf_counter() - t, time.process_time() - c
first = one()
passes = [one() for _ in range(3)]
print(len(srcs), 'files; first pass', round(first[0], 3), 's; compile() best of 3:', round(min(w for w, _ in passes), 3), 's;',
      'cpu first pass', round(first[1], 3), 's; cpu best of 3:', round(min(c for _, c in passes), 3), 's')
