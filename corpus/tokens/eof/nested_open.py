# features: [eof]
# stages: [tokens]
# expect-error: tokens TokenError
f(a[b{