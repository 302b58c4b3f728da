# features: [global_nonlocal]
# stages: [tokens, ast, dis]
def f():
    x = 1
    class C:
        y = x
    return C
