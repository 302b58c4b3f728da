# features: [except]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
try:
    pass
except E
    pass
