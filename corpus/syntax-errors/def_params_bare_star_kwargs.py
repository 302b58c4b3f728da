# features: [def, parameters]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
def f(*, **k):
    pass
