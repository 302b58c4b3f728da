# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = ... = 1
