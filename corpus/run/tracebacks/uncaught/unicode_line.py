# features: [tracebacks, uncaught-exception]
# stages: [run]
s = 'héllo wörld'
n = s + 5
