# features: [match, patterns]
# stages: [tokens, ast]
# expect-error: ast IndentationError
match x:
case 1:
    pass
