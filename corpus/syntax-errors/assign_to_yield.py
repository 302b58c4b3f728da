# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(yield) = 1
