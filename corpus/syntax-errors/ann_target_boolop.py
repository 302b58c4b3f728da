# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a and b: int = 1
