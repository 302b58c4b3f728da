# features: [classic]
# stages: [run]
def a():
    return b()
def b():
    raise ValueError('raised in b')
a()
