# features: [misc]
# stages: [run]
import sys
print('normal')
sys.stderr.write('problem found\n')
sys.exit(2)
