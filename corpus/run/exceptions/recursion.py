# features: [recursion-error, tracebacks]
# stages: [run]
def down(n):
    return down(n + 1) + 1

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < 1000)
down(0)
