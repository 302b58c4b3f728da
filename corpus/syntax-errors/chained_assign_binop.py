# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = a + b = 1
