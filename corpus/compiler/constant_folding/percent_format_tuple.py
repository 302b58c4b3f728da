# features: [constant_folding]
# stages: [tokens, ast, dis]
def f(a, b):
    return 'x=%s y=%r z=%a' % (a, b, a)
