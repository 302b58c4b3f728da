# features: [import, stdlib-textwrap]
# stages: [run]
# flags: [needs-stdlib]
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello  world!", width=12, placeholder="..."))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=3, placeholder=" [..]")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed yes"))
w2 = textwrap.TextWrapper(width=10, expand_tabs=True, tabsize=4, replace_whitespace=True)
print(w2.wrap("a\tb\tc d-e-f-g-h-i-j"))
print(textwrap.wrap("hyphen-ated-words-are-split-nicely", 8))
print(textwrap.wrap("no hyphen break", 5, break_on_hyphens=False))
