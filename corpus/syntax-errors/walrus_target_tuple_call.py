# features: [walrus]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
((a, f()) := 1)
