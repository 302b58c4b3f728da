# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case [first, *rest]:
            return first, rest
        case [*_, last]:
            return last
