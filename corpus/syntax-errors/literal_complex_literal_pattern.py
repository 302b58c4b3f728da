# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
match x:
    case 1j + 1:
        pass
