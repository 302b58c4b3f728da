# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(a=2, *e=F)
