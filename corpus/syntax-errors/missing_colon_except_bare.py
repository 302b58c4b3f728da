# features: [except_bare]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
try:
    pass
except
    pass
