# features: [fstrings, eof]
# stages: [tokens]
# expect-error: tokens TokenError
f'''{x}
