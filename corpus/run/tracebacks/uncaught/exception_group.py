# features: [tracebacks, uncaught-exception]
# stages: [run]
raise ExceptionGroup('many', [ValueError('one'), TypeError('two')])
