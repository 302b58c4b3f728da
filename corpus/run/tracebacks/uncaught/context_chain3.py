# features: [tracebacks, uncaught-exception]
# stages: [run]
try:
    try:
        [][0]
    except IndexError:
        {}[1]
except KeyError:
    raise TypeError('third')
