# features: [exceptions]
# stages: [run]
def risky(n):
    if n == 0: raise ValueError('zero')
    if n == 1: raise TypeError('one')
    if n == 2: raise KeyError('two')
    return n
for n in range(4):
    try:
        try:
            print('ok', risky(n))
        except ValueError as e:
            print('inner', e)
        except (TypeError, AttributeError) as e:
            print('inner tuple', e)
            raise
    except Exception as e:
        print('outer', type(e).__name__, e)
    finally:
        print('done', n)
