# features: [with]
# stages: [tokens, ast, dis]
def f(cm, o):
    with cm as o.x:
        pass
