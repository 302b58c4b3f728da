# features: [constant_folding]
# stages: [tokens, ast, dis]
def f(a):
    return '%5s|%-3r' % (a, a)
