#!/usr/bin/env python3
# features: [corpus-generator]
# stages: [tokens, ast, dis]
# (never the run stage: running this script rewrites the corpus folder it sits in)
"""Writes the tokens corpus: one situation per file, corpus/tokens/<feature>/<name>.py.

The cases are written here (not by hand) because many depend on exact bytes: no final newline,
CRLF, lone CR, BOM, latin-1 cookies, NUL, form feeds, tabs. Each file starts with a metadata
comment block (after a BOM or a coding cookie when the case needs those first):
    # features: [...]
    # stages: [tokens]
    # expect-error: tokens TokenError        (only for cases that must fail in the tokenize module)
Run: python3 corpus/tools/make_tokens_cases.py   (rewrites every case; the outputs are committed)
This script lives outside corpus/tokens and corpus/settings.json lists corpus/tools under "ignore":
as a case, its run stage would rewrite the corpus while the harness reads it.
Cases are written from the rules of Lib/tokenize.py and Parser/tokenizer.c and the situations
Lib/test/test_tokenize.py checks; expected outputs are never stored here, CPython is the oracle.
"""
import os, shutil

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tokens")
CASES = []
FEATURE_NAMES = {"fstrings": "fstring"}


def case(feature, name, body, features=None, error=None, prefix=b"", stages="tokens"):
    if isinstance(body, str):
        body = body.encode("utf-8")
    # The folder is the default feature; the table spells f-strings as the other stages' cases do.
    feats = ", ".join(FEATURE_NAMES.get(f, f) for f in (features or [feature]))
    head = f"# features: [{feats}]\n# stages: [{stages}]\n"
    if error:
        head += f"# expect-error: tokens {error}\n"
    CASES.append((feature, name, prefix + head.encode() + body))


# ---------------------------------------------------------------- names and keywords
case("names", "simple", "spam = eggs\n_ = __dunder__\n")
case("names", "keywords", "if True and not False or None: pass\nelse_ = lambda x: x\n")
case("names", "soft_keywords", "match = case = _ = type = 1\nmatch x:\n    case [a, *rest]: pass\n    case _: pass\n")
case("names", "async_await", "async def f():\n    await x\n    async with a as b: pass\n    async for i in y: pass\nasync = await = 1\n")
case("names", "unicode_identifiers", "é = 1\nΣ = 'sigma'\n名前 = 3\nℌ = 4\n")
case("names", "non_bmp_identifier", "𝔘𝔫𝔦 = 1\nx = 𝔘𝔫𝔦 + 1\n", ["names", "unicode"])
case("names", "combining_mark", "cafe\u0301 = 1\n", ["names", "unicode"])
case("names", "nonidentifier_word", "x = \u00b2 + a\u00b2b + \u0663x\n", ["names", "errortoken"])
case("names", "middle_dot", "a\u00b7b = 1\n\u00b7\n", ["names", "errortoken"])
case("names", "string_prefix_names", "b = r = u = f = br = rb = fr = rf = ub = 1\nbr, rb, Rb, bR\n")
case("names", "long_name", "x" * 5000 + " = 1\n")

# ---------------------------------------------------------------- numbers
case("numbers", "integers", "0 1 42 1_000_000 00 0_0 007\n")
case("numbers", "hex_oct_bin", "0xff 0XFF 0x_f_f 0o17 0O1_7 0b101 0B1_0\n")
case("numbers", "floats", "1.0 1. .5 1e10 1E-5 1.5e+3 1_0.0_1 0.0 00.5 1_0e1_0\n")
case("numbers", "imaginary", "1j 1J 1.5j .5j 1e3j 0j 1_0j 00j 1.j\n")
case("numbers", "leading_zeros", "0123 0_7 00012\n")
case("numbers", "incomplete_radix", "0x 0b 0o 0xg 0b2 0o8 0x_ 0b1_\n")
case("numbers", "underscore_edges", "1_ 1__0 1_a 1e_1 1.e5_ 5.j_\n")
case("numbers", "exponent_edges", "1e 1e+ 1.5e-x 0e 1E5J 2e-0\n")
case("numbers", "number_then_name", "1if x else 2\n0x1for\n1and 2\n1abc\n1.5j2\n")
case("numbers", "dots", "1..2 ... .... x.y 1.__class__ ..1\n")
case("numbers", "big", "123456789012345678901234567890123456789012345678901234567890\n")
case("numbers", "attribute_on_int", "1 .real\n1.real\n1..real\n")

# ---------------------------------------------------------------- strings
case("strings", "quotes", "'a' \"b\" '' \"\" 'it''s' \"say \\\"hi\\\"\"\n")
case("strings", "prefixes", "b'x' B'x' r'x' R'x' u'x' U'x' f'x' F'x' br'x' Br'x' bR'x' BR'x' rb'x' rB'x' Rb'x' RB'x' fr'x' rf'x' Fr'x' fR'x' rF'x' Rf'x'\n")
case("strings", "invalid_prefixes", "ub'x' bu'x' ur'x' bf'x' fb'x' rr'x' xb'x'\n", ["strings", "errortoken"])
case("strings", "escapes", "'\\n\\t\\\\\\'' \"\\x41\\u0041\\N{DASH}\" b'\\xff'\n")
case("strings", "raw_backslash", "r'\\'' r\"\\\\\" r'\\\\'\n")
case("strings", "triple_single_line", "'''abc''' \"\"\"d'e\"f\"\"\" ''''a''' \"\"\"\"\"\"\n")
case("strings", "triple_multiline", "x = '''first\nsecond\n  third'''\ny = \"\"\"\n\"\"\"\n")
case("strings", "triple_with_quotes_inside", "x = '''it's \"quoted\" ''\n'' done'''\n")
case("strings", "triple_escaped_newline", "x = '''a\\\nb\\\\\nc'''\n")
case("strings", "triple_backslash_quote", "x = '''a\\''''\ny = \"\"\"\\\"\"\"\"\n")
case("strings", "continued_single_quote", "x = 'abc\\\ndef'\ny = \"a\\\n\\\nb\"\n")
case("strings", "continued_single_quote_crlf", b"x = 'abc\\\r\ndef'\r\n", ["strings", "newlines"])
case("strings", "continued_then_unterminated", "x = 'abc\\\ndef\ny = 1\n", ["strings", "errortoken"])
case("strings", "needcont_sticky_after_errortoken", "x = 'abc\\\n\ny = \"\"\"abc\nz\n", ["strings", "errortoken"])
case("strings", "unterminated_single", "x = 'abc\ny = \"def\n", ["strings", "errortoken"])
case("strings", "unterminated_prefixed", "x = rb'abc\nf\"z\n", ["strings", "errortoken"])
case("strings", "unterminated_triple_eof", "x = 1\ny = '''abc\ndef\n", ["strings", "eof"], error="TokenError")
case("strings", "unterminated_triple_eof_no_newline", "y = \"\"\"abc", ["strings", "eof"], error="TokenError")
case("strings", "adjacent", "x = 'a' 'b' \"c\"\n('a'\n 'b')\n")
case("strings", "string_in_parens_multiline", "x = (\n  '''a\nb''',\n  'c'\n)\n")
case("strings", "quote_after_backslash_eol", "'abc\\\\'\n'\\\\\\\\'\n")
case("strings", "lone_quote", "'\n\"\n", ["strings", "errortoken"])
case("strings", "cr_inside_string", b"x = 'a\rb'\n", ["strings", "newlines"])
case("strings", "unicode_content", "s = 'héllo wörld ✓ 😀'\nb = '\\U0001F600'\n", ["strings", "unicode"])
case("strings", "long_string", "s = '" + "a" * 20000 + "'\n")

# ---------------------------------------------------------------- f-strings (3.11: one STRING token)
case("fstrings", "simple", "f'{x}' F\"{y!r:>10}\" rf'{z}\\n' fr\"{{}}\"\n")
case("fstrings", "nested_quotes", "f\"{'a'}\" f'{\"b\"}' f'''{'c'}''' f\"{x['k']}\"\n")
case("fstrings", "format_spec", "f'{x:{width}.{prec}}' f'{x=}' f'{x = !r:^20}'\n")
case("fstrings", "multiline", "f'''\n{x}\n{y:\n>3}\n'''\n")
case("fstrings", "backslash_in_expr", "f'{x}\\n' f\"\\{x}\"\n")
case("fstrings", "unterminated", "f'{x\n", ["fstrings", "errortoken", "eof"], error="TokenError")
case("fstrings", "braces_only", "f'{{' f'}}' f'{{}}'\n")
case("fstrings", "unterminated_triple", "f'''{x}\n", ["fstrings", "eof"], error="TokenError")

# ---------------------------------------------------------------- operators
case("operators", "all", "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != -> . ... , : ; = += -= *= /= //= %= @= &= |= ^= >>= <<= **=\n")
case("operators", "brackets", "( ) [ ] { } ([{}])\n")
case("operators", "longest_match", "a**=b//=c>>=d<<=e->f:=g...h\n")
case("operators", "no_spaces", "x=1+2*3-4/5%6**7//8<<9>>10&11|12^~13\n")
case("operators", "not_equal_forms", "a != b\na <> b\na ! b\n", ["operators", "errortoken"])
case("operators", "stray_chars", "a $ b ? c ` d\n$\n  ?x\n", ["operators", "errortoken"])
case("operators", "unmatched_close", "x = )\ny = ]\n", ["operators", "eof"], error="TokenError")
case("operators", "mismatched", "x = (]\n", ["operators"])
case("operators", "balanced_after_negative", "x = ) (\ny = 1\n")
case("operators", "decorator_matmul", "@dec\ndef f(): return a @ b\nm @= n\n")
case("operators", "ellipsis_and_dots", "x[...] = ..\nx = .5 . 5\n")

# ---------------------------------------------------------------- comments
case("comments", "full_line", "# one\n    # indented\n\t# tabbed\nx = 1\n")
case("comments", "trailing", "x = 1  # trailing\ny = (1,  # inside parens\n     2)\n")
case("comments", "comment_eof_no_newline", "x = 1\n# last", ["comments", "newlines"])
case("comments", "comment_after_code_eof", "x = 1  # last", ["comments", "newlines"])
case("comments", "comment_crlf", b"# c\r\nx = 1  # d\r\n", ["comments", "newlines"])
case("comments", "comment_with_cr_inside", b"# a\rb\nx  # c\rd\n", ["comments", "newlines", "errortoken"])
case("comments", "comment_in_indented_block", "if x:\n    a\n# dedented comment\n    b\n")
case("comments", "comment_after_continuation", "x = 1 + \\\n# c\n2\n", ["comments", "continuation"])
case("comments", "hash_in_string", "s = '# not a comment'  # comment\n")
case("comments", "type_comments", "x = []  # type: List[int]\ndef f(a, b):  # type: (int, str) -> None\n    pass  # type: ignore\n")
case("comments", "shebang", "#!/usr/bin/env python3\nprint(1)\n")

# ---------------------------------------------------------------- newlines: NL vs NEWLINE
case("newlines", "blank_lines", "\n\nx = 1\n\n\ny = 2\n\n")
case("newlines", "no_final_newline", "x = 1", )
case("newlines", "no_final_newline_indented", "if x:\n    y = 1")
case("newlines", "crlf", b"x = 1\r\nif x:\r\n    y = 2\r\n\r\n")
case("newlines", "crlf_no_final", b"x = 1\r\ny = 2")
case("newlines", "lone_cr", b"x = 1\ry = 2\n", ["newlines", "errortoken"])
case("newlines", "cr_at_end", b"x = 1\r", ["newlines", "errortoken"])
case("newlines", "nl_in_parens", "x = (1,\n\n     2,\n)\ny = [\n]\n")
case("newlines", "only_whitespace_last_line", "x = 1\n    ")
case("newlines", "empty_file", "")
case("newlines", "only_newlines", "\n\n\n")
case("newlines", "only_spaces_lines", "   \n\t\n  \x0c \n")
case("newlines", "semicolons", "x = 1; y = 2;\nz = 3 ;\n")
case("newlines", "whitespace_before_eof_newline", "x = 1   \n")
case("newlines", "trailing_whitespace_no_newline", "x = 1   ")
case("newlines", "crlf_blank_lines", b"\r\n\r\nx\r\n  \r\n")
case("newlines", "mixed_endings", b"a\nb\r\nc\rd\n", ["newlines", "errortoken"])

# ---------------------------------------------------------------- indentation
case("indentation", "basic", "if a:\n    b\n    if c:\n        d\n    e\nf\n")
case("indentation", "multiple_dedent", "def f():\n    if x:\n        if y:\n            pass\nz = 1\n")
case("indentation", "dedent_at_eof", "class A:\n    def f(self):\n        return 1\n")
case("indentation", "dedent_at_eof_no_newline", "class A:\n    def f(self):\n        return 1")
case("indentation", "tabs", "if x:\n\tif y:\n\t\tpass\n\tz\n")
case("indentation", "tab_equals_eight_spaces", "if x:\n\ty\n        z\n")
case("indentation", "tab_after_spaces", "if x:\n    \ty\n\tz\n")
case("indentation", "mixed_tabs_spaces_consistent_width", "if x:\n  \t  y\n\t  z\n")
case("indentation", "formfeed_resets", "if x:\n    a\n\x0c    b\n\x0cc\n")
case("indentation", "formfeed_in_middle", "if x:\n  \x0c    a\n    b\n")
case("indentation", "formfeed_lines", "\x0c\nx = 1\n\x0c\n\x0cy = 2\n")
case("indentation", "unindent_mismatch", "if x:\n    a\n  b\n", ["indentation", "errors"], error="IndentationError")
case("indentation", "unindent_mismatch_tabs", "if x:\n\t\ta\n\tb\nc\n", ["indentation", "errors"], error="IndentationError")
case("indentation", "unindent_mismatch_deep", "if a:\n  if b:\n      c\n    d\n", ["indentation", "errors"], error="IndentationError")
case("indentation", "unexpected_indent_module_level", "x\n    y\n")
case("indentation", "first_line_indented", "  x = 1\ny = 2\n")
case("indentation", "indent_inside_parens_ignored", "x = (1,\n        2,\n  3)\ny\n")
case("indentation", "continuation_line_indent", "if x:\n    a = 1 + \\\n  2\n    b\n", ["indentation", "continuation"])
case("indentation", "backslash_line_start", "if x:\n    a\n\\\nb\n", ["indentation", "continuation"])
case("indentation", "backslash_indented_line_start", "if x:\n    a\n    \\\n    b\n", ["indentation", "continuation"])
case("indentation", "comment_lines_ignored", "if x:\n        # deep comment\n  # shallow comment\n    a\n")
case("indentation", "blank_line_with_spaces_inside_block", "def f():\n    a\n        \n    b\n")
case("indentation", "deep_nesting", "".join("    " * i + "if x:\n" for i in range(50)) + "    " * 50 + "pass\n")
case("indentation", "very_deep_nesting_150", "".join(" " * i + "if x:\n" for i in range(150)) + " " * 150 + "pass\n", ["indentation", "hostile"])
case("indentation", "dedent_to_zero_after_comment", "if x:\n    y\n# c\nz\n")
case("indentation", "whitespace_only_last_line_in_block", "if x:\n    y\n    ")

# ---------------------------------------------------------------- line continuation
case("continuation", "backslash", "x = 1 + \\\n    2\n")
case("continuation", "backslash_crlf", b"x = 1 + \\\r\n    2\r\n")
case("continuation", "backslash_chain", "x = \\\n\\\n\\\n3\n")
case("continuation", "backslash_then_blank", "x = 1 \\\n\ny = 2\n")
case("continuation", "backslash_not_at_eol", "x = 1 \\ 2\n", ["continuation", "errortoken"])
case("continuation", "backslash_eof", "x = 1 \\", ["continuation", "errortoken"])
case("continuation", "backslash_eof_newline", "x = 1 \\\n", ["continuation", "eof"], error="TokenError")
case("continuation", "backslash_space_newline", "x = 1 \\ \ny = 2\n", ["continuation", "errortoken"])
case("continuation", "backslash_in_parens", "x = (1 + \\\n     2)\n")
case("continuation", "backslash_after_comment_line", "# c \\\nx = 1\n")
case("continuation", "backslash_keeps_dedent_pending", "if x:\n    y = 1 + \\\n2\nz\n")

# ---------------------------------------------------------------- EOF situations
case("eof", "open_paren", "x = (1,\n", error="TokenError")
case("eof", "open_paren_no_newline", "x = [1,", error="TokenError")
case("eof", "open_brace_with_comment", "d = {\n  # c\n", error="TokenError")
case("eof", "nested_open", "f(a[b{", error="TokenError")
case("eof", "multiline_string_in_call", "f('''\n", ["eof", "strings"], error="TokenError")
case("eof", "closed_then_eof", "f(\n)\n")
case("eof", "dedents_then_endmarker", "if a:\n  if b:\n    c\n")

# ---------------------------------------------------------------- ERRORTOKEN situations
case("errortoken", "control_chars", "x = \x01\ny\x7f = 2\n")
case("errortoken", "null_byte", b"x = 1\x00\ny = 2\n", ["errortoken", "hostile"])
case("errortoken", "vertical_tab", "x = 1\x0b\n")
case("errortoken", "non_ascii_symbols", "x = € + ∑ + ½\n", ["errortoken", "unicode"])
case("errortoken", "space_then_error", "x =   $\n")
case("errortoken", "bom_in_middle", "x = 1\n\ufeffy = 2\n", ["errortoken", "unicode"])
case("errortoken", "nbsp", "x\u00a0= 1\n", ["errortoken", "unicode"])
case("errortoken", "line_separator", "x = 1\u2028y = 2\n", ["errortoken", "unicode"])
case("errortoken", "emoji", "😀 = 1\n", ["errortoken", "unicode"])
case("errortoken", "quote_then_name", "x = 'a\nprint(x)\n")
case("errortoken", "backtick", "`x`\n")

# ---------------------------------------------------------------- encodings (bytes input: ENCODING token)
def enc(name, raw, features=None, error=None, head_first=True):
    CASES.append(("encoding", name, raw))

case("encoding", "utf8_default", "s = 'ünïcödé'\n")
CASES.append(("encoding", "cookie_latin1", b"# -*- coding: latin-1 -*-\n# features: [encoding]\n# stages: [tokens]\ns = '\xe9\xe8'\n"))
CASES.append(("encoding", "cookie_iso8859_1_second_line", b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\n# features: [encoding]\n# stages: [tokens]\ns = '\xe9'\n"))
CASES.append(("encoding", "cookie_utf8_variants", b"# coding=utf_8\n# features: [encoding]\n# stages: [tokens]\nx = 1\n"))
CASES.append(("encoding", "cookie_Latin1_case", b"# coding: Latin1\n# features: [encoding]\n# stages: [tokens]\ns = '\xff'\n"))
CASES.append(("encoding", "cookie_cp1252", b"# coding: cp1252\n# features: [encoding]\n# stages: [tokens]\ns = '\x80\x93'\n"))
CASES.append(("encoding", "cookie_koi8r", b"# coding: koi8-r\n# features: [encoding]\n# stages: [tokens]\ns = '\xc1\xc2'\n"))
CASES.append(("encoding", "cookie_utf8_long_name", b"# coding: utf-8-unix\n# features: [encoding]\n# stages: [tokens]\nx = 1\n"))
CASES.append(("encoding", "cookie_unknown", b"# coding: no-such-codec\n# features: [encoding]\n# stages: [tokens]\n# expect-error: tokens SyntaxError\nx = 1\n"))
CASES.append(("encoding", "cookie_misspelled_uft8", b"# coding: uft-8\n# features: [encoding]\n# stages: [tokens]\n# expect-error: tokens SyntaxError\nx = 1\n"))
CASES.append(("encoding", "cookie_third_line_ignored", b"#\n#\n# coding: latin-1\n# features: [encoding]\n# stages: [tokens]\nx = 1\n"))
CASES.append(("encoding", "cookie_after_code_ignored", b"x = 1\n# coding: latin-1\n# features: [encoding]\n# stages: [tokens]\n"))
CASES.append(("encoding", "cookie_not_in_comment", b"x = 'coding: latin-1'\n# features: [encoding]\n# stages: [tokens]\n"))
CASES.append(("encoding", "bom_utf8", b"\xef\xbb\xbf# features: [encoding]\n# stages: [tokens]\ns = '\xc3\xa9'\n"))
CASES.append(("encoding", "bom_with_utf8_cookie", b"\xef\xbb\xbf# coding: utf-8\n# features: [encoding]\n# stages: [tokens]\nx = 1\n"))
CASES.append(("encoding", "bom_with_latin1_cookie", b"\xef\xbb\xbf# coding: latin-1\n# features: [encoding]\n# stages: [tokens]\n# expect-error: tokens SyntaxError\nx = 1\n"))
CASES.append(("encoding", "bom_only", b"\xef\xbb\xbf"))
CASES.append(("encoding", "invalid_utf8_first_line", b"s = '\xff'\n# features: [encoding]\n# stages: [tokens]\n# expect-error: tokens SyntaxError\n"))
CASES.append(("encoding", "invalid_utf8_later_line", b"# features: [encoding]\n# stages: [tokens]\n# expect-error: tokens UnicodeDecodeError\nx = 1\ns = '\xe9'\n"))
CASES.append(("encoding", "truncated_utf8_at_eof", b"# features: [encoding]\n# stages: [tokens]\n# expect-error: tokens UnicodeDecodeError\nx = 1\ns = '\xe2\x82"))
CASES.append(("encoding", "blank_first_line_then_cookie", b"\n# coding: latin-1\n# features: [encoding]\n# stages: [tokens]\ns = '\xe9'\n"))
CASES.append(("encoding", "cookie_emacs_style", b"# -*- mode: python; coding: iso-8859-15 -*-\n# features: [encoding]\n# stages: [tokens]\ns = '\xa4'\n"))

# ---------------------------------------------------------------- unicode columns (code points)
case("unicode", "columns_after_wide_chars", "s = '日本語'; x = 1\n")
case("unicode", "columns_after_astral", "s = '😀😀'; x = 1\n")
case("unicode", "multiline_string_columns", "s = '''é\n😀'''; y = 2\n")
case("unicode", "fullwidth_digits", "x = １２３\n", ["unicode", "errortoken"])

# ---------------------------------------------------------------- hostile inputs
case("hostile", "deep_parens", "x = " + "(" * 300 + "1" + ")" * 300 + "\n")
case("hostile", "many_dedents", "".join("    " * i + "if x:\n" for i in range(90)) + "    " * 90 + "y\nz\n")
case("hostile", "long_line", "x = [" + "1, " * 20000 + "]\n")
case("hostile", "unterminated_triple_at_eof", "x = 1\n'''" + "a\n" * 100, error="TokenError")
case("hostile", "truncated_def", "def f(a, b", error="TokenError")
case("hostile", "truncated_string", "x = 'abc")
case("hostile", "truncated_number", "x = 0x")
case("hostile", "only_backslash", "\\")
case("hostile", "only_quote", "'")
case("hostile", "only_triple_quote", "'''", error="TokenError")
case("hostile", "mixed_tabs_spaces_many", "if x:\n" + "".join(("\t" if i % 2 else " " * 8) + f"a{i}\n" for i in range(50)))
case("hostile", "random_bytes_like", b"x = 1\n\x01\x02\x03 \x7f\n", ["hostile", "errortoken"])
case("hostile", "nul_only", b"\x00", ["hostile", "errortoken"])
case("hostile", "closing_only", ")]}\n", error="TokenError")

# ---------------------------------------------------------------- situations from Lib/test/test_tokenize.py
case("test_tokenize", "basic", "1 + 1\n")
case("test_tokenize", "if_block", "if False:\n    # NL\n    \n    True = False # NEWLINE\n")
case("test_tokenize", "indentation_error_block", "def k(x):\n    x += 2\n  x += 5\n", ["test_tokenize", "indentation"], error="IndentationError")
case("test_tokenize", "int_forms", "0xff <= 255\n0b10 <= 255\n0o123 <= 0O123\n1234567 > ~0x15\n2134568 != 1231515\n(-124561-1) & 200000000\n0xdeadbeef != -1\n0xdeadc0de & 12345\n0xFF & 0x15 | 1234\n")
case("test_tokenize", "long_forms", "x = 0\nx = 0xfffffffffff\nx = 123141242151251616110\nx = -15921590215012591\n")
case("test_tokenize", "float_forms", "x = 3.14159\nx = 314159.\nx = .314159\nx = 3e14159\nx = 314159e-1\nx = 3.14e159\n")
case("test_tokenize", "underscore_literals", "1_000 0_0 0x_f 0o_7 0b_1 1_0.0_1 1_0e1_0 1_0j\n")
case("test_tokenize", "string_forms", "x = ''; y = \"\"\nx = '\"'; y = \"'\"\nx = \"doesn't \\\"shrink\\\", does it\"\ny = 'abc' + 'ABC'\nx = r'abc' + r'ABC' + R'ABC' + R'ABC'\ny = r\"abc\" + r\"ABC\" + R\"ABC\" + R\"ABC\"\n")
case("test_tokenize", "triple_forms", "x = '''\nabc'''\ny = \"\"\"\n\"\"\"\nx = u'abc' + U'ABC'\n")
case("test_tokenize", "function_defs", "def d22(a, b, c=2, d=2, *k): pass\ndef d01v_(a=1, *k, **w): pass\ndef d23(a: str, b: int=3) -> int: pass\n")
case("test_tokenize", "comparison", "if 1 < 1 > 1 == 1 >= 5 <= 0x15 <= 0x12 != 1 and 5 in 1 not in 1 is 1 or 5 is not 1: pass\n")
case("test_tokenize", "shift", "x = 1 << 1 >> 5\n")
case("test_tokenize", "additive", "x = 1 - y + 15 - 1 + 0x124 + z + a[5]\n")
case("test_tokenize", "multiplicative", "x = 1//1*1/5*12%0x12@42\n")
case("test_tokenize", "unary", "~1 ^ 1 & 1 |1 ^ -1\n-1*1/1+1*1//1 - ---1**1\n")
case("test_tokenize", "selector", "import sys, time\nx = sys.modules['time'].time()\n")
case("test_tokenize", "method", "@staticmethod\ndef foo(x,y): pass\n")
case("test_tokenize", "tabs_in_code", "if False:\n\tx = 3\n\ty = 4\n")
case("test_tokenize", "non_ascii_identifiers", "Örter = 'places'\ngrün = 'green'\n")
case("test_tokenize", "unicode_strings", "Örter = u'places'\ngrün = U'green'\n")
case("test_tokenize", "async_contexts", "async = 1\nawait = 1\nasync += 1\nasync def foo(): pass\nasync def foo():\n    await\nasync def foo():\n    def foo(await):\n        await = 1\n    if 1:\n        await\nasync += 1\n")
case("test_tokenize", "async_for_with", "async def f():\n  async for i in 1: pass\n  async with 1 as a: pass\nasync for\nasync with\n")
case("test_tokenize", "bad_async", "async def foo():\n  async def foo(): await 1\n")
case("test_tokenize", "newline_after_parenthesized_block", "(\n    a\n) if b else c\n")
case("test_tokenize", "exact_types", "( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @=\n")
case("test_tokenize", "implicit_newline", "x")
case("test_tokenize", "continuation_lines_indent", "def fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n", ["test_tokenize", "continuation", "indentation"])
case("test_tokenize", "random_tokens_like", "x = 1\n  if x: pass\n", ["test_tokenize", "indentation"])
case("test_tokenize", "comment_at_eof_with_indent", "if x:\n    pass\n    # comment")
case("test_tokenize", "invalid_character_in_fstring_like", "f'\\N{EULER CONSTANT}'\n")
case("test_tokenize", "pathological_trailing_whitespace", "x = 1\n" + " " * 1000 + "\n")
case("test_tokenize", "string_prefixes_matrix", " ".join(p + "''" for p in ["", "b", "B", "br", "bR", "Br", "BR", "rb", "rB", "Rb", "RB", "r", "R", "u", "U", "f", "F", "fr", "fR", "Fr", "FR", "rf", "rF", "Rf", "RF"]) + "\n")


# ---------------------------------------------------------------- the C tokenizer's own errors (parser view)
# Each is one situation Parser/tokenizer.c rejects; the tokens stage checks the tokenize module's view of the
# same bytes, the ast stage CPython's SyntaxError (message and position) that the parser view must reproduce.
C_ERRORS = [
    ("decimal_underscore_letter", "x = 1_a\n"), ("double_underscore", "x = 1__0\n"), ("hex_empty", "x = 0x\n"),
    ("hex_bad_digit", "x = 0x1g\n"), ("octal_digit_8", "x = 0o8\n"), ("octal_digit_after", "x = 0o19\n"),
    ("octal_empty", "x = 0o\n"), ("binary_digit_2", "x = 0b12\n"), ("binary_empty", "x = 0b\n"),
    ("leading_zeros", "x = 0777\n"), ("leading_zeros_underscore", "x = 0_7\n"), ("zero_underscore", "x = 0_\n"),
    ("exponent_missing", "x = 1e\n"), ("exponent_sign_only", "x = 1e+\n"), ("exponent_letter", "x = 1.5e-x\n"),
    ("number_then_letters", "x = 1abc\n"), ("imaginary_then_digit", "x = 1.5j2\n"), ("float_exponent_underscore", "x = 1.e5_\n"),
    ("imaginary_underscore", "x = 5.j_\n"), ("binary_trailing_underscore", "x = 0b1_\n"), ("octal_trailing_underscore", "x = 0o7_\n"),
    ("hex_underscore_only", "x = 0x_\n"), ("number_before_keyword_ok", "x = [0x1for x in y]\ny = 1if x else 2\nz = 1 if 1else 2\n"),
    ("unterminated_string", "x = 'abc\ny = 2\n"), ("unterminated_string_eof", "x = 'abc"),
    ("unterminated_triple", 'x = """abc\n\ndef\n'), ("unterminated_string_in_parens", "x = (\n 'abc\n)\n"),
    ("unterminated_second_string", "x = 'a' 'b\n"), ("invalid_character_euro", "a = b €\n"),
    ("invalid_character_start", "€a = 1\n"), ("non_printable_ascii", "a = b\x01\n"), ("non_printable_vt", "1 2\x0b\n"),
    ("non_printable_line_separator", "x = 1\u2028y = 2\n"), ("non_printable_nbsp", "a\u00a0b = 1\n"),
    ("bom_in_str_middle", "x = 1\n\ufeffy = 2\n"), ("valid_unicode_names", "é = 1\na·b = 2\n"),
    ("never_closed_paren", "x = (\n"), ("never_closed_after_blank_lines", "x = (\n\n\n"),
    ("never_closed_inner", "x = (1,\n[2,\n"), ("unmatched_close", "x = 1)\n"),
    ("mismatched_same_line", "x = (]\n"), ("mismatched_other_line", "x = (\n]\n"),
    ("dedent_mismatch", "if x:\n  a\n b\n"), ("dedent_mismatch_formfeed", "if x:\n    a\n\x0c  b\n"),
    ("tab_error_tab_then_spaces", "if x:\n\ta\n        b\n"), ("tab_error_spaces_then_tab", "if x:\n        a\n\tb\n"),
    ("tab_error_nested", "def f():\n\tif x:\n        pass\n"), ("too_deep_indentation", "".join("if x:\n" + " " * (i + 1) for i in range(100)) + "pass\n"),
    ("too_many_parens", "x = " + "(" * 201 + "\n"), ("backslash_not_at_eol", "x = 1 \\ y\n"),
    ("backslash_eof", "x = 1 \\"), ("backslash_eof_after_newline", "x = \\\n"), ("backslash_only", "\\"),
    ("backslash_then_letter", "x\\y\n"), ("backslash_line_start_dedent", "if x:\n    a\n\\\nb\n"),
    ("backslash_line_start_mismatch", "if x:\n    a\n  \\\n    b\n"), ("backslash_line_start_keeps_block", "if x:\n    a\n\\\n    b\n"),
    ("backslash_in_unclosed_paren", "x = (1 \\\n"), ("null_byte", "x = 1\x00\n"),
]
# what the tokenize module (not the C tokenizer) makes of the same bytes
MODULE_ERRORS = {
    "backslash_eof_after_newline": "TokenError", "backslash_in_unclosed_paren": "TokenError",
    "backslash_line_start_mismatch": "IndentationError", "dedent_mismatch": "IndentationError",
    "dedent_mismatch_formfeed": "IndentationError", "never_closed_after_blank_lines": "TokenError",
    "never_closed_inner": "TokenError", "never_closed_paren": "TokenError", "too_many_parens": "TokenError",
    "unmatched_close": "TokenError", "unterminated_triple": "TokenError",
}
for _name, _src in C_ERRORS:
    case("c_tokenizer", _name, _src, ["c_tokenizer", "errors"], error=MODULE_ERRORS.get(_name), stages="tokens, ast")
CASES.append(("c_tokenizer", "undecodable_identifier", b"# features: [c_tokenizer, encoding]\n# stages: [tokens, ast]\n# expect-error: tokens UnicodeDecodeError\nx = 1\nab\xff = 2\n"))
CASES.append(("c_tokenizer", "bom_cookie_conflict", b"\xef\xbb\xbf# coding: latin-1\n# features: [c_tokenizer, encoding]\n# stages: [tokens, ast]\n# expect-error: tokens SyntaxError\n"))
CASES.append(("c_tokenizer", "unknown_cookie", b"# coding: foo\n# features: [c_tokenizer, encoding]\n# stages: [tokens, ast]\n# expect-error: tokens SyntaxError\n"))


def main():
    for d in os.listdir(HERE):
        p = os.path.join(HERE, d)
        if os.path.isdir(p) and not d.startswith("_"):
            shutil.rmtree(p)
    names = set()
    for feature, name, data in CASES:
        key = (feature, name)
        assert key not in names, key
        names.add(key)
        os.makedirs(os.path.join(HERE, feature), exist_ok=True)
        with open(os.path.join(HERE, feature, name + ".py"), "wb") as f:
            f.write(data)
    print(f"{len(CASES)} cases in {len({c[0] for c in CASES})} features")


if __name__ == "__main__":
    main()
