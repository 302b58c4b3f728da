# features: [def, parameters]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
def f(a=1, /, b, c=2, d):
    pass
