# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except (TypeError, ValueError) as e:
        print(e)
