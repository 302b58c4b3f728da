# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
cfg = {'db': {'host': 'x'}}
port = cfg['db']['port']
