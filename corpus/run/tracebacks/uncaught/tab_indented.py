# features: [tracebacks, uncaught-exception]
# stages: [run]
def f():
	x = [1]
	return x[3]
f()
