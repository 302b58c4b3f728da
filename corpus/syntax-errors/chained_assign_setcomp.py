# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = {x for x in y} = 1
