# features: [constant_folding]
# stages: [tokens, ast, dis]
def f(t):
    return '%s %s' % t
