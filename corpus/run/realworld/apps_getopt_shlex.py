# features: [realworld, stdlib-getopt, stdlib-shlex]
# stages: [run]
# flags: [needs-stdlib]
import getopt, shlex

argv = shlex.split('-a -b val --long=3 --flag "file one.txt" \'two words\' three\\ four')
print(argv)
opts, args = getopt.getopt(argv, "ab:", ["long=", "flag"])
print(opts, args)
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "5"], "ab:", ["long="]))
for bad in (["-c"], ["-b"], ["--long"], ["--nope"], ["--flag=1"]):
    try:
        getopt.getopt(bad, "ab:", ["long=", "flag"])
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt:", e.opt)
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""))
print(shlex.join(["echo", "a b", "$HOME", "x'y"]))
lex = shlex.shlex("a = 'b c'; d=e # comment\nf", posix=True)
lex.whitespace_split = False
print(list(lex))
print(list(shlex.shlex("foo(bar, 'baz') + 3.5", punctuation_chars=True)))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
print(shlex.split("a #b c", comments=True))
