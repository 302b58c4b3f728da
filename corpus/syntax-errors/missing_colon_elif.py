# features: [elif]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
if x:
    pass
elif y
    pass
