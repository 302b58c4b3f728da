# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case [a, b]:
            return a + b
        case (a, b, c):
            return a
