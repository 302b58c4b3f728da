# features: [del]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
del {}
