# features: [global_nonlocal]
# stages: [tokens, ast, dis]
x = 1
class C:
    y = x
    x = 2
