# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = (yield) = 1
