# features: [match, patterns]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
match x:
    case C(1, a=1, b, c):
        pass
