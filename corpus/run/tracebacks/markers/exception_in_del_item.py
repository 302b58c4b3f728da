# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
d = {}
del d['absent']
