# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except Exception as e:
        return e.args
