#!/usr/bin/env python3
"""Writes corpus/syntax-errors/*.py: small invalid programs, written by hand below (the situations
follow CPython's test_syntax.py, test_exceptions.py, test_fstring.py and test_grammar.py, the code is
ours). Each file gets the metadata header; the expected error class is asked of the python3 on PATH
(this is the harness's expectation data, not something the reference interpreter reads).

    python3 make_syntax_error_corpus.py
"""
import ast, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "../../../../corpus/syntax-errors"))

cases = []  # (name, features, source)

def add(name, features, src):
    cases.append((name, features, src))

# --- invalid assignment targets, in every context that takes a target -------------------------
bad_targets = {
    "call": "f()", "literal_int": "1", "literal_str": "'s'", "none": "None", "true": "True",
    "ellipsis": "...", "binop": "a + b", "unary": "-a", "boolop": "a and b", "compare": "a < b",
    "lambda": "lambda: 1", "ifexp": "a if b else c", "dict": "{}", "set": "{a}", "listcomp": "[x for x in y]",
    "setcomp": "{x for x in y}", "dictcomp": "{x: y for x in z}", "genexp": "(x for x in y)",
    "await": "await x", "yield": "(yield)", "fstring": "f'{x}'", "named": "(a := 1)",
    "tuple_call": "(a, f())", "list_literal": "[a, 1]", "starred_call": "*f()",
}
for key, t in bad_targets.items():
    add(f"assign_to_{key}", ["assignment"], f"{t} = 1\n")
    add(f"augassign_to_{key}", ["augassign"], f"{t} += 1\n")
    if key not in ("await", "yield"):
        add(f"for_target_{key}", ["for"], f"for {t} in range(3):\n    pass\n")
        add(f"del_{key}", ["del"], f"del {t}\n")
    if key not in ("starred_call",):
        add(f"with_as_{key}", ["with"], f"with open('f') as {t}:\n    pass\n")
        add(f"comp_target_{key}", ["comprehension"], f"[1 for {t} in y]\n")
        add(f"walrus_target_{key}", ["walrus"], f"({t} := 1)\n")
        add(f"ann_target_{key}", ["annotation"], f"{t}: int = 1\n")
    add(f"chained_assign_{key}", ["assignment"], f"a = {t} = 1\n")
    add(f"kwarg_{key}", ["call"], f"f({t}=1)\n")

# --- statements missing pieces ------------------------------------------------------------------
for kw, head in [("if", "if x"), ("elif", "if x:\n    pass\nelif y"), ("while", "while x"),
                 ("for", "for x in y"), ("with", "with x"), ("def", "def f()"), ("class", "class C"),
                 ("class_args", "class C(B)"), ("try", "try"), ("except", "try:\n    pass\nexcept E"),
                 ("except_bare", "try:\n    pass\nexcept"), ("finally", "try:\n    pass\nfinally"),
                 ("else", "if x:\n    pass\nelse"), ("match", "match x"), ("lambda", "f = lambda x"),
                 ("async_def", "async def f()"), ("async_for", "async def f():\n    async for x in y"),
                 ("async_with", "async def f():\n    async with x")]:
    add(f"missing_colon_{kw}", [kw], f"{head}\n    pass\n")
for kw, head in [("if", "if x:"), ("elif", "if x:\n    pass\nelif y:"), ("else", "if x:\n    pass\nelse:"),
                 ("while", "while x:"), ("for", "for x in y:"), ("with", "with x:"), ("with_as", "with x as y:"),
                 ("with_paren", "with (x as y):"), ("def", "def f():"), ("async_def", "async def f():"),
                 ("class", "class C:"), ("try", "try:"), ("except", "try:\n    pass\nexcept E:"),
                 ("except_as", "try:\n    pass\nexcept E as e:"), ("except_bare", "try:\n    pass\nexcept:"),
                 ("except_star", "try:\n    pass\nexcept* E:"), ("finally", "try:\n    pass\nfinally:"),
                 ("match", "match x:"), ("case", "match x:\n    case 1:"), ("while_else", "while x:\n    pass\nelse:"),
                 ("for_else", "for x in y:\n    pass\nelse:"), ("decorated", "@d\ndef f():")]:
    add(f"no_indented_block_{kw}", ["indentation", kw], f"{head}\nx = 1\n")
    add(f"no_indented_block_eof_{kw}", ["indentation", kw], f"{head}\n")

add("unexpected_indent", ["indentation"], "x = 1\n    y = 2\n")
add("unexpected_indent_first", ["indentation"], "    x = 1\n")
add("unindent_mismatch", ["indentation"], "if x:\n        a\n    b\n")
add("unexpected_unindent_try", ["indentation"], "try:\n    pass\n  except:\n    pass\n")
add("tab_inconsistent", ["indentation"], "if x:\n        a\n\tb\n")
add("dedent_in_expression", ["indentation"], "def f():\n    x = (1,\n2)\n  y\n")
add("indent_after_decorator", ["indentation"], "@d\n    def f(): pass\n")
add("try_no_except", ["try"], "try:\n    pass\nx = 1\n")
add("try_eof", ["try"], "try:\n    pass\n")
add("except_star_bare", ["try"], "try:\n    pass\nexcept*:\n    pass\n")
add("except_and_except_star", ["try"], "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n")
add("except_star_and_except", ["try"], "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n")
add("except_multiple_unparenthesized", ["try"], "try:\n    pass\nexcept A, B:\n    pass\n")
add("except_multiple_as", ["try"], "try:\n    pass\nexcept A, B as e:\n    pass\n")
add("else_without_if", ["if"], "else:\n    pass\n")
add("elif_without_if", ["if"], "elif x:\n    pass\n")
add("finally_alone", ["try"], "finally:\n    pass\n")
add("if_else_missing_else_expr", ["ifexp"], "x = a if b\n")
add("if_expr_no_else_in_call", ["ifexp"], "f(a if b)\n")

# --- calls and arguments --------------------------------------------------------------------
for name, call in [
    ("positional_after_keyword", "f(a=1, b)"), ("positional_after_kwunpack", "f(**k, a)"),
    ("iterable_after_kwunpack", "f(**k, *a)"), ("genexp_unparenthesized_two", "f(a, x for x in y)"),
    ("genexp_unparenthesized_first", "f(x for x in y, a)"), ("genexp_with_if", "f(a, x for x in y if x)"),
    ("kwarg_maybe_eq", "f(a=x for x in y)"), ("kwarg_expression", "f(a.b=1)"), ("kwarg_call", "f(g()=1)"),
    ("kwarg_true", "f(True=1)"), ("kwarg_none", "f(None=1)"), ("kwarg_false", "f(False=1)"),
    ("double_comma", "f(a,,b)"), ("leading_comma", "f(,a)"), ("star_star_star", "f(***a)"),
    ("unclosed_call", "f(a, b"), ("keyword_lambda", "f(lambda=1)"), ("kwarg_string", "f('a'=1)"),
    ("walrus_kw", "f(a:=1=2)"), ("kwarg_subscript", "f(a[0]=1)"), ("call_comma_only", "f(,)"),
    ("class_positional_after_kw", "class C(metaclass=M, B): pass"),
]:
    add(f"call_{name}", ["call"], call + "\n")

# --- comprehensions, displays ---------------------------------------------------------------
for name, src in [
    ("list_unpack", "[*x for x in y]"), ("set_unpack", "{*x for x in y}"), ("gen_unpack", "(*x for x in y)"),
    ("dict_unpack", "{**x for x in y}"), ("list_tuple_target", "[x, y for x in z]"),
    ("set_tuple_target", "{x, y for x in z}"), ("list_tuple_target_comma", "[x, for x in z]"),
    ("missing_in", "[x for x y]"), ("missing_iter", "[x for x in]"), ("comp_no_for", "[x if y]"),
    ("dict_missing_value", "{a: }"), ("dict_missing_value2", "{a: , b: 2}"), ("dict_starred_value", "{a: *b}"),
    ("dict_missing_colon", "{a: 1, b}"), ("dict_missing_colon2", "{a: 1, b, c: 2}"),
    ("dict_double_star_value", "{a: **b}"), ("set_double_star", "{**a, b}"), ("list_double_star", "[**a]"),
    ("tuple_double_star", "(**a)"), ("paren_star", "(*a)"), ("paren_star_call", "print((*a))"),
    ("unclosed_list", "x = [1, 2,\ny = 3\n"), ("unclosed_dict", "x = {1: 2,\n"), ("unclosed_paren_eof", "x = (1 +\n"),
    ("mismatch_bracket", "x = [1, 2)"), ("mismatch_brace", "x = {1: 2]"), ("unmatched_close", "x = 1)"),
    ("unmatched_close_bracket", "]"), ("unmatched_close_brace", "x = }"), ("nested_mismatch", "f([1, 2)]"),
    ("comp_async_missing_for", "[x async y]"), ("subscript_empty", "a[]"), ("slice_too_many", "a[1:2:3:4]"),
    ("empty_parens_expr", "x = () + "), ("trailing_operator", "x = 1 +"), ("double_operator", "x = 1 * * 2"),
    ("missing_comma_list", "[1 2]"), ("missing_comma_tuple", "(a b)"), ("missing_comma_call", "f(a b)"),
    ("missing_comma_dict", "{1: 2 3: 4}"), ("missing_comma_strings", "['a' 'b' c]"),
    ("missing_comma_set", "{a b}"), ("missing_comma_names_3", "f(a b c)"),
]:
    add(f"display_{name}", ["displays"], src + ("\n" if not src.endswith("\n") else ""))

# --- parameters ------------------------------------------------------------------------------
for name, params in [
    ("non_default_after_default", "a=1, b"), ("non_default_after_default_slash", "a=1, /, b"),
    ("parenthesized", "(a, b)"), ("parenthesized_after", "a, (b, c)"), ("slash_first", "/, a"),
    ("slash_twice", "a, /, b, /"), ("slash_after_star", "*, a, /"), ("slash_after_star_args", "*a, b, /"),
    ("slash_star_no_comma", "a, /*"), ("bare_star_end", "*"), ("bare_star_kwargs", "*, **k"),
    ("star_default", "*a=1"), ("star_twice", "*a, *b"), ("bare_star_twice", "*, a, *"),
    ("kwargs_default", "**k=1"), ("after_kwargs", "**k, a"), ("star_after_kwargs", "**k, *a"),
    ("kwargs_twice", "**k, **j"), ("slash_after_kwargs", "**k, /"), ("default_missing", "a="),
    ("default_missing_mid", "a=, b"), ("double_comma", "a,, b"), ("annotation_missing", "a:"),
    ("keyword_param", "class"), ("literal_param", "1"), ("star_star_star", "***a"),
    ("dup_kwonly_marker", "a, *, *, b"), ("default_before_slash_then_plain", "a=1, /, b, c=2, d"),
]:
    add(f"def_params_{name}", ["def", "parameters"], f"def f({params}):\n    pass\n")
    add(f"lambda_params_{name}", ["lambda", "parameters"], f"f = lambda {params.replace(':', '')}: 1\n")

# --- f-strings ---------------------------------------------------------------------------------
for name, src in [
    ("empty_expr", "f'{}'"), ("empty_expr_space", "f'{ }'"), ("expr_before_bang", "f'{!r}'"),
    ("expr_before_colon", "f'{:x}'"), ("expr_before_eq", "f'{=}'"), ("single_close", "f'}'"),
    ("single_close_after", "f'a}b'"), ("unclosed", "f'{a'"), ("unclosed_spec", "f'{a:x'"),
    ("bad_conversion", "f'{a!x}'"), ("missing_conversion", "f'{a!}'"), ("conversion_then_text", "f'{a!rr}'"),
    ("backslash_in_expr", "f'{a\\\\n}'"), ("comment_in_expr", "f'{a#}'"), ("nested_too_deep", "f'{a:{b:{c}}}'"),
    ("unmatched_paren", "f'{a)}'"), ("mismatch_paren", "f'{(a]}'"), ("unclosed_paren", "f'{(a}'"),
    ("invalid_syntax_inside", "f'{a b}'"), ("invalid_assign_inside", "f'{a = 1}'"), ("lambda_inside", "f'{lambda x: 1}'"),
    ("yield_star", "f'{*a}'"), ("unterminated_inner_string", "f'{\"a}'"), ("walrus_unparenthesized", "f'{x:=1}x'"),
    ("starred_in_spec", "f'{a:{*b}}'"), ("bad_inside_spec", "f'{a:{b c}}'"), ("empty_in_spec", "f'{a:{}}'"),
    ("double_star", "f'{**a}'"), ("keyword_only", "f'{if}'"), ("dangling_op", "f'{a +}'"),
    ("multiline_bad", "f'''{\na b\n}'''"), ("concat_bad", "'x' f'{a b}' 'y'"), ("await_bad", "f'{await}'"),
    ("close_in_spec", "f'{a:}}'"), ("bang_eq_start", "f'{!=}'"), ("tuple_trailing_bad", "f'{a,,}'"),
]:
    add(f"fstring_{name}", ["fstring"], src + "\n")

# --- strings, bytes, numbers -----------------------------------------------------------------
for name, src in [
    ("bytes_non_ascii", "b'caf\u00e9'"), ("mix_bytes_str", "b'a' 'b'"), ("mix_str_bytes", "'a' b'b'"),
    ("mix_fstring_bytes", "f'a' b'b'"), ("truncated_x", "'\\x4'"), ("truncated_u", "'\\u12'"),
    ("truncated_U", "'\\U1234'"), ("illegal_U", "'\\U00110000'"), ("bad_N", "'\\N{NOT A REAL NAME AT ALL}'"),
    ("malformed_N", "'\\N'"), ("malformed_N_brace", "'\\N{SPACE'"), ("bytes_bad_x", "b'\\x4'"),
    ("unterminated_single", "'abc"), ("unterminated_double", "\"abc"), ("unterminated_triple", "'''abc\n\n"),
    ("unterminated_triple_double", '"""abc\n'), ("unterminated_bytes", "b'abc"), ("unterminated_fstring", "f'abc"),
    ("eol_in_string", "x = 'abc\ny'"), ("invalid_prefix", "bu'x'"), ("invalid_prefix2", "ub'x'"),
    ("invalid_decimal", "1_"), ("invalid_decimal2", "1__0"), ("invalid_hex", "0x"), ("invalid_hex2", "0xg"),
    ("invalid_octal", "0o8"), ("invalid_binary", "0b2"), ("leading_zero", "012"), ("invalid_exponent", "1e"),
    ("invalid_imag", "1jj"), ("number_then_name", "1abc"), ("float_then_name", "1.5abc"), ("hex_underscore_end", "0x_"),
    ("huge_decimal", "x = " + "9" * 4400), ("invalid_char", "x = $"), ("invalid_char2", "x = a ? b"),
    ("backtick", "x = `a`"), ("invalid_unicode_char", "x = a \u2212 b"), ("nbsp", "x = 1\u00a0+ 2"),
    ("continuation_eof", "x = 1 + \\"), ("continuation_bad", "x = 1 \\ 2"), ("null_byte", "x = 1\x00"),
    ("decimal_too_many_dots", "1.2.3"), ("octal_underscore_bad", "0o_"), ("complex_literal_pattern", "match x:\n    case 1j + 1:\n        pass"),
]:
    add(f"literal_{name}", ["literals"], src + "\n")

# --- keywords, misc statements ------------------------------------------------------------------
for name, src in [
    ("print_stmt", "print 'hello'"), ("print_stmt_name", "print x"), ("exec_stmt", "exec 'code'"),
    ("import_trailing_comma", "from a import b,"), ("import_star_paren", "from a import (*)"),
    ("import_no_names", "from a import"), ("import_dot_only", "import ."), ("import_as_dotted", "import a as b.c"),
    ("from_no_module", "from import a"), ("import_relative", "import .a"), ("import_paren", "import (a)"),
    ("from_import_as_missing", "from a import b as"), ("global_literal", "global 1"), ("nonlocal_empty", "nonlocal"),
    ("global_trailing_comma", "global a,"), ("del_empty", "del"), ("assert_empty", "assert"),
    ("raise_from_empty", "raise E from"), ("return_two", "return a b"), ("pass_arg", "pass 1"),
    ("break_arg", "break 1"), ("continue_arg", "continue x"), ("keyword_as_name", "class = 1"),
    ("keyword_as_name2", "def = 2"), ("keyword_attr", "a.if = 1"), ("keyword_call_name", "import = f()"),
    ("none_attr_assign", "None.x"), ("lambda_no_colon", "lambda x"), ("lambda_body_missing", "lambda x:"),
    ("yield_from_no_expr", "def f():\n    yield from"), ("await_no_expr", "async def f():\n    await"),
    ("async_alone", "async x = 1"), ("async_lambda", "async lambda: 1"), ("decorator_no_def", "@d\nx = 1"),
    ("decorator_empty", "@\ndef f(): pass"), ("class_no_name", "class (B): pass"), ("def_no_name", "def (): pass"),
    ("def_no_parens", "def f: pass"), ("def_arrow_missing", "def f() -> : pass"), ("def_missing_paren", "def f(a: pass"),
    ("semicolon_double", "x = 1;; y = 2"), ("semicolon_start", "; x = 1"), ("colon_alone", ":"),
    ("star_alone", "*"), ("star_assign_alone", "*a = 1"), ("double_star_assign", "**a = 1"),
    ("star_expr_statement", "*a"), ("starred_augassign", "*a += 1"), ("tuple_augassign", "a, b += 1"),
    ("list_augassign", "[a] += 1"), ("ann_tuple", "a, b: int"), ("ann_list", "[a, b]: int"), ("ann_paren_tuple", "(a, b): int"),
    ("ann_call", "f(): int"), ("ann_literal", "1: int"), ("walrus_statement", "a := 1"), ("walrus_attr", "(a.b := 1)"),
    ("walrus_subscript", "(a[0] := 1)"), ("walrus_tuple", "((a, b) := 1)"), ("walrus_in_comp_iter_target", "[i := 0 for i in x]"),
    ("yield_assign", "def f():\n    yield = 1"), ("assign_yield_target", "def f():\n    (yield x) = 1"),
    ("equal_in_if", "if x = 1:\n    pass"), ("equal_in_while", "while x = 1:\n    pass"),
    ("equal_in_call_cmp", "f(a.b = 1 for x in y)"), ("equal_in_elif", "if a:\n    pass\nelif b = 1:\n    pass"),
    ("assert_paren_eq", "assert(x = 1)"), ("double_equal_assign", "x = = 1"), ("arrow_alone", "->"),
    ("ellipsis_op", "x = ..."), ("at_no_expr", "x = a @"), ("not_alone", "x = not"), ("is_not_bad", "x = a is not"),
    ("not_in_bad", "x = a not"), ("comparison_chain_bad", "a < < b"), ("power_missing", "a ** "),
    ("lambda_default_star", "lambda *a=1: 0"), ("with_missing_as_target", "with a as:\n    pass"),
    ("with_tuple_as", "with a as b, c as d e:\n    pass"), ("with_paren_no_colon", "with (a as b)\n    pass"),
    ("for_missing_in", "for x y:\n    pass"), ("for_missing_iter", "for x in :\n    pass"),
    ("for_no_target", "for in y:\n    pass"), ("while_empty_cond", "while :\n    pass"), ("if_empty_cond", "if :\n    pass"),
    ("class_kw_bad", "class C(x for x in y, z): pass"), ("class_bad_args", "class C(1=2): pass"),
    ("return_star_only", "def f():\n    return *"), ("dict_key_star", "{*a: 1}"), ("set_empty_star", "{*}"),
    ("trailing_backslash_comment", "x = 1 \\ # c\n"), ("unicode_identifier_bad", "x\u20ac = 1"),
    ("identifier_start_digit_unicode", "\u0661x = 1"), ("nested_def_no_body", "def f():\n    def g():\n"),
]:
    add(f"stmt_{name}", ["statements"], src + "\n")

# --- match statements ---------------------------------------------------------------------------
for name, src in [
    ("no_colon", "match x\n    case 1: pass"), ("case_no_colon", "match x:\n    case 1\n        pass"),
    ("case_guard_no_colon", "match x:\n    case 1 if y\n        pass"), ("no_cases", "match x:\n    pass"),
    ("as_underscore", "match x:\n    case 1 as _:\n        pass"), ("as_attr", "match x:\n    case 1 as a.b:\n        pass"),
    ("as_literal", "match x:\n    case 1 as 2:\n        pass"), ("positional_after_keyword", "match x:\n    case C(a=1, b):\n        pass"),
    ("positional_after_keyword2", "match x:\n    case C(1, a=1, b, c):\n        pass"), ("star_star_in_seq", "match x:\n    case [**a]:\n        pass"),
    ("double_star_not_last", "match x:\n    case {**r, 'a': 1}:\n        pass"), ("double_star_underscore", "match x:\n    case {**_}:\n        pass"),
    ("imaginary_real_part", "match x:\n    case 1j + 2j:\n        pass"), ("real_imag_part", "match x:\n    case 1 + 2:\n        pass"),
    ("call_pattern_expr", "match x:\n    case f(1)(2):\n        pass"), ("binop_pattern", "match x:\n    case a + b:\n        pass"),
    ("mapping_key_name", "match x:\n    case {a: 1}:\n        pass"), ("star_bare", "match x:\n    case *a:\n        pass"),
    ("empty_case", "match x:\n    case :\n        pass"), ("keyword_pattern_bad", "match x:\n    case C(a.b=1):\n        pass"),
    ("walrus_pattern", "match x:\n    case (a := 1):\n        pass"), ("fstring_pattern", "match x:\n    case f'{a}':\n        pass"),
    ("unary_plus", "match x:\n    case +1:\n        pass"), ("case_outside", "case 1:\n    pass"),
    ("case_indent", "match x:\ncase 1:\n    pass"), ("or_empty", "match x:\n    case 1 | :\n        pass"),
    ("guard_empty", "match x:\n    case 1 if :\n        pass"), ("class_double_star", "match x:\n    case C(**a):\n        pass"),
    ("seq_double_comma", "match x:\n    case [1,,2]:\n        pass"), ("value_call", "match x:\n    case a.b():\n        pass"),
]:
    add(f"match_{name}", ["match", "patterns"], src + "\n")

# --- pegen quirks: soft-keyword prefixes, nested invalid rules, tokenizer errors after parser errors ----
for name, src in [
    ("comma_soft_keyword_prefix_m", "f(m bc.X)"), ("comma_soft_keyword_prefix_ca", "x = (ca b)"),
    ("comma_plain_name", "x = (f a)"), ("comma_nested_brace", "x = [a {b c}]"), ("comma_nested_paren", "f(a (b c))"),
    ("named_eq_nested_brace", "x = [a {b=2}]"), ("kwargs_then_double_star_eq", "f(a=2, **e=F)"),
    ("star_eq_after_kwarg", "f(a=2, *e=F)"), ("positional_after_kw_nested", "x = [a (b=2, c)]"),
    ("name_then_brace_expr", "i{f a is None}"), ("name_then_paren_expr", "i(f a is None)"),
    ("invalid_then_bad_dedent", "x = (a b)\nif y:\n        z\n    w"), ("invalid_then_linecont", "a b\nx = 1 \\ 2"),
    ("invalid_then_unterminated", "a b\nx = 'abc"), ("invalid_then_unclosed_earlier", "x = (\na b"),
    ("indent_then_tokenizer_error", "  x = 1\ny = 'abc"), ("exec_legacy_unclosed", "exec 'x' [1"),
]:
    add(f"quirk_{name}", ["quirks"], src + "\n")

# --- deep nesting and limits -------------------------------------------------------------------
add("too_many_parens", ["limits"], "x = " + "(" * 201 + ")" * 201 + "\n")
add("too_many_brackets_mixed", ["limits"], "x = " + "[(" * 101 + ")]" * 101 + "\n")
add("too_many_parens_unclosed", ["limits"], "x = " + "(" * 250 + "\n")
add("fstring_too_deep_parens", ["limits", "fstring"], "f'{" + "(" * 201 + "a" + ")" * 201 + "}'\n")

def expected(src):
    try:
        ast.parse(src)
    except SyntaxError as e:
        return type(e).__name__
    except (MemoryError, RecursionError) as e:
        return type(e).__name__
    return None

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".py"):
            os.remove(os.path.join(OUT, f))
    written = skipped = 0
    seen = set()
    for name, features, src in cases:
        name = re.sub(r"[^A-Za-z0-9_]", "_", name)
        assert name not in seen, name
        seen.add(name)
        header = f"# features: [{', '.join(features)}]\n# stages: [tokens, ast]\n"
        kind = expected(header + src)
        if kind is None:
            skipped += 1
            continue
        header += f"# expect-error: ast {kind}\n"
        with open(os.path.join(OUT, name + ".py"), "w", encoding="utf-8", newline="") as fh:
            fh.write(header + src)
        written += 1
    print(f"wrote {written} invalid programs to {OUT}; {skipped} candidates were valid and skipped")

if __name__ == "__main__":
    main()
