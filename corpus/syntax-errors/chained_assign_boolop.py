# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = a and b = 1
