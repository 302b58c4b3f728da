# features: [unicode, names]
# stages: [tokens, ast]
# A Kawi letter (Unicode 15.0) in a name: not an identifier character to 3.11's Unicode 14.0 tables.
# Identical where /usr/share/unicode/DerivedAge.txt exists; waived by rules/unicode_version.csx where not.
a𑼄 = 1
print(a𑼄)
