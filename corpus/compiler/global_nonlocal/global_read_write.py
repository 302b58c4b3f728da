# features: [global_nonlocal]
# stages: [tokens, ast, dis]
g = 1
def f():
    global g
    g = g + 1
    return g
