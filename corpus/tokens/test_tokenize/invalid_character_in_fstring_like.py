# features: [test_tokenize]
# stages: [tokens]
f'\N{EULER CONSTANT}'
