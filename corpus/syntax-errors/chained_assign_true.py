# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = True = 1
