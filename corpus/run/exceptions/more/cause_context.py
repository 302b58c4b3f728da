# features: [exceptions]
# stages: [run]
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('v') from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k')
except KeyError as k:
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
try:
    raise TypeError('t') from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__)
