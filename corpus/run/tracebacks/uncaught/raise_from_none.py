# features: [tracebacks, uncaught-exception]
# stages: [run]
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError('clean') from None
