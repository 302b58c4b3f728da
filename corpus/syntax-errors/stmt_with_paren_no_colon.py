# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
with (a as b)
    pass
