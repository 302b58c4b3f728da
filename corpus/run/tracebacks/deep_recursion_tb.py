# features: [tracebacks, recursion-error, repeated-frames]
# stages: [run]
def countdown(n):
    if n == 0:
        raise KeyError("bottom")
    return countdown(n - 1)
countdown(50)
