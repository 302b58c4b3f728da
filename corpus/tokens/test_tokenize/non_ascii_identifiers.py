# features: [test_tokenize]
# stages: [tokens]
Örter = 'places'
grün = 'green'
