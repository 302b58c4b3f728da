# features: [call]
# stages: [tokens, ast, dis]
def h(): pass
def f():
    return h()
