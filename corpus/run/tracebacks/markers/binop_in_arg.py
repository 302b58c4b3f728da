# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def show(*a):
    print(*a)
show(1, 2 + 'x', 3)
