# features: [walrus]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(True := 1)
