# features: [class_args]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
class C(B)
    pass
