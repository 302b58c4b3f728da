s = 'ÿ'
# features: [encoding]
# stages: [tokens]
# expect-error: tokens SyntaxError
