# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = lambda: 1 = 1
