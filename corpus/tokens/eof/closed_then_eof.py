# features: [eof]
# stages: [tokens]
f(
)
