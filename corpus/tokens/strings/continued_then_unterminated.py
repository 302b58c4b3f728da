# features: [strings, errortoken]
# stages: [tokens]
x = 'abc\
def
y = 1
