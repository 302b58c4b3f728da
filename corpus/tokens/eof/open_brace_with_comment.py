# features: [eof]
# stages: [tokens]
# expect-error: tokens TokenError
d = {
  # c
