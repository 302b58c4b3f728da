# features: [exceptions]
# stages: [run]
def f():
    try:
        raise ValueError('orig')
    except ValueError:
        print('logging')
        raise
try:
    f()
except ValueError as e:
    print('outer', e)
try:
    try:
        raise KeyError(1)
    except KeyError as e:
        err = e
    raise err
except KeyError as e2:
    print('re-raised', e2 is err)
try:
    raise
except RuntimeError as e:
    print(e)
