# features: [tracebacks, uncaught-exception]
# stages: [run]
try:
    print('body')
finally:
    raise OSError('from finally')
