# features: [fstring, errortoken, eof]
# stages: [tokens]
# expect-error: tokens TokenError
f'{x
