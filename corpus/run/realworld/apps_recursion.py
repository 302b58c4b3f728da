# features: [realworld, recursion]
# stages: [run]
import sys
from functools import lru_cache

def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def perms(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcdef")))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
@lru_cache(None)
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)])
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict): out.update(flatten(v, key))
        else: out[key] = v
    return out
print(flatten({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": [4]}))
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
def queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n: sols.append(cur[:]); return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                cur.append(c); place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur); cur.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
q = queens(6); print(len(q), q[0])
class Node:
    def __init__(self, v, l=None, r=None): self.v, self.l, self.r = v, l, r
def insert(t, v):
    if t is None: return Node(v)
    if v < t.v: t.l = insert(t.l, v)
    else: t.r = insert(t.r, v)
    return t
def inorder(t): return inorder(t.l) + [t.v] + inorder(t.r) if t else []
def height(t): return 1 + max(height(t.l), height(t.r)) if t else 0
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]: root = insert(root, v)
print(inorder(root), height(root))
def mutual_even(n): return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n): return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(7))
def infinite(): return infinite()
infinite()
