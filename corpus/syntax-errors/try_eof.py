# features: [try]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
try:
    pass
