# coding: latin-1
# features: [encoding]
# stages: [tokens]
# expect-error: tokens SyntaxError
x = 1
