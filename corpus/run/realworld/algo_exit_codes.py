# features: [sys, exceptions, realworld]
# stages: [run]
# A CLI-style program validating input and exiting through sys.exit with a message (stderr, exit code 1).
import sys


def parse(args):
    opts = {"verbose": False, "n": 3}
    rest = []
    it = iter(args)
    for a in it:
        if a == "-v":
            opts["verbose"] = True
        elif a == "-n":
            opts["n"] = int(next(it))
        else:
            rest.append(a)
    return opts, rest


opts, rest = parse(["-v", "-n", "5", "file.txt"])
print(opts, rest)
try:
    parse(["-n", "x"])
except ValueError as e:
    print("bad option:", e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
print("about to fail", file=sys.stderr)
sys.stdout.flush()
sys.exit("error: missing required argument 'output'")
