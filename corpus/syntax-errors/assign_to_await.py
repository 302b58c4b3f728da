# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
await x = 1
