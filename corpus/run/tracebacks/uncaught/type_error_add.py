# features: [tracebacks, uncaught-exception]
# stages: [run]
x = 1
y = 'two'
z = x + y
