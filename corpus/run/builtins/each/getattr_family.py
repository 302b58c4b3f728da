# features: [builtins, getattr_family]
# stages: [run]
class O:
    x = 1
o = O()
setattr(o, 'y', 2); print(getattr(o, 'x'), getattr(o, 'y'), getattr(o, 'z', 'dflt'), hasattr(o, 'x'), hasattr(o, 'q'))
delattr(o, 'y'); print(hasattr(o, 'y'), vars(o), sorted(vars(O).keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__qualname__'}))
for bad in [lambda: getattr(o, 'nope'), lambda: getattr(o, 1), lambda: delattr(o, 'nope'), lambda: setattr(1, 'a', 2), lambda: vars(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
