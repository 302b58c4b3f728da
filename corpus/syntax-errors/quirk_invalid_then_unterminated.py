# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a b
x = 'abc
