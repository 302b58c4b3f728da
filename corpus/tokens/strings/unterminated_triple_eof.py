# features: [strings, eof]
# stages: [tokens]
# expect-error: tokens TokenError
x = 1
y = '''abc
def
