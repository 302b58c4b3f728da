# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = -a = 1
