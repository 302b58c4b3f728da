# features: [strings, errortoken]
# stages: [tokens]
x = 'abc\

y = """abc
z
