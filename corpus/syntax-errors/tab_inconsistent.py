# features: [indentation]
# stages: [tokens, ast]
# expect-error: ast TabError
if x:
        a
	b
