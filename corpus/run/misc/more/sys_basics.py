# features: [misc]
# stages: [run]
import sys
print(sys.maxsize, sys.byteorder, sys.version_info[:2], sys.version_info.major, type(sys.argv).__name__, len(sys.argv))
sys.stdout.write('written\n')
print('to stderr', file=sys.stderr)
print(sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else 30, sys.float_info.max, sys.float_info.epsilon)
