# features: [match, patterns]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
match x:
    case 1 as 2:
        pass
