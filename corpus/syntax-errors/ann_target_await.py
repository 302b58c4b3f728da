# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
await x: int = 1
