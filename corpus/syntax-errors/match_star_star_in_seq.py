# features: [match, patterns]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
match x:
    case [**a]:
        pass
