# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
class C(metaclass=M, B): pass
