# features: [compile, single-mode, codeop, doctest, syntax-errors]
# stages: [run]
# flags: [needs-stdlib]
# 'single' input as the REPL, codeop and doctest use it: compound statements end with an implied NEWLINE and DEDENTs,
# a second statement is refused, and codeop's flags turn a parse that stops at the end of the input into "need more".
import codeop, doctest

def show(src, mode="single", flags=0):
    try:
        code = compile(src, "<in>", mode, flags)
        print(repr(src), "ok", code.co_name)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

for src in ["if x:\n  pass\n", "if x:\n  pass", "for i in y:\n    print(i)\n\n", "x = 1", "x = 1\ny = 2\n",
            "x = 1 # c\ny = 2\n", "x = 1 # comment \\\ny y\n", "", "\n", "# only a comment\n", "class A:\n  def f(self):\n    pass\n"]:
    show(src)
for src in ["if x:\n  pass", "x = (1,", "x = '''doc", "x = 1 \\\n", "\\\n"]:
    show(src, flags=0x200 | 0x4000)
for src in ["from a\\\nimport b,\n", "a = 1 + \\\n 2 + \\\n 3 3\n", "x = '''a\nb''' 3\n", "x = (1,\n2 +\n3 3)\n"]:
    show(src, mode="exec")

for src in ["if x:", "if x:\n  pass", "if x:\n  pass\n", "x = (1,", "def f():\n  return 1\n", "a b", "\\", "x = 'abc"]:
    try:
        print(repr(src), "->", "more input" if codeop.compile_command(src) is None else "complete")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)

def examples():
    """
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> if True:
    ...     x = 5
    >>> x
    5
    >>> def double(n):
    ...     return 2 * n
    >>> double(x)
    10
    """

print(doctest.run_docstring_examples(examples, {}, verbose=False))
