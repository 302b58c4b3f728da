# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
-a: int = 1
