# features: [eof, strings]
# stages: [tokens]
# expect-error: tokens TokenError
f('''
