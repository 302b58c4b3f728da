# features: [while]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
while x
    pass
