# features: [hostile]
# stages: [tokens]
'