# features: [walrus]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
([a, 1] := 1)
