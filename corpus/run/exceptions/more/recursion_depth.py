# features: [exceptions]
# stages: [run]
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
