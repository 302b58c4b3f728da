# features: [realworld, stdlib-difflib]
# stages: [run]
# flags: [needs-stdlib]
import difflib
a = """The quick brown fox
jumps over
the lazy dog.
Line four
Line five""".splitlines(keepends=True)
b = """The quick brown cat
jumps over
the lazy dog!
Line four
Line 5
Line six""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="old.txt", tofile="new.txt")))
print("".join(difflib.context_diff(a, b, fromfile="old.txt", tofile="new.txt", n=1)))
print("".join(difflib.ndiff(a[:3], b[:3])))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.quick_ratio(), sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op)
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "hello"], n=2, cutoff=0.5))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "a b c d", "a x c d")
print(s2.ratio(), s2.find_longest_match(0, 7, 0, 7))
d = difflib.Differ()
print(list(d.compare(["one\n", "two\n"], ["one\n", "tree\n"])))
print(list(difflib.restore(difflib.ndiff(["a\n"], ["b\n"]), 2)))
print(difflib.HtmlDiff(wrapcolumn=20).make_table(["x y"], ["x z"]).count("<tr>"))
