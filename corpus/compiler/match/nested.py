# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case {'a': [1, {'b': c}]}:
            return c
