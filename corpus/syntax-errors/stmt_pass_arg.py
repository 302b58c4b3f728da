# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
pass 1
