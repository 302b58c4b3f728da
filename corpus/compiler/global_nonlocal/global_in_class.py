# features: [global_nonlocal]
# stages: [tokens, ast, dis]
class C:
    global g
    g = 1
