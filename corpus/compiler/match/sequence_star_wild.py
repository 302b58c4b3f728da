# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case [1, *_, 2]:
            return True
