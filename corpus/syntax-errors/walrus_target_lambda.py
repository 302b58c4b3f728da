# features: [walrus]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(lambda: 1 := 1)
