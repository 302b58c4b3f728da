# coding: uft-8
# features: [encoding]
# stages: [tokens]
# expect-error: tokens SyntaxError
x = 1
