# features: [strings, eof]
# stages: [tokens]
# expect-error: tokens TokenError
y = """abc