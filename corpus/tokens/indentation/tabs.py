# features: [indentation]
# stages: [tokens]
if x:
	if y:
		pass
	z
