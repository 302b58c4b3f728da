# features: [control-flow]
# stages: [run]
def v(x):
    print('v', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print(None is None)
