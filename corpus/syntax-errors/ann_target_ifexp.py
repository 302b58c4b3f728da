# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a if b else c: int = 1
