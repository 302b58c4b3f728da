# features: [augassign]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
{a} += 1
