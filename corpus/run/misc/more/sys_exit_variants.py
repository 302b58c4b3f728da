# features: [misc]
# stages: [run]
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit('msg')
except SystemExit as e:
    print('msg code', e.code)
sys.exit()
