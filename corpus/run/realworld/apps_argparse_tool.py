# features: [realworld, stdlib-argparse]
# stages: [run]
# flags: [needs-stdlib]
import argparse, sys, io, contextlib

def build():
    p = argparse.ArgumentParser(prog="filetool", description="Process some files.",
                                epilog="Have fun.")
    p.add_argument("files", nargs="+", help="input files")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("-o", "--output", metavar="PATH", default="-", help="output path (default: %(default)s)")
    p.add_argument("-n", "--lines", type=int, default=10, help="number of lines")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--tag", action="append", dest="tags")
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--xml", action="store_true")
    return p

p = build()
ns = p.parse_args(["a.txt", "b.txt", "-vv", "-n", "5", "--tag", "x", "--tag=y", "--mode", "slow"])
print(ns)
print(vars(ns)["files"], ns.verbose, ns.lines, ns.tags, ns.dry_run)
p.print_help()
print(p.format_usage(), end="")
for argv in [["--lines", "abc", "f"], [], ["f", "--mode", "medium"], ["f", "--json", "--xml"], ["f", "--bogus"], ["--version"]]:
    err = io.StringIO(); out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, repr(out.getvalue()))
        print(err.getvalue(), end="")
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True)
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
s2 = sp.add_parser("push")
s2.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "hi"]))
print(sub.parse_args(["push"]))
ns, rest = sub.parse_known_args(["push", "up", "--force"])
print(ns, rest)
sub.print_help()
# final: a real error exit on stderr
p.parse_args(["--lines", "x"])
