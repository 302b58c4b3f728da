# features: [indentation, errors]
# stages: [tokens]
# expect-error: tokens IndentationError
if x:
		a
	b
c
