# features: [misc]
# stages: [run]
import sys
print(sys.getrecursionlimit())
def d(n):
    try:
        return d(n + 1)
    except RecursionError:
        return n
print(d(0))
sys.setrecursionlimit(200)
print(d(0))
