# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
class C(x for x in y, z): pass
