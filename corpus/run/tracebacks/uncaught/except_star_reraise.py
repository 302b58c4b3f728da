# features: [tracebacks, uncaught-exception]
# stages: [run]
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* ValueError:
    print('handled ValueError')
