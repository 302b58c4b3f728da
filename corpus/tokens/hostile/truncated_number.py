# features: [hostile]
# stages: [tokens]
x = 0x