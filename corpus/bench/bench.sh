#!/bin/bash
# Times every corpus/bench program on CPython (python3 FILE.py) and on the reference interpreter (pyref FILE.py:
# the reference compiler, then the VM), checks that the outputs are identical, and prints the time ratio
# reference/CPython per program and their geometric mean. FROM_PYC=1 runs the VM on CPython-compiled .pyc
# files instead (the VM alone).
# Each side is run REPEAT times (default 3) and its fastest time kept, since the machines are shared.
# usage: corpus/bench/bench.sh [PYREF_DLL]   (default: the Release build of interpreter/Cli)
set -u
here=$(cd "$(dirname "$0")" && pwd)
dll=${1:-$here/../../interpreter/Cli/bin/Release/net10.0/pyref.dll}
tmp=$(mktemp -d)
printf "%-24s %9s %9s %7s %s\n" program cpython_s pyref_s ratio output
logsum=0; n=0
for f in "$here"/*.py; do
  name=$(basename "$f" .py)
  PYTHONHASHSEED=0 python3 -c "import py_compile,sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)" "$f" "$tmp/$name.pyc"
  c=999999; r=999999
  for _ in $(seq "${REPEAT:-3}"); do
    t0=$(date +%s.%N); PYTHONHASHSEED=0 python3 "$f" > "$tmp/$name.cpy" 2>&1; t1=$(date +%s.%N)
    if [ "${FROM_PYC:-0}" = 1 ]; then prog="$tmp/$name.pyc"; else prog="$f"; fi
    dotnet "$dll" "$prog" > "$tmp/$name.ref" 2>&1; t2=$(date +%s.%N)
    c=$(echo "x=$t1 - $t0; if (x < $c) x else $c" | bc -l); r=$(echo "x=$t2 - $t1; if (x < $r) x else $r" | bc -l)
  done
  ratio=$(echo "$r / $c" | bc -l)
  same=$(cmp -s "$tmp/$name.cpy" "$tmp/$name.ref" && echo same || echo DIFFERENT)
  printf "%-24s %9.3f %9.3f %7.2f %s\n" "$name" "$c" "$r" "$ratio" "$same"
  logsum=$(echo "$logsum + l($ratio)" | bc -l); n=$((n+1))
done
printf "geometric mean ratio (reference/CPython) over %d programs: %.2f\n" "$n" "$(echo "e($logsum / $n)" | bc -l)"
rm -rf "$tmp"
