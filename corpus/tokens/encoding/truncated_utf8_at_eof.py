# features: [encoding]
# stages: [tokens]
# expect-error: tokens UnicodeDecodeError
x = 1
s = 'â‚