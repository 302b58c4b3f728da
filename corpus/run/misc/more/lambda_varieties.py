# features: [misc]
# stages: [run]
fs = [lambda: 1, lambda x: x, lambda x, y=2: x + y, lambda *a: a, lambda **k: k, lambda x, /, y, *, z: (x, y, z)]
print(fs[0](), fs[1](5), fs[2](1), fs[3](1, 2), fs[4](a=1), fs[5](1, 2, z=3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: (yield))().__class__.__name__ if False else 'gen')
