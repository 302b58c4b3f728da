# features: [strings]
# stages: [tokens]
x = 'abc\
def'
y = "a\
\
b"
