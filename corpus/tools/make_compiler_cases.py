#!/usr/bin/env python3
# features: [corpus-generator]
# stages: [tokens, ast, dis]
# (never the run stage: running this script rewrites the corpus folder it sits in)
"""Writes the compiler corpus: one situation per file, corpus/compiler/<feature>/<name>.py.

Each case isolates one statement or expression form, one optimisation of Python/ast_opt.c or of the
CFG passes of Python/compile.c, or one scope rule of Python/symtable.c, so a dis divergence names the
rule that broke. Each file starts with a metadata block:
    # features: [...]
    # stages: [tokens, ast, dis]
Cases that also run deterministically (they print what they compute) add the run stage.
Run: python3 corpus/tools/make_compiler_cases.py   (rewrites every case; the outputs are committed)
Expected outputs are never stored here: CPython is the oracle.
"""
import os, shutil, textwrap

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "compiler")
CASES = []


def case(feature, name, body, features=None, run=False):
    feats = ", ".join(features or [feature])
    stages = "tokens, ast, dis, run" if run else "tokens, ast, dis"
    text = f"# features: [{feats}]\n# stages: [{stages}]\n" + textwrap.dedent(body).lstrip("\n")
    CASES.append((feature, name, text))


def cases(feature, table, run=False, features=None):
    for name, body in table:
        case(feature, name, body, features=features, run=run)


# ------------------------------------------------------------------ simple statements
cases("assignment", [
    ("simple", "x = 10 + 5\n"),
    ("chained", "a = b = c = []\n"),
    ("tuple_unpack", "a, b = b, a\n"),
    ("three_swap", "a, b, c = c, b, a\n"),
    ("four_unpack", "a, b, c, d = d, c, b, a\n"),
    ("star_unpack", "first, *rest = [1, 2, 3]\n"),
    ("star_middle", "a, *b, c = range(10)\n"),
    ("star_end_only", "*a, = 'xyz'\n"),
    ("nested_unpack", "(a, (b, c)), d = (1, (2, 3)), 4\n"),
    ("list_target", "[a, b] = 1, 2\n"),
    ("attribute", "import os\nos.x = 1\n"),
    ("subscript", "d = {}\nd['k'] = 1\nd[1:2] = [3]\n"),
    ("slice_step", "lst = [0] * 10\nlst[::2] = [1] * 5\n"),
    ("annotated_module", "x: int = 3\ny: 'str'\n"),
    ("annotated_attr", "class C: pass\nC.x: int = 1\n"),
    ("annotated_subscript", "d = {}\nd['a']: int = 1\n"),
    ("annotated_paren_name", "(x): int = 1\n"),
    ("walrus_statement_level", "if (n := 10) > 5:\n    print(n)\n"),
    ("del_forms", "a = b = c = 1\nd = {1: 2}\ndel a, (b, c)\ndel d[1]\n"),
    ("del_attr_slice", "class C: pass\nC.x = 1\ndel C.x\nl = [1, 2]\ndel l[:1]\n"),
    ("global_del", "def f():\n    global g\n    del g\n"),
    ("pass_only", "pass\n"),
    ("expression_statement", "1\n'doc'\n2 + 3\nf = print\nf(1)\n"),
    ("long_assignment_chain", "x = " + " + ".join(f"v{i}" for i in range(40)) + "\n"),
])

cases("augassign", [
    ("name", "x = 1\nx += 2\nx -= 1\nx *= 3\nx //= 2\nx **= 2\nx %= 7\n"),
    ("bitwise", "x = 0xff\nx &= 0x0f\nx |= 0x30\nx ^= 1\nx <<= 2\nx >>= 1\n"),
    ("division_matmul", "x = 10\nx /= 4\nclass M:\n    def __imatmul__(self, o): return self\nm = M()\nm @= m\n"),
    ("attribute", "class C: pass\nc = C()\nc.n = 0\nc.n += 5\n"),
    ("subscript", "d = {'a': 1}\nd['a'] += 1\n"),
    ("slice", "l = [1, 2, 3]\nl[1:2] += [9]\n"),
    ("nested_subscript", "m = [[0]]\nm[0][0] += 1\n"),
    ("in_function", "def f(x):\n    x += 1\n    return x\n"),
    ("global_in_function", "n = 0\ndef f():\n    global n\n    n += 1\n"),
    ("nonlocal_in_closure", "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n"),
], run=False)

cases("import", [
    ("plain", "import os\n"),
    ("dotted", "import os.path\n"),
    ("dotted_as", "import os.path as p\n"),
    ("multiple", "import os, sys as s, json\n"),
    ("from", "from os import path, sep as separator\n"),
    ("from_relative", "from . import x\nfrom .. import y\nfrom .m import z\n"),
    ("star", "from os.path import *\n"),
    ("in_function", "def f():\n    import os\n    from sys import argv\n    return os, argv\n"),
    ("future_annotations", "from __future__ import annotations\ndef f(x: List[int]) -> Dict[str, 'X']: pass\n"),
    ("future_multiple", "from __future__ import annotations, generator_stop\nx: int\n"),
    ("docstring_then_future", '"""doc"""\nfrom __future__ import annotations\n'),
])

cases("assert", [
    ("simple", "def f(x):\n    assert x\n"),
    ("message", "def f(x):\n    assert x > 0, f'bad {x}'\n"),
    ("tuple_warning", "def f(x):\n    assert x, 'm'\n"),
    ("module_level", "assert True\n"),
    ("constant_false", "def f():\n    assert False, 'never'\n"),
])

cases("global_nonlocal", [
    ("global_read_write", "g = 1\ndef f():\n    global g\n    g = g + 1\n    return g\n"),
    ("implicit_global", "def f():\n    return len([])\n"),
    ("nonlocal_chain", "def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n        return c\n    return b\n"),
    ("global_in_class", "class C:\n    global g\n    g = 1\n"),
    ("class_reads_global", "x = 1\nclass C:\n    y = x\n    x = 2\n"),
    ("class_free_var", "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n"),
    ("class_free_and_local", "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n"),
])

# ------------------------------------------------------------------ control flow
cases("if", [
    ("simple", "def f(x):\n    if x:\n        return 1\n    return 2\n"),
    ("else", "def f(x):\n    if x:\n        y = 1\n    else:\n        y = 2\n    return y\n"),
    ("elif_chain", "def f(x):\n    if x == 1:\n        return 'a'\n    elif x == 2:\n        return 'b'\n    elif x == 3:\n        return 'c'\n    else:\n        return 'd'\n"),
    ("not", "def f(x):\n    if not x:\n        return 1\n"),
    ("and", "def f(a, b):\n    if a and b:\n        return 1\n"),
    ("or", "def f(a, b):\n    if a or b:\n        return 1\n"),
    ("and_or_mix", "def f(a, b, c):\n    if a and (b or c):\n        return 1\n    if (a or b) and not c:\n        return 2\n"),
    ("not_and", "def f(a, b):\n    if not (a and b):\n        return 1\n"),
    ("compare_chain", "def f(a, b, c):\n    if a < b < c:\n        return 1\n"),
    ("is_none", "def f(x):\n    if x is None:\n        return 1\n    if x is not None:\n        return 2\n"),
    ("constant_true", "def f():\n    if True:\n        return 1\n    return 2\n"),
    ("constant_false", "def f():\n    if False:\n        return 1\n    return 2\n"),
    ("constant_zero", "def f():\n    if 0:\n        x = 1\n    else:\n        x = 2\n    return x\n"),
    ("debug", "def f():\n    if __debug__:\n        return 1\n    return 2\n"),
    ("not_debug", "def f():\n    if not __debug__:\n        return 1\n"),
    ("pass_body", "def f(x):\n    if x:\n        pass\n"),
    ("nested", "def f(a, b):\n    if a:\n        if b:\n            return 1\n        return 2\n    return 3\n"),
    ("ifexp", "def f(x):\n    return 1 if x else 2\n"),
    ("ifexp_nested", "def f(x, y):\n    return 'a' if x else 'b' if y else 'c'\n"),
    ("ifexp_in_condition", "def f(a, b, c):\n    if (b if a else c):\n        return 1\n"),
    ("walrus_in_condition", "def f(d):\n    if (v := d.get('k')) is not None:\n        return v\n"),
    ("module_level", "import sys\nif sys.argv:\n    a = 1\nelse:\n    a = 2\n"),
])

cases("while", [
    ("simple", "def f(n):\n    while n:\n        n -= 1\n    return n\n"),
    ("true", "def f():\n    while True:\n        pass\n"),
    ("true_break", "def f(it):\n    while True:\n        x = next(it)\n        if x:\n            break\n    return x\n"),
    ("else", "def f(n):\n    while n > 0:\n        n -= 1\n    else:\n        n = -1\n    return n\n"),
    ("break_continue", "def f(n):\n    while n:\n        n -= 1\n        if n % 2:\n            continue\n        if n < 3:\n            break\n    return n\n"),
    ("false", "def f():\n    while False:\n        x = 1\n    return 2\n"),
    ("and_condition", "def f(a, b):\n    while a and b:\n        a -= 1\n"),
    ("nested", "def f(n):\n    while n:\n        m = n\n        while m:\n            m -= 1\n        n -= 1\n"),
    ("module_level", "i = 0\nwhile i < 3:\n    i += 1\n"),
])

cases("for", [
    ("simple", "def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n"),
    ("else", "def f(xs):\n    for x in xs:\n        if x:\n            break\n    else:\n        return None\n    return x\n"),
    ("unpack_target", "def f(d):\n    for k, v in d.items():\n        print(k, v)\n"),
    ("star_target", "def f(rows):\n    for a, *b in rows:\n        print(a, b)\n"),
    ("attribute_target", "def f(o, xs):\n    for o.x in xs:\n        pass\n"),
    ("subscript_target", "def f(d, xs):\n    for d['k'] in xs:\n        pass\n"),
    ("list_literal_iter", "def f():\n    for x in [1, 2, 3]:\n        print(x)\n"),
    ("set_literal_iter", "def f():\n    for x in {1, 2, 3}:\n        print(x)\n"),
    ("range", "def f(n):\n    for i in range(n):\n        print(i)\n"),
    ("nested_break", "def f(m):\n    for row in m:\n        for x in row:\n            if x:\n                break\n        else:\n            continue\n        break\n"),
    ("continue", "def f(xs):\n    for x in xs:\n        if not x:\n            continue\n        print(x)\n"),
    ("return_inside", "def f(xs):\n    for x in xs:\n        return x\n"),
    ("module_level", "for i in range(3):\n    print(i)\n"),
    ("enumerate_zip", "def f(a, b):\n    for i, (x, y) in enumerate(zip(a, b)):\n        print(i, x, y)\n"),
])

cases("try", [
    ("except_bare", "def f():\n    try:\n        g()\n    except:\n        return 1\n"),
    ("except_type", "def f():\n    try:\n        g()\n    except ValueError:\n        return 1\n"),
    ("except_as", "def f():\n    try:\n        g()\n    except ValueError as e:\n        return e\n"),
    ("except_tuple", "def f():\n    try:\n        g()\n    except (TypeError, ValueError) as e:\n        print(e)\n"),
    ("except_many", "def f():\n    try:\n        g()\n    except TypeError:\n        return 1\n    except ValueError:\n        return 2\n    except Exception:\n        return 3\n"),
    ("else", "def f():\n    try:\n        x = g()\n    except Exception:\n        x = None\n    else:\n        x += 1\n    return x\n"),
    ("finally", "def f():\n    try:\n        g()\n    finally:\n        h()\n"),
    ("except_finally", "def f():\n    try:\n        g()\n    except Exception:\n        h()\n    finally:\n        k()\n"),
    ("full", "def f():\n    try:\n        a()\n    except KeyError as e:\n        b(e)\n    else:\n        c()\n    finally:\n        d()\n"),
    ("return_in_finally", "def f():\n    try:\n        return 1\n    finally:\n        return 2\n"),
    ("return_in_try_with_finally", "def f():\n    try:\n        return g()\n    finally:\n        h()\n"),
    ("break_in_finally_loop", "def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        finally:\n            break\n"),
    ("continue_in_try", "def f(xs):\n    for x in xs:\n        try:\n            continue\n        finally:\n            h()\n"),
    ("break_in_except", "def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        except Exception:\n            break\n"),
    ("return_in_except_as", "def f():\n    try:\n        g()\n    except Exception as e:\n        return e.args\n"),
    ("nested", "def f():\n    try:\n        try:\n            g()\n        except ValueError:\n            h()\n    except Exception:\n        k()\n"),
    ("reraise", "def f():\n    try:\n        g()\n    except Exception:\n        h()\n        raise\n"),
    ("module_level", "try:\n    import nothing_here\nexcept ImportError:\n    nothing_here = None\n"),
    ("empty_finally_body", "def f():\n    try:\n        pass\n    finally:\n        pass\n"),
    ("try_in_loop_else", "def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        except Exception:\n            continue\n    else:\n        return 0\n"),
])

cases("try_star", [
    ("simple", "def f():\n    try:\n        g()\n    except* ValueError:\n        h()\n"),
    ("as", "def f():\n    try:\n        g()\n    except* ValueError as eg:\n        print(eg.exceptions)\n"),
    ("many", "def f():\n    try:\n        g()\n    except* ValueError:\n        a()\n    except* TypeError as e:\n        b(e)\n"),
    ("else_finally", "def f():\n    try:\n        g()\n    except* OSError:\n        a()\n    else:\n        b()\n    finally:\n        c()\n"),
    ("tuple", "def f():\n    try:\n        g()\n    except* (ValueError, TypeError):\n        pass\n"),
])

cases("raise", [
    ("bare", "def f():\n    raise\n"),
    ("instance", "def f():\n    raise ValueError('x')\n"),
    ("class", "def f():\n    raise StopIteration\n"),
    ("from", "def f(e):\n    raise RuntimeError('y') from e\n"),
    ("from_none", "def f():\n    raise KeyError from None\n"),
])

cases("with", [
    ("simple", "def f(cm):\n    with cm:\n        g()\n"),
    ("as", "def f(path):\n    with open(path) as fh:\n        return fh.read()\n"),
    ("multiple", "def f(a, b):\n    with a as x, b as y:\n        g(x, y)\n"),
    ("parenthesized", "def f(a, b):\n    with (a as x, b as y):\n        g(x, y)\n"),
    ("nested", "def f(a, b):\n    with a:\n        with b:\n            g()\n"),
    ("return_inside", "def f(cm):\n    with cm as c:\n        return c\n"),
    ("break_inside", "def f(cms):\n    for cm in cms:\n        with cm:\n            break\n"),
    ("unpack_target", "def f(cm):\n    with cm as (a, b):\n        return a + b\n"),
    ("attribute_target", "def f(cm, o):\n    with cm as o.x:\n        pass\n"),
    ("in_try", "def f(cm):\n    try:\n        with cm:\n            g()\n    except Exception:\n        h()\n"),
    ("module_level", "import contextlib\nwith contextlib.suppress(KeyError):\n    {}['x']\n"),
])

# ------------------------------------------------------------------ expressions
cases("binop", [
    ("arith", "def f(a, b):\n    return a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b\n"),
    ("bitwise", "def f(a, b):\n    return a & b, a | b, a ^ b, a << b, a >> b\n"),
    ("precedence", "def f(a, b, c):\n    return a + b * c - (a - b) / c ** 2\n"),
    ("unary", "def f(a):\n    return -a, +a, ~a, not a\n"),
    ("not_not", "def f(a):\n    return not not a\n"),
    ("long_chain", "def f(a):\n    return a + a + a + a + a + a + a + a + a + a\n"),
    ("string_concat_runtime", "def f(a):\n    return 'x' + a + 'y'\n"),
    ("multiline", "def f(a, b):\n    return (a\n            +\n            b)\n"),
])

cases("compare", [
    ("all_ops", "def f(a, b):\n    return a < b, a <= b, a == b, a != b, a > b, a >= b\n"),
    ("is_in", "def f(a, b):\n    return a is b, a is not b, a in b, a not in b\n"),
    ("chain2", "def f(a, b, c):\n    return a < b < c\n"),
    ("chain3", "def f(a, b, c, d):\n    return a < b <= c != d\n"),
    ("chain_mixed_ops", "def f(a, b, c):\n    return a is b in c\n"),
    ("in_list_literal", "def f(x):\n    return x in [1, 2, 3]\n"),
    ("in_set_literal", "def f(x):\n    return x in {1, 2, 3}\n"),
    ("not_in_tuple", "def f(x):\n    return x not in (1, 2)\n"),
    ("in_list_nonconst", "def f(x, y):\n    return x in [y, 2]\n"),
    ("not_is", "def f(a, b):\n    return not a is b\n"),
    ("not_in_rewrite", "def f(a, b):\n    return not a in b\n"),
])

cases("boolop", [
    ("and", "def f(a, b):\n    return a and b\n"),
    ("or", "def f(a, b):\n    return a or b\n"),
    ("and3", "def f(a, b, c):\n    return a and b and c\n"),
    ("mixed", "def f(a, b, c, d):\n    return a and b or c and d\n"),
    ("nested_not", "def f(a, b):\n    return not (a or b)\n"),
    ("in_call_args", "def f(a, b):\n    return g(a or b, a and b)\n"),
    ("constant_operands", "def f(a):\n    return a or 0, 1 and a\n"),
])

cases("constants", [
    ("ints", "x = (0, 1, -1, 255, 256, 2**31, -2**63, 10**20)\n"),
    ("big_int", "x = 123456789012345678901234567890123456789\n"),
    ("floats", "x = (0.0, -0.0, 1.5, 1e300, 1e-300, 2.5e-5)\n"),
    ("inf_nan_folding", "x = 1e400\ny = -1e400\n"),
    ("complex", "x = (1j, 2+3j, -1j, 0j)\n"),
    ("strings", "x = ('', 'a', 'hello world', 'é', '😀', '\\x00')\n"),
    ("bytes", "x = (b'', b'abc', b'\\xff\\x00')\n"),
    ("none_true_false_ellipsis", "x = (None, True, False, ...)\n"),
    ("dedupe_int_float", "def f():\n    return 0, 0.0, -0.0, False, 0j\n"),
    ("dedupe_same", "def f():\n    return 'a', 'a', 1, 1, (1, 2), (1, 2)\n"),
    ("implicit_concat", "x = 'a' 'b' \\\n    'c'\ny = b'x' b'y'\n"),
    ("u_prefix", "x = u'abc'\n"),
    ("raw_strings", "x = r'\\n' + R'\\t'\n"),
    ("interned_names_like", "x = 'abc_def'\ny = 'abc def'\n"),
    ("surrogate", "x = '\\ud800'\n"),
    ("astral_and_combining", "x = 'e\\u0301 \\U0001F600'\n"),
    ("many_constants", "x = [" + ", ".join(str(i * 7) + ".5" for i in range(300)) + "]\n"),
])

cases("constant_folding", [
    ("arith", "x = 2 + 3 * 4 - 1\n"),
    ("power", "x = 2 ** 10\ny = 2 ** -1\nz = (-2) ** 0.5\n"),
    ("big_power_not_folded", "x = 2 ** 100000\n"),
    ("huge_power_not_folded", "x = 10 ** 10 ** 10\n"),
    ("str_repeat", "x = 'ab' * 3\ny = 'a' * 5000\n"),
    ("bytes_repeat", "x = b'ab' * 3\n"),
    ("tuple_repeat", "x = (1, 2) * 3\ny = (1,) * 300\n"),
    ("division_by_zero_kept", "def f():\n    return 1 / 0, 1 // 0, 1 % 0\n"),
    ("float_division", "x = 7 / 2\ny = 7 // 2\nz = -7 % 3\n"),
    ("shift", "x = 1 << 10\ny = 1 << 200\nz = 1 >> 3\n"),
    ("big_shift_not_folded", "x = 1 << 100000\n"),
    ("unary", "x = -(5)\ny = ~7\nz = +3\nw = not 1\n"),
    ("unary_on_tuple_not_folded", "x = -(1, 2) if False else 0\n"),
    ("string_concat", "x = 'a' + 'b'\ny = b'a' + b'b'\n"),
    ("tuple_of_constants", "x = (1, 2, (3, 4), 'five')\n"),
    ("tuple_with_name", "def f(a):\n    return (1, a, 3)\n"),
    ("subscript", "x = 'abc'[1]\ny = (1, 2, 3)[-1]\nz = 'abcdef'[1:4]\n"),
    ("subscript_out_of_range", "x = 'abc'[10] if False else 0\n"),
    ("matmul_not_folded", "def f():\n    return 1 @ 2\n"),
    ("mixed_types", "x = 1 + 2.5\ny = 3 * 1j\nz = True + 1\n"),
    ("nested", "x = ((1 + 2) * (3 - 4)) ** 2\n"),
    ("bool_ops_not_folded", "x = 1 and 2\ny = 0 or 3\n"),
    ("compare_not_folded", "x = 1 < 2\n"),
    ("percent_format_s", "def f(a):\n    return '%s' % a\n"),
    ("percent_format_tuple", "def f(a, b):\n    return 'x=%s y=%r z=%a' % (a, b, a)\n"),
    ("percent_format_width", "def f(a):\n    return '%5s|%-3r' % (a, a)\n"),
    ("percent_format_d_not_rewritten", "def f(a):\n    return '%d' % a\n"),
    ("percent_format_star_tuple_not", "def f(t):\n    return '%s %s' % t\n"),
    ("percent_literal_percent", "def f(a):\n    return '100%% %s' % (a,)\n"),
    ("large_collection_not_folded", "x = (1,) * 2000\n"),
    ("list_in_for_to_tuple", "for x in [1, 2, 'a']:\n    pass\n"),
    ("set_in_for_to_frozenset", "for x in {1, 2}:\n    pass\n"),
    ("in_list_to_tuple", "y = 1 in [1, 2]\n"),
    ("in_set_to_frozenset", "y = 'a' in {'a', 'b'}\n"),
])

cases("collections", [
    ("list_empty_small_large", "def f(a):\n    return [], [a], [a, a], [1, 2, 3], [1, 2, 3, 4]\n"),
    ("tuple_forms", "def f(a):\n    return (), (a,), (a, 1), (1, 2)\n"),
    ("set_forms", "def f(a):\n    return {a}, {1, 2, 3}, {a, 1}\n"),
    ("dict_forms", "def f(a):\n    return {}, {a: 1}, {'x': 1, 'y': 2}, {1: a, 2: a}\n"),
    ("dict_const_keys", "def f(a, b):\n    return {'a': a, 'b': b, 'c': 3}\n"),
    ("dict_unpack", "def f(a, b):\n    return {**a, 'k': 1, **b}\n"),
    ("list_star", "def f(a, b):\n    return [*a, 1, *b]\n"),
    ("tuple_star", "def f(a):\n    return (*a, 1)\n"),
    ("set_star", "def f(a):\n    return {*a, 2}\n"),
    ("big_list", "def f():\n    return [" + ", ".join(str(i) for i in range(40)) + "]\n"),
    ("big_dict", "def f():\n    return {" + ", ".join(f"'k{i}': {i}" for i in range(40)) + "}\n"),
    ("big_dict_nonconst", "def f(a):\n    return {" + ", ".join(f"'k{i}': a" for i in range(40)) + "}\n"),
    ("big_set", "def f():\n    return {" + ", ".join(str(i) for i in range(40)) + "}\n"),
    ("nested", "def f(a):\n    return [[a, 1], (a, 2), {a: [3]}]\n"),
    ("const_list_arg", "def f(g):\n    return g([1, 2, 3, 4, 5])\n"),
])

cases("subscript_slice", [
    ("index", "def f(a, i):\n    return a[i], a[0], a[-1]\n"),
    ("slices", "def f(a):\n    return a[1:], a[:2], a[1:2], a[::2], a[::-1], a[:]\n"),
    ("slice_none_step", "def f(a, i, j):\n    return a[i:j:None], a[None:None]\n"),
    ("tuple_index", "def f(a):\n    return a[1, 2], a[1:2, 3]\n"),
    ("ellipsis", "def f(a):\n    return a[...], a[..., 0]\n"),
    ("store_delete", "def f(a, v):\n    a[1:3] = v\n    del a[::2]\n"),
    ("nested", "def f(a):\n    return a[0][1][2]\n"),
    ("starred_index", "def f(a, t):\n    return a[*t] if False else a[t]\n"),
])

cases("attribute", [
    ("load_store_delete", "def f(o):\n    o.x = o.y\n    del o.z\n"),
    ("chain", "def f(o):\n    return o.a.b.c\n"),
    ("method_call", "def f(o):\n    return o.m(1)\n"),
    ("method_call_kw", "def f(o):\n    return o.m(1, k=2)\n"),
    ("module_attr_call", "import os\ndef f():\n    return os.path.join('a', 'b')\n"),
    ("multiline_method_chain", "def f(s):\n    return (s\n            .strip()\n            .lower())\n"),
])

cases("call", [
    ("no_args", "def f(g):\n    return g()\n"),
    ("positional", "def f(g, a):\n    return g(a, 1, 'x')\n"),
    ("keywords", "def f(g, a):\n    return g(a, key=1, other=a)\n"),
    ("star_args", "def f(g, a):\n    return g(*a)\n"),
    ("star_kwargs", "def f(g, k):\n    return g(**k)\n"),
    ("mixed_star", "def f(g, a, b, k):\n    return g(1, *a, 2, *b, x=3, **k)\n"),
    ("kw_after_star", "def f(g, a):\n    return g(*a, key=1)\n"),
    ("two_dict_unpacks", "def f(g, a, b):\n    return g(**a, **b)\n"),
    ("kw_then_dict_unpack", "def f(g, a):\n    return g(x=1, **a, y=2)\n"),
    ("builtin", "def f(x):\n    return len(x), print(x)\n"),
    ("global_function", "def h(): pass\ndef f():\n    return h()\n"),
    ("nested_calls", "def f(g, h):\n    return g(h(1), h(2))\n"),
    ("call_result_call", "def f(g):\n    return g()()\n"),
    ("lambda_call", "def f():\n    return (lambda x: x)(1)\n"),
    ("many_args", "def f(g):\n    return g(" + ", ".join(str(i) for i in range(30)) + ")\n"),
    ("many_kwargs", "def f(g):\n    return g(" + ", ".join(f"k{i}={i}" for i in range(30)) + ")\n"),
    ("genexp_arg", "def f(xs):\n    return sum(x * x for x in xs)\n"),
    ("multiline", "def f(g):\n    return g(\n        1,\n        2,\n    )\n"),
    ("super_call", "class A:\n    def m(self):\n        return super().m()\n"),
    ("super_args", "class A:\n    def m(self):\n        return super(A, self).m()\n"),
])

cases("fstring", [
    ("simple", "def f(a):\n    return f'{a}'\n"),
    ("text_and_values", "def f(a, b):\n    return f'a={a} b={b}!'\n"),
    ("conversions", "def f(a):\n    return f'{a!r} {a!s} {a!a}'\n"),
    ("format_spec", "def f(a):\n    return f'{a:>10} {a:.2f} {a:#x}'\n"),
    ("nested_spec", "def f(a, w, p):\n    return f'{a:{w}.{p}}'\n"),
    ("debug_equals", "def f(a):\n    return f'{a=}' + f'{a = !r:>5}'\n"),
    ("only_text", "x = f'plain'\n"),
    ("concat_with_str", "def f(a):\n    return 'x' f'{a}' 'y'\n"),
    ("expression_inside", "def f(a):\n    return f'{a + 1} {a[0]} {a.b()}'\n"),
    ("multiline", "def f(a):\n    return f'''{\na\n}'''\n"),
])

cases("lambda", [
    ("simple", "f = lambda: 0\n"),
    ("args", "f = lambda a, b=1, *c, d, e=2, **k: (a, b, c, d, e, k)\n"),
    ("posonly", "f = lambda a, /, b: a + b\n"),
    ("closure", "def f(x):\n    return lambda y: x + y\n"),
    ("nested", "f = lambda x: lambda y: x * y\n"),
    ("default_expr", "def f(n):\n    return [lambda i=i: i for i in range(n)]\n"),
    ("in_class", "class C:\n    f = lambda self: self\n"),
    ("yield_lambda", "f = lambda: (yield)\n"),
])

# ------------------------------------------------------------------ functions and classes
cases("function", [
    ("empty", "def f():\n    pass\n"),
    ("docstring", "def f():\n    '''The doc.'''\n"),
    ("docstring_and_code", "def f():\n    'doc'\n    return 1\n"),
    ("return_none_explicit", "def f():\n    return None\n"),
    ("return_bare", "def f():\n    return\n"),
    ("defaults", "def f(a, b=1, c='x'):\n    return a, b, c\n"),
    ("kwonly", "def f(a, *, b, c=2):\n    return a, b, c\n"),
    ("posonly", "def f(a, b, /, c, *, d):\n    return a, b, c, d\n"),
    ("varargs", "def f(*args, **kwargs):\n    return args, kwargs\n"),
    ("all_kinds", "def f(a, b=2, /, c=3, *d, e, f=6, **g):\n    return a, b, c, d, e, f, g\n"),
    ("annotations", "def f(a: int, b: 'str' = '', *c: float, d: list = None, **e: dict) -> bool:\n    return True\n"),
    ("annotations_future", "from __future__ import annotations\ndef f(a: int, b: List[int] = []) -> Dict[str, int]:\n    return {}\n"),
    ("decorators", "def d(fn): return fn\n@d\n@d\ndef f():\n    pass\n"),
    ("decorator_call", "def d(*a):\n    return lambda fn: fn\n@d(1, 2)\ndef f():\n    pass\n"),
    ("decorator_expr", "ds = [lambda fn: fn]\n@ds[0]\ndef f():\n    pass\n"),
    ("nested_function", "def f():\n    def g():\n        return 1\n    return g\n"),
    ("recursive", "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\n"),
    ("many_locals", "def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(300)) + "    return v299\n"),
    ("unused_local", "def f():\n    x = 1\n"),
    ("arg_shadowed_by_local", "def f(x):\n    x = x + 1\n    return x\n"),
    ("name_error_candidate", "def f():\n    return undefined_name\n"),
    ("delete_local", "def f():\n    x = 1\n    del x\n"),
    ("qualname_nested", "class A:\n    def m(self):\n        def inner():\n            class B:\n                def n(self): pass\n            return B\n        return inner\n"),
    ("local_shadows_global_later", "x = 1\ndef f():\n    print(x)\n"),
    ("annotations_local_not_evaluated", "def f():\n    x: int = 1\n    y: list\n    return x\n"),
    ("first_line_blank", "\n\n\ndef f():\n\n    return 1\n"),
    ("long_function", "def f(x):\n" + "".join(f"    x = x + {i}\n" for i in range(150)) + "    return x\n"),
])

cases("closure", [
    ("simple", "def f():\n    x = 1\n    def g():\n        return x\n    return g\n"),
    ("arg_cell", "def f(x):\n    def g():\n        return x\n    return g\n"),
    ("two_levels", "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n"),
    ("nonlocal_counter", "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"),
    ("cell_and_local", "def f(a, b):\n    c = a + b\n    def g():\n        return a + c\n    return g, b\n"),
    ("loop_closures", "def f():\n    fs = []\n    for i in range(3):\n        def g(): return i\n        fs.append(g)\n    return fs\n"),
    ("cell_deleted", "def f():\n    x = 1\n    def g(): return x\n    del x\n    return g\n"),
    ("class_in_function", "def f(v):\n    class C:\n        attr = v\n        def m(self): return v\n    return C\n"),
    ("many_cells", "def f(a, b, c, d):\n    def g():\n        return d, c, b, a\n    return g\n"),
    ("free_var_in_comprehension", "def f(k):\n    return [x * k for x in range(3)]\n"),
    ("genexp_closure", "def f(k):\n    return (x + k for x in range(3))\n"),
])

cases("class", [
    ("empty", "class C:\n    pass\n"),
    ("docstring", "class C:\n    '''Doc.'''\n"),
    ("bases", "class A: pass\nclass B: pass\nclass C(A, B):\n    pass\n"),
    ("keywords", "class M(type): pass\nclass C(metaclass=M):\n    pass\n"),
    ("star_bases", "bases = (object,)\nclass C(*bases):\n    pass\n"),
    ("methods", "class C:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n"),
    ("classmethod_staticmethod", "class C:\n    @classmethod\n    def c(cls): return cls\n    @staticmethod\n    def s(): return 1\n"),
    ("property", "class C:\n    @property\n    def p(self): return 1\n    @p.setter\n    def p(self, v): pass\n"),
    ("super_zero_arg", "class A:\n    def m(self): return 1\nclass B(A):\n    def m(self):\n        return super().m() + 1\n"),
    ("dunder_class_use", "class C:\n    def m(self):\n        return __class__\n"),
    ("class_attrs", "class C:\n    a = 1\n    b = a + 1\n    c = [a, b]\n"),
    ("annotations", "class C:\n    x: int\n    y: str = 'a'\n"),
    ("private_mangling", "class C:\n    __x = 1\n    def m(self):\n        return self.__x, __y\n    def __p(self): pass\n"),
    ("mangling_nested_class", "class Outer:\n    class Inner:\n        def m(self):\n            return self.__secret\n"),
    ("mangling_underscore_class", "class _:\n    def m(self):\n        return self.__x\n"),
    ("mangling_import", "class C:\n    import __future__ as __f\n"),
    ("nested_class", "class A:\n    class B:\n        class C:\n            pass\n"),
    ("decorated", "def deco(c): return c\n@deco\nclass C:\n    pass\n"),
    ("comprehension_in_class", "class C:\n    xs = [1, 2]\n    ys = [x * 2 for x in xs]\n"),
    ("class_cell_with_closure", "class C:\n    def m(self):\n        def inner():\n            return __class__\n        return inner\n"),
    ("slots", "class C:\n    __slots__ = ('a', 'b')\n"),
    ("dunder_methods", "class V:\n    def __add__(self, o): return self\n    def __eq__(self, o): return True\n    __hash__ = None\n"),
    ("init_subclass", "class Base:\n    def __init_subclass__(cls, **kw):\n        super().__init_subclass__()\n"),
    ("class_getitem", "class C:\n    def __class_getitem__(cls, item): return cls\n"),
    ("locals_in_class", "class C:\n    x = 1\n    print(locals())\n"),
])

cases("comprehension", [
    ("list", "def f(xs):\n    return [x for x in xs]\n"),
    ("list_if", "def f(xs):\n    return [x for x in xs if x]\n"),
    ("list_two_ifs", "def f(xs):\n    return [x for x in xs if x if x > 1]\n"),
    ("list_nested_for", "def f(m):\n    return [x for row in m for x in row]\n"),
    ("set", "def f(xs):\n    return {x % 3 for x in xs}\n"),
    ("dict", "def f(xs):\n    return {x: x * x for x in xs}\n"),
    ("genexp", "def f(xs):\n    return (x for x in xs)\n"),
    ("nested_comprehension", "def f(m):\n    return [[y for y in row] for row in m]\n"),
    ("unpack_target", "def f(d):\n    return [k for k, v in d.items() if v]\n"),
    ("walrus", "def f(xs):\n    return [y for x in xs if (y := x * 2) > 2], y\n"),
    ("walrus_module", "ys = [last := x for x in range(3)]\n"),
    ("module_level", "squares = [x * x for x in range(10)]\n"),
    ("class_scope_iterable", "class C:\n    n = 3\n    xs = [i for i in range(n)]\n"),
    ("comprehension_vs_loop", "def comp(xs):\n    return [x + 1 for x in xs]\ndef loop(xs):\n    r = []\n    for x in xs:\n        r.append(x + 1)\n    return r\n"),
    ("async_comprehension", "async def f(ait):\n    return [x async for x in ait]\n"),
    ("await_in_comprehension", "async def f(xs):\n    return [await x for x in xs]\n"),
    ("genexp_in_call", "def f(xs):\n    return list(x for x in xs)\n"),
    ("const_iterable", "def f():\n    return [x for x in (1, 2, 3)]\n"),
])

cases("generator", [
    ("yield", "def g():\n    yield 1\n    yield 2\n"),
    ("yield_value_used", "def g():\n    x = yield\n    y = yield x\n    return y\n"),
    ("yield_from", "def g(it):\n    yield from it\n"),
    ("yield_from_result", "def g(it):\n    r = yield from it\n    return r\n"),
    ("return_value", "def g():\n    yield 1\n    return 5\n"),
    ("yield_in_try", "def g():\n    try:\n        yield 1\n    finally:\n        print('done')\n"),
    ("yield_in_with", "def g(cm):\n    with cm:\n        yield 1\n"),
    ("yield_in_loop", "def g(n):\n    for i in range(n):\n        yield i * i\n"),
    ("generator_closure", "def f(k):\n    def g():\n        yield k\n    return g\n"),
    ("yield_expression_statement", "def g():\n    (yield)\n"),
])

cases("async", [
    ("async_def", "async def f():\n    return 1\n"),
    ("await", "async def f(x):\n    return await x\n"),
    ("async_for", "async def f(ait):\n    async for x in ait:\n        print(x)\n"),
    ("async_for_else", "async def f(ait):\n    async for x in ait:\n        break\n    else:\n        return 0\n"),
    ("async_with", "async def f(cm):\n    async with cm as c:\n        return c\n"),
    ("async_generator", "async def f():\n    yield 1\n"),
    ("async_generator_await", "async def f(x):\n    yield await x\n"),
    ("await_in_try", "async def f(x):\n    try:\n        await x\n    except Exception:\n        pass\n"),
    ("nested_async", "async def f():\n    async def g():\n        return 1\n    return await g()\n"),
    ("async_lambda_call", "async def f(g):\n    return await g(lambda: 1)\n"),
])

# ------------------------------------------------------------------ match
cases("match", [
    ("literal", "def f(x):\n    match x:\n        case 1:\n            return 'one'\n        case 'a':\n            return 'a'\n        case None:\n            return 'none'\n"),
    ("capture_wildcard", "def f(x):\n    match x:\n        case 0:\n            return 0\n        case y:\n            return y\n"),
    ("wildcard", "def f(x):\n    match x:\n        case 1:\n            return 1\n        case _:\n            return 2\n"),
    ("or", "def f(x):\n    match x:\n        case 1 | 2 | 3:\n            return 'small'\n"),
    ("sequence", "def f(x):\n    match x:\n        case [a, b]:\n            return a + b\n        case (a, b, c):\n            return a\n"),
    ("sequence_star", "def f(x):\n    match x:\n        case [first, *rest]:\n            return first, rest\n        case [*_, last]:\n            return last\n"),
    ("sequence_star_wild", "def f(x):\n    match x:\n        case [1, *_, 2]:\n            return True\n"),
    ("mapping", "def f(x):\n    match x:\n        case {'k': v}:\n            return v\n        case {'a': 1, **rest}:\n            return rest\n"),
    ("class", "class P:\n    __match_args__ = ('x', 'y')\ndef f(p):\n    match p:\n        case P(x=0, y=0):\n            return 'origin'\n        case P(a, b):\n            return a, b\n"),
    ("class_builtin", "def f(x):\n    match x:\n        case int(n):\n            return n\n        case str() | bytes():\n            return 's'\n"),
    ("as", "def f(x):\n    match x:\n        case [1, 2] as whole:\n            return whole\n        case (1 | 2) as n:\n            return n\n"),
    ("guard", "def f(x):\n    match x:\n        case [a, b] if a == b:\n            return 'same'\n        case _:\n            return 'no'\n"),
    ("value_pattern", "import enum\nclass Color(enum.Enum):\n    RED = 1\ndef f(c):\n    match c:\n        case Color.RED:\n            return 'red'\n"),
    ("singletons", "def f(x):\n    match x:\n        case True:\n            return 1\n        case False:\n            return 0\n        case None:\n            return -1\n"),
    ("negative_complex", "def f(x):\n    match x:\n        case -1:\n            return 'm'\n        case 1 + 2j:\n            return 'c'\n"),
    ("nested", "def f(x):\n    match x:\n        case {'a': [1, {'b': c}]}:\n            return c\n"),
    ("or_with_captures", "def f(x):\n    match x:\n        case [a, 1] | [1, a]:\n            return a\n"),
    ("module_level", "command = 'go north'\nmatch command.split():\n    case ['go', direction]:\n        print(direction)\n    case _:\n        pass\n"),
    ("string_sequence_not", "def f(x):\n    match x:\n        case [*items]:\n            return items\n"),
    ("many_cases", "def f(x):\n    match x:\n" + "".join(f"        case {i}:\n            return {i * 2}\n" for i in range(20)) + "        case _:\n            return -1\n"),
], features=["match"])

# ------------------------------------------------------------------ optimisations of the CFG passes
cases("cfg_optimisation", [
    ("dead_code_after_return", "def f():\n    return 1\n    x = 2\n    return x\n"),
    ("dead_code_after_raise", "def f():\n    raise ValueError\n    print('never')\n"),
    ("dead_code_after_break", "def f(xs):\n    for x in xs:\n        break\n        print(x)\n"),
    ("dead_code_after_continue", "def f(xs):\n    for x in xs:\n        continue\n        print(x)\n"),
    ("jump_to_jump", "def f(a, b):\n    if a:\n        if b:\n            x = 1\n    return 2\n"),
    ("jump_to_return", "def f(a):\n    if a:\n        x = 1\n    else:\n        x = 2\n    return x\n"),
    ("loop_exit_inlined", "def f(xs):\n    for x in xs:\n        if x:\n            return x\n    return None\n"),
    ("swap_optimisation", "def f(a, b, c):\n    a, b, c = c, b, a\n    return a, b, c\n"),
    ("swap_two", "def f(a, b):\n    a, b = b, a\n    return a\n"),
    ("unpack_constant_tuple", "def f():\n    a, b = 1, 2\n    return a + b\n"),
    ("const_condition_while", "def f():\n    while 1:\n        x = 2\n        if x:\n            return x\n"),
    ("redundant_nops", "def f():\n    pass\n    pass\n    return\n"),
    ("load_const_pop_top", "def f():\n    1\n    'string statement'\n    return 2\n"),
    ("not_condition_inverted", "def f(a):\n    if not a:\n        return 1\n    return 2\n"),
    ("extended_arg_jumps", "def f(x):\n    if x:\n" + "".join(f"        x = x + {i}\n" for i in range(120)) + "    return x\n"),
    ("extended_arg_backward_loop", "def f(x):\n    while x:\n" + "".join(f"        x = x - {i}\n" for i in range(120)) + "    return x\n"),
    ("extended_arg_consts", "def f():\n    return [" + ", ".join(f"'c{i}'" for i in range(300)) + "]\n"),
    ("extended_arg_names", "def f(o):\n" + "".join(f"    o.a{i} = {i}\n" for i in range(300)) + "\n"),
    ("cold_exception_blocks", "def f(x):\n    try:\n        y = x + 1\n    except TypeError:\n        y = 0\n    return y\n"),
    ("return_in_both_branches", "def f(x):\n    if x:\n        return 1\n    else:\n        return 2\n"),
    ("empty_loop_body", "def f(xs):\n    for x in xs:\n        pass\n"),
    ("line_number_propagation", "def f(a,\n      b):\n    return (a +\n            b)\n"),
    ("multiline_condition", "def f(a, b):\n    if (a and\n            b):\n        return 1\n"),
    ("implicit_return_after_if", "def f(a):\n    if a:\n        print(a)\n"),
    ("exit_without_lineno", "def f(x):\n    for i in x:\n        if i:\n            break\n"),
    ("conditional_expression_jumps", "def f(a, b, c):\n    return (a if b else c) or (b if c else a)\n"),
])

# ------------------------------------------------------------------ scopes (symtable)
cases("scope", [
    ("legb", "x = 'global'\ndef outer():\n    x = 'enclosing'\n    def inner():\n        return x\n    return inner\nprint(outer()(), len('abc'))\n"),
    ("module_names", "a = 1\nb = a\ndel a\n"),
    ("function_fast_locals", "def f(a):\n    b = a\n    return b\n"),
    ("global_declared_in_nested", "def f():\n    def g():\n        global x\n        x = 1\n    return g\n"),
    ("import_star_module", "from os import *\nx = sep\n"),
    ("class_method_sees_global_not_class", "x = 1\nclass C:\n    x = 2\n    def m(self):\n        return x\n"),
    ("comprehension_iter_in_enclosing", "def f(xs):\n    return [x for x in xs]\n"),
    ("comprehension_var_isolated", "x = 'outer'\ny = [x for x in range(3)]\n"),
    ("lambda_default_scope", "def f(a):\n    return lambda b=a: b\n"),
    ("parameter_cell_and_used", "def f(a):\n    def g(): return a\n    a = 2\n    return g\n"),
    ("free_in_class_method", "def f():\n    v = 1\n    class C:\n        def m(self): return v\n    return C\n"),
    ("nonlocal_from_class_method", "def f():\n    v = 1\n    class C:\n        def m(self):\n            nonlocal v\n            v += 1\n    return C\n"),
    ("super_in_nested_function_class", "def f():\n    class C:\n        def m(self):\n            return super()\n    return C\n"),
    ("global_and_local_same_name_in_different_functions", "def f():\n    global x\n    x = 1\ndef g():\n    x = 2\n    return x\n"),
    ("annotation_scope", "def f():\n    def g(a: x): pass\n    x = int\n    return g\n"),
    ("walrus_binds_in_enclosing", "def f(xs):\n    any((hit := x) > 1 for x in xs)\n    return hit\n"),
    ("deep_nesting", "def a():\n    v = 0\n    def b():\n        def c():\n            def d():\n                return v\n            return d\n        return c\n    return b\n"),
    ("exec_like_names", "def f():\n    return locals(), globals(), vars()\n"),
    ("del_then_use", "def f():\n    x = 1\n    del x\n    return x\n"),
    ("class_name_in_method", "class C:\n    def m(self):\n        return C\n"),
])

# ------------------------------------------------------------------ runnable classics
cases("classic", [
    ("add", "x = 10 + 5\nprint(x)\n"),
    ("legb_lookup", "x = 'g'\ndef f():\n    y = 'e'\n    def g():\n        return x + y + len('l')\n    return g()\nprint(f())\n"),
    ("uncaught_traceback", "def b():\n    return 1 / 0\n\ndef a():\n    return b() + 1\n\nprint('before')\na()\n"),
    ("traceback_chain", "def b():\n    raise ValueError('boom')\ndef a():\n    b()\ntry:\n    a()\nexcept ValueError as e:\n    print('caught', e)\n"),
    ("listcomp_vs_loop", "squares = [n * n for n in range(5)]\nloop = []\nfor n in range(5):\n    loop.append(n * n)\nprint(squares == loop, squares)\n"),
    ("fibonacci", "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\nprint([fib(i) for i in range(15)])\n"),
    ("class_counter", "class Counter:\n    def __init__(self):\n        self.n = 0\n    def inc(self):\n        self.n += 1\n        return self\nprint(Counter().inc().inc().n)\n"),
    ("generator_pipeline", "def evens(n):\n    for i in range(n):\n        if i % 2 == 0:\n            yield i\nprint(sum(x * x for x in evens(20)))\n"),
    ("try_finally_order", "def f():\n    try:\n        print('body')\n        return 'ret'\n    finally:\n        print('finally')\nprint(f())\n"),
    ("closure_counter", "def make():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = make()\nc(); c()\nprint(c())\n"),
    ("string_methods", "s = 'Hello, World'\nprint(s.lower(), s.split(', '), s[::-1], f'{s!r:>20}')\n"),
    ("dict_ops", "d = {'b': 2, 'a': 1}\nd['c'] = 3\nprint(sorted(d), list(d.items()), d.get('z', 0))\n"),
    ("match_run", "def kind(x):\n    match x:\n        case int():\n            return 'int'\n        case [_, *_]:\n            return 'seq'\n        case _:\n            return 'other'\nprint(kind(1), kind([1, 2]), kind('s'))\n"),
], run=True)


def main():
    for entry in os.listdir(HERE):
        path = os.path.join(HERE, entry)
        if os.path.isdir(path):
            shutil.rmtree(path)  # only the generated feature folders; README.md stays
    seen = set()
    for feature, name, text in CASES:
        key = (feature, name)
        assert key not in seen, key
        seen.add(key)
        folder = os.path.join(HERE, feature)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name + ".py"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    print(f"{len(CASES)} cases in {len({f for f, _, _ in CASES})} features")


if __name__ == "__main__":
    main()
