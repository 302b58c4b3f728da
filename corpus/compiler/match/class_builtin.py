# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case int(n):
            return n
        case str() | bytes():
            return 's'
