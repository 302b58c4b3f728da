# features: [tracebacks, uncaught-exception]
# stages: [run]
d = {'a': 1}
key = 'b'
print(d[key])
