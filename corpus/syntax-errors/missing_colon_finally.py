# features: [finally]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
try:
    pass
finally
    pass
