# coding: no-such-codec
# features: [encoding]
# stages: [tokens]
# expect-error: tokens SyntaxError
x = 1
