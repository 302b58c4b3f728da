# features: [augassign]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
{x for x in y} += 1
