# features: [match, patterns]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
case 1:
    pass
