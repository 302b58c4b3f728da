#!/usr/bin/env python3
"""Writes mutated stdlib snippets (random deletions/insertions of characters and keywords) into a folder,
for checking error messages and positions beyond the curated corpus:

    python3 mutate_stdlib.py /tmp/mut 1500 && python3 compare_stdlib.py /tmp/mut
"""
import os, random, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_stdlib import stdlib_files

def main():
    out, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1500
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 11
    os.makedirs(out, exist_ok=True)
    random.seed(seed)
    files = [f for f in stdlib_files() if "/test" not in f]
    pieces = list("()[]{}:,=.*+-@'\"\\ \n\tabif") + ["if ", "else ", " for ", " in ", "lambda ", "yield ", "await ",
              "*", "**", ":=", 'f"{', '"}', " not ", "def ", "class ", "return ", "import ", "from "]
    n = 0
    while n < count:
        lines = open(random.choice(files), encoding="utf-8", errors="replace").read().split("\n")
        if len(lines) < 5:
            continue
        i = random.randrange(len(lines))
        src = textwrap.dedent("\n".join(lines[i:i + random.randint(1, 8)]))
        if not src.strip():
            continue
        for _ in range(random.randint(1, 2)):
            pos = random.randrange(len(src) + 1)
            op = random.choice(["del", "ins", "ins", "swap"])
            ins = random.choice(pieces)
            if op == "del" and pos < len(src):
                src = src[:pos] + src[pos + 1:]
            elif op == "ins":
                src = src[:pos] + ins + src[pos:]
            else:
                src = src[:pos] + ins + src[pos + 1:]
        with open(os.path.join(out, f"m{n:04d}.py"), "w") as fh:
            fh.write(src + "\n")
        n += 1

if __name__ == "__main__":
    main()
