# features: [exceptions]
# stages: [run]
eg = ExceptionGroup('top', [ValueError('a'), ExceptionGroup('sub', [TypeError('b'), ValueError('c')])])
print(eg.message, len(eg.exceptions), repr(eg))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError))
bg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
