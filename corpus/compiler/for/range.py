# features: [for]
# stages: [tokens, ast, dis]
def f(n):
    for i in range(n):
        print(i)
