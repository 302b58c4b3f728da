# features: [strings, newlines]
# stages: [tokens]
x = 'ab'
