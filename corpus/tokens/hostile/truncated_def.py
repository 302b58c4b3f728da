# features: [hostile]
# stages: [tokens]
# expect-error: tokens TokenError
def f(a, b