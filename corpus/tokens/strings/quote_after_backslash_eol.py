# features: [strings]
# stages: [tokens]
'abc\\'
'\\\\'
