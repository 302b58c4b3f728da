# features: [walrus]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(a if b else c := 1)
