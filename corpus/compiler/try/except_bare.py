# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except:
        return 1
