# features: [hostile]
# stages: [tokens]
x = 'abc