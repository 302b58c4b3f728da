# features: [indentation, case]
# stages: [tokens, ast]
# expect-error: ast IndentationError
match x:
    case 1:
