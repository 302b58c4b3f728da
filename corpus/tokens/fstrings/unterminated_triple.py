# features: [fstring, eof]
# stages: [tokens]
# expect-error: tokens TokenError
f'''{x}
