# features: [function]
# stages: [tokens, ast, dis]
x = 1
def f():
    print(x)
