# features: [exceptions]
# stages: [run]
e = ValueError('a', 1)
print(e.args, str(e), repr(e), e.__traceback__, e.__cause__, e.__context__)
e2 = KeyError('missing')
print(str(e2), repr(e2), str(KeyError()), str(KeyError(1, 2)))
print(str(OSError(2, 'No such file')), OSError(2, 'x').errno, repr(StopIteration(5).value), SystemExit(3).code)
try:
    raise IndexError
except IndexError as x:
    print(type(x.__traceback__).__name__, x.__traceback__.tb_lineno, x.args)
print(BaseException.__subclasses__ is not None, issubclass(KeyError, LookupError), ArithmeticError.__mro__)
