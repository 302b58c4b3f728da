# features: [match, patterns]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
match x:
    case C(a.b=1):
        pass
