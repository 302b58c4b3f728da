# features: [else]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
if x:
    pass
else
    pass
