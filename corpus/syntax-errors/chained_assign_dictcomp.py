# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = {x: y for x in z} = 1
