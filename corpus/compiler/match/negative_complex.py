# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case -1:
            return 'm'
        case 1 + 2j:
            return 'c'
