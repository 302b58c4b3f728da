# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(a, f()): int = 1
