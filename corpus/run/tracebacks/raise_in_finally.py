# features: [tracebacks, finally, context]
# stages: [run]
def work():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")

try:
    work()
except ValueError as e:
    print("handled", e)
def broken():
    try:
        return 1 / 0
    finally:
        raise RuntimeError("in finally")
broken()
