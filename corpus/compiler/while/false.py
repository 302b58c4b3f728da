# features: [while]
# stages: [tokens, ast, dis]
def f():
    while False:
        x = 1
    return 2
