# features: [comprehension]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
[1 for {x: y for x in z} in y]
