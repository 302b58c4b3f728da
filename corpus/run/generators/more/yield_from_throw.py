# features: [generators, coroutines]
# stages: [run]
def inner():
    try:
        yield 1
    except ValueError:
        yield 'inner handled'
    yield 3
def outer():
    yield from inner()
    yield 'after'
g = outer(); print(next(g), g.throw(ValueError), next(g), next(g))
def closing():
    try:
        yield 1
    finally:
        print('inner closed')
def wrap():
    yield from closing()
w = wrap(); next(w); w.close()
