# features: [unicode, names]
# stages: [tokens, ast]
a𑼄 = 1
print(a𑼄)
