# features: [while]
# stages: [tokens, ast, dis]
def f(a, b):
    while a and b:
        a -= 1
