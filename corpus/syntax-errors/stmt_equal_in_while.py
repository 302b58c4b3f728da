# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
while x = 1:
    pass
