# features: [unicode, names]
# stages: [tokens, ast]
# A Kawi letter (Unicode 15.0) in a name: not an identifier character to 3.11's Unicode 14.0
# tables, a letter to the reference's newer .NET ones. Waived by rules/unicode_version.csx.
a𑼄 = 1
print(a𑼄)
