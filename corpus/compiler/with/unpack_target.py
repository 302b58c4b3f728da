# features: [with]
# stages: [tokens, ast, dis]
def f(cm):
    with cm as (a, b):
        return a + b
