# features: [with]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
with x
    pass
