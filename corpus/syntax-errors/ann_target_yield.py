# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(yield): int = 1
