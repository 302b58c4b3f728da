# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
's' = 1
