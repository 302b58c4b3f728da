# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case 1:
            return 'one'
        case 'a':
            return 'a'
        case None:
            return 'none'
