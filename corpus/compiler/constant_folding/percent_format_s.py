# features: [constant_folding]
# stages: [tokens, ast, dis]
def f(a):
    return '%s' % a
