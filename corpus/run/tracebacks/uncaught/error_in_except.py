# features: [tracebacks, uncaught-exception]
# stages: [run]
try:
    raise KeyError('a')
except KeyError as e:
    e.missing_attr
