# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a.if = 1
