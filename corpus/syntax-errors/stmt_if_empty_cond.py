# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
if :
    pass
