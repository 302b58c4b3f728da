# features: [comprehension]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
[1 for [x for x in y] in y]
