# features: [misc]
# stages: [run]
def g():
    x = yield
    y = yield x * 2
    z = yield (x, y)
    return z
it = g()
print(next(it), it.send(3), it.send(4))
try:
    it.send(5)
except StopIteration as e:
    print('ret', e.value)
def h():
    result = (yield 'first'), (yield 'second')
    yield result
hh = h()
print(next(hh), hh.send('A'), hh.send('B'))
