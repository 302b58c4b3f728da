# features: [match, patterns]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
match x:
    case 1j + 2j:
        pass
