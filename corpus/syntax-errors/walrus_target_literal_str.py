# features: [walrus]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
('s' := 1)
