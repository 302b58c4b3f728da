# features: [assignment]
# stages: [tokens, ast, dis]
def f():
    global g
    del g
