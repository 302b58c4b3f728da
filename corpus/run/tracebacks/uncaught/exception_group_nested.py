# features: [tracebacks, uncaught-exception]
# stages: [run]
raise ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError('k')]), OSError('io')])
