# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
None = 1
