# features: [class]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
class C
    pass
