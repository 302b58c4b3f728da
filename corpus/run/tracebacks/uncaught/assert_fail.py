# features: [tracebacks, uncaught-exception]
# stages: [run]
x = 3
assert x == 4, f'x is {x}'
