# features: [try]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
try:
    pass
except* E:
    pass
except F:
    pass
