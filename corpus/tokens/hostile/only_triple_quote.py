# features: [hostile]
# stages: [tokens]
# expect-error: tokens TokenError
'''