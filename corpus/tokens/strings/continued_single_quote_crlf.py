# features: [strings, newlines]
# stages: [tokens]
x = 'abc\
def'
