# features: [sys-exit]
# stages: [run]
import sys
print("exiting")
sys.exit(3)
