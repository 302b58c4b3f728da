# features: [test_tokenize]
# stages: [tokens]
import sys, time
x = sys.modules['time'].time()
