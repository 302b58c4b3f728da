# features: [global_nonlocal]
# stages: [tokens, ast, dis]
def f():
    return len([])
