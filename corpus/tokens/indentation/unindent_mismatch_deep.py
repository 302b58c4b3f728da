# features: [indentation, errors]
# stages: [tokens]
# expect-error: tokens IndentationError
if a:
  if b:
      c
    d
