# features: [while]
# stages: [tokens, ast, dis]
def f():
    while True:
        pass
