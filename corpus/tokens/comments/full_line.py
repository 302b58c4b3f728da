# features: [comments]
# stages: [tokens]
# one
    # indented
	# tabbed
x = 1
