# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
class C(1=2): pass
