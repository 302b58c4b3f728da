# features: [eof]
# stages: [tokens]
# expect-error: tokens TokenError
x = (1,
