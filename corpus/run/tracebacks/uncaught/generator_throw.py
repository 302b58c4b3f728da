# features: [tracebacks, uncaught-exception]
# stages: [run]
def g():
    try:
        yield 1
    finally:
        print('cleanup')
it = g()
next(it)
it.throw(RuntimeError('thrown'))
