# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f() = 1
