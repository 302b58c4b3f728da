# features: [benchmark, recursion, realworld]
# stages: [run]
# binary-trees (Benchmarks Game), depth 12.
import sys


def make_tree(d):
    if d == 0:
        return (None, None)
    d -= 1
    return (make_tree(d), make_tree(d))


def check_tree(node):
    l, r = node
    if l is None:
        return 1
    return 1 + check_tree(l) + check_tree(r)


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check_tree(make_tree(stretch))))
    long_lived = make_tree(max_depth)
    for d in range(min_depth, stretch, 2):
        iters = 2 ** (max_depth - d + min_depth)
        check = 0
        for _ in range(iters):
            check += check_tree(make_tree(d))
        print("%d\t trees of depth %d\t check: %d" % (iters, d, check))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check_tree(long_lived)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
