# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
x = (a b)
if y:
        z
    w
