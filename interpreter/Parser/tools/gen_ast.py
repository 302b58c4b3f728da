#!/usr/bin/env python3
"""Generates ../Ast/Nodes.g.cs from the ASDL description below.

The ASDL text is CPython 3.11's Parser/Python.asdl, retyped by hand (it is the
language's data model, not CPython output). Run: python3 gen_ast.py > ../Ast/Nodes.g.cs
and  python3 gen_ast.py --table > ../Ast/AsdlTable.g.cs (the classes of the VM's _ast module).
"""
import re, sys

ASDL = r"""
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value)
    | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse)
    | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases)
    | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg)
    | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names)
    | Nonlocal(identifier* names)
    | Expr(expr value)
    | Pass | Break | Continue
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values)
    | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body)
    | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values)
    | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value)
    | Yield(expr? value)
    | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values)
    | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx)
    | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword = (identifier? arg, expr value)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias = (identifier name, identifier? asname)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value)
    | MatchSingleton(constant value)
    | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name)
    | MatchAs(pattern? pattern, identifier? name)
    | MatchOr(pattern* patterns)
    attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
"""

def pascal(s):
    return ''.join(p[:1].upper() + p[1:] for p in s.split('_'))

# C# names for the ASDL types. Sum types get a "Node" suffix so that e.g. `expr` (ExprNode) and the
# statement `Expr` can coexist; product types keep their Python name in PascalCase.
PRODUCTS = {}
SUMS = {}
def cs_type_name(t):
    if t in ('identifier', 'string'): return 'string'
    if t == 'int': return 'int'
    if t == 'constant': return 'object'
    if t in PRODUCTS: return PRODUCT_CLASS[t]
    return pascal(t) + 'Node'

PRODUCT_CLASS = {'comprehension': 'Comprehension', 'arguments': 'Arguments', 'arg': 'Arg', 'keyword': 'Keyword',
                 'alias': 'Alias', 'withitem': 'WithItem', 'match_case': 'MatchCase'}

def parse_fields(s):
    out = []
    for f in s.split(','):
        f = f.strip()
        if not f: continue
        t, n = f.split()
        q = ''
        if t.endswith('*') or t.endswith('?'):
            q = t[-1]; t = t[:-1]
        out.append((t, q, n))
    return out

def parse_attrs(s):
    m = re.search(r'attributes\s*\((.*)\)', s)
    return parse_fields(m.group(1)) if m else []

text = ASDL.strip()
defs = re.split(r'\n(?=\w+ = )', text)
parsed = []
for d in defs:
    name, rhs = d.split(' = ', 1)
    rhs = ' '.join(rhs.split())
    attrs = parse_attrs(rhs)
    rhs = re.sub(r'attributes\s*\(.*\)', '', rhs).strip()
    if rhs.startswith('('):
        PRODUCTS[name] = (parse_fields(rhs[1:-1]), attrs)
        parsed.append(('product', name, parse_fields(rhs[1:-1]), attrs))
    else:
        cons = []
        for c in re.findall(r'(\w+)(?:\(([^)]*)\))?', rhs):
            cons.append((c[0], parse_fields(c[1])))
        SUMS[name] = (cons, attrs)
        parsed.append(('sum', name, cons, attrs))

def prop_name(cls, field):
    p = pascal(field)
    if p == cls: p = p + 'Name'   # arg.arg -> Arg.ArgName (a member may not share its class's name)
    return p

def cs_field_type(t, q):
    base = cs_type_name(t)
    if q == '*': return f'List<{base}>' if base != 'string' else 'List<string>'
    if q == '?':
        return base + ('?' if base != 'int' else '?')
    if base == 'object': return 'object'
    return base

def header(emit, how):
    emit(f'// <auto-generated> by interpreter/Parser/tools/{how} from CPython 3.11 Parser/Python.asdl (retyped). Do not edit.')
    emit('#nullable enable')
    emit('namespace Pyref.Parser.Ast;')
    emit('')

out = []
w = out.append
header(w, 'gen_ast.py')

def emit_class(pyname, csname, base, fields, attrs, sealed=True, singleton=False):
    w(f'public {"sealed " if sealed else ""}partial class {csname} : {base}')
    w('{')
    w(f'    public override string TypeName => "{pyname}";')
    for (t, q, n) in fields:
        ft = cs_field_type(t, q)
        w(f'    public {ft} {prop_name(csname, n)} {{ get; set; }}' + (' = null!;' if q == '' and ft not in ('int',) else ''))
    if singleton:
        w(f'    public static readonly {csname} Instance = new();')
    if attrs and pyname in PRODUCTS:
        w('    public int Lineno { get; set; }')
        w('    public int ColOffset { get; set; }')
        w('    public int EndLineno { get; set; }')
        w('    public int EndColOffset { get; set; }')
        w('    public override bool HasAttributes => true;')
        w('    public override IEnumerable<(string Name, object? Value)> Attributes()')
        w('    {')
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            w(f'        yield return ("{a}", {pascal(a)});')
        w('    }')
    # constructor: fields then attributes
    params = [f'{cs_field_type(t, q)} {n}_' for (t, q, n) in fields]
    if fields or attrs:
        aparams = []
        if attrs:
            aparams = ['int lineno', 'int colOffset', 'int endLineno', 'int endColOffset']
        w(f'    public {csname}({", ".join(params + aparams)})')
        w('    {')
        for (t, q, n) in fields:
            w(f'        {prop_name(csname, n)} = {n}_;')
        if attrs:
            w('        Lineno = lineno; ColOffset = colOffset; EndLineno = endLineno; EndColOffset = endColOffset;')
        w('    }')
        if attrs:
            w(f'    public {csname}({", ".join(params + ["(int L, int C, int EL, int EC) pos"])})')
            w(f'        : this({", ".join([n + "_" for (t, q, n) in fields] + ["pos.L", "pos.C", "pos.EL", "pos.EC"])}) {{ }}')
    else:
        w(f'    public {csname}() {{ }}')
    w('    public override IEnumerable<(string Name, object? Value)> Fields()')
    w('    {')
    if not fields:
        w('        yield break;')
    for (t, q, n) in fields:
        w(f'        yield return ("{n}", {prop_name(csname, n)});')
    w('    }')
    w(f'    public override int FieldCount => {len(fields)};')
    w('}')
    w('')

def emit_attrs_base(csname, attrs, base='Node'):
    w(f'public abstract partial class {csname} : {base}')
    w('{')
    if attrs:
        w('    public int Lineno { get; set; }')
        w('    public int ColOffset { get; set; }')
        w('    public int EndLineno { get; set; }')
        w('    public int EndColOffset { get; set; }')
        w('    public override bool HasAttributes => true;')
        w('    public override IEnumerable<(string Name, object? Value)> Attributes()')
        w('    {')
        w('        yield return ("lineno", Lineno);')
        w('        yield return ("col_offset", ColOffset);')
        w('        yield return ("end_lineno", EndLineno);')
        w('        yield return ("end_col_offset", EndColOffset);')
        w('    }')
    w('}')
    w('')

for kind, name, body, attrs in parsed:
    if kind == 'product':
        cs = PRODUCT_CLASS[name]
        base = 'LocatedNode' if attrs else 'Node'
        emit_class(name, cs, base, body, attrs)
    else:
        basecs = pascal(name) + 'Node'
        simple = all(not f for _, f in body) and not attrs
        emit_attrs_base(basecs, attrs, 'LocatedNode' if attrs else 'Node')
        for cname, fields in body:
            emit_class(cname, cname, basecs, fields, attrs, singleton=simple)

def emit_table():
    """--table: the class list the VM's _ast module builds its Python classes from
    (Python/Python-ast.c make_type / add_attributes / the None defaults of optional fields)."""
    t = []
    a = t.append
    header(a, 'gen_ast.py --table')
    a('/// <summary>One ASDL class: its base ("AST" for a type), fields, attributes (null: inherited from the')
    a('/// sum type), the optional names that default to None on the class, and the __doc__ signature.</summary>')
    a('public sealed record AsdlClass(string Name, string Base, string[] Fields, string[]? Attributes, string[] Optional, string Doc);')
    a('')
    a('public static class AsdlTable')
    a('{')
    a('    /// <summary>Bases before the classes deriving from them, in Parser/Python.asdl order.</summary>')
    a('    public static readonly AsdlClass[] Classes =')
    a('    {')
    def strs(xs):
        return 'new string[] { ' + ', '.join('"%s"' % x for x in xs) + ' }' if xs else 'System.Array.Empty<string>()'
    def sig(name, fields):
        if not fields: return name
        return name + '(' + ', '.join(f'{ty}{q} {n}' for (ty, q, n) in fields) + ')'
    def opt(fields):
        return [n for (ty, q, n) in fields if q == '?']
    def row(name, base, fields, attrs, optional, doc):
        a(f'        new("{name}", "{base}", {strs(fields)}, {"null" if attrs is None else strs(attrs)}, {strs(optional)}, "{doc}"),')
    for kind, name, body, attrs in parsed:
        if kind == 'product':
            row(name, 'AST', [n for (_, _, n) in body], [n for (_, _, n) in attrs], opt(body) + opt(attrs), sig(name, body))
        else:
            simple = all(not f for _, f in body)
            sep = ' | ' if simple else '\\n' + ' ' * (len(name) + 1) + '| '
            doc = name + ' = ' + sep.join(sig(c, f) for c, f in body)
            row(name, 'AST', [], [n for (_, _, n) in attrs], opt(attrs), doc)
            for cname, fields in body:
                row(cname, name, [n for (_, _, n) in fields], None, opt(fields), sig(cname, fields))
    a('    };')
    a('}')
    print('\n'.join(t))

if '--table' in sys.argv:
    emit_table()
else:
    print('\n'.join(out))
