# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(x for x in y): int = 1
