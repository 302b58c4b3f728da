# features: [misc]
# stages: [run]
def f():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError as e:
            return e
e = f()
print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
