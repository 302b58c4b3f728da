# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(): int = 1
