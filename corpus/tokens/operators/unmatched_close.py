# features: [operators, eof]
# stages: [tokens]
# expect-error: tokens TokenError
x = )
y = ]
