# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case {'k': v}:
            return v
        case {'a': 1, **rest}:
            return rest
