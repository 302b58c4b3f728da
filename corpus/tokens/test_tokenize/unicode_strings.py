# features: [test_tokenize]
# stages: [tokens]
Örter = u'places'
grün = U'green'
