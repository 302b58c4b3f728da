# features: [realworld, sys-exit]
# stages: [run]
import sys

def check(args):
    if len(args) < 3:
        print("usage: prog A B", file=sys.stderr)
        return 2
    return 0

print("argv length:", len(sys.argv))
code = check(sys.argv)
print("checked:", code)
sys.stdout.flush()
try:
    sys.exit("fatal: something went wrong")
except SystemExit as e:
    print("caught SystemExit:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple code:", e.code)
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.platform.startswith("linux"), type(sys.path).__name__, sys.argv[0].endswith(".py"), sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit, sys.hash_info.width, sys.maxunicode)
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.flags.optimize, sys.implementation.name in ("cpython", "pyref"))
sys.stderr.write("warning line on stderr\n")
sys.exit("exiting with message")
