# features: [exceptions]
# stages: [run]
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError, TimeoutError, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, ExceptionGroup, BaseExceptionGroup]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
