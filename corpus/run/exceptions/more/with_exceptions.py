# features: [exceptions]
# stages: [run]
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print('exit sees', et.__name__ if et else None)
        if et is KeyError: return True
with CM():
    raise KeyError
print('after swallow')
try:
    with CM():
        raise IndexError('kept')
except IndexError as e:
    print('got', e)
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('never')
try:
    with BadEnter():
        pass
except RuntimeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
