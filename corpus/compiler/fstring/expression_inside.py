# features: [fstring]
# stages: [tokens, ast, dis]
def f(a):
    return f'{a + 1} {a[0]} {a.b()}'
