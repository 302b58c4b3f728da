# features: [hostile]
# stages: [tokens]
\