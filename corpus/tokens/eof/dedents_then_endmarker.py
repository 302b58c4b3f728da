# features: [eof]
# stages: [tokens]
if a:
  if b:
    c
