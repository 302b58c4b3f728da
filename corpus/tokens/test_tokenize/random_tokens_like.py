# features: [test_tokenize, indentation]
# stages: [tokens]
x = 1
  if x: pass
