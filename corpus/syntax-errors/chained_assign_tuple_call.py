# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = (a, f()) = 1
