# features: [walrus]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
({x: y for x in z} := 1)
