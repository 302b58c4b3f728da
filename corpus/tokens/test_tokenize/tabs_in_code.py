# features: [test_tokenize]
# stages: [tokens]
if False:
	x = 3
	y = 4
