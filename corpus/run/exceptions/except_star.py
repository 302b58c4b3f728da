# features: [exception-groups, except-star]
# stages: [run]
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", repr(eg.exceptions))
except* TypeError as eg:
    print("types", repr(eg.exceptions))
eg = ExceptionGroup("g", [KeyError('a'), ValueError('b')])
m, r = eg.split(KeyError)
print(repr(m), repr(r), str(eg))
