# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = a if b else c = 1
