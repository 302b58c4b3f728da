# features: [assert]
# stages: [tokens, ast, dis]
def f():
    assert False, 'never'
