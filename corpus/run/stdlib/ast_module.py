# features: [import, stdlib-ast, native-_ast]
# stages: [run]
# flags: [needs-stdlib]
import _ast as a, ast, copy
print(a.AST.__module__, a.AST._fields, a.AST._attributes, a.Name.__module__)
print(a.stmt._fields, a.stmt._attributes, a.stmt.__match_args__, a.stmt.__doc__)
print(a.Name._fields, a.Name.__doc__, a.Name.__match_args__, a.Name._attributes)
print(a.Load._fields, repr(a.Load.__doc__), a.expr_context.__doc__, a.operator.__doc__)
print(a.comprehension._fields, a.comprehension._attributes, a.comprehension.__doc__, a.arg._attributes)
print(a.FunctionDef.returns, a.FunctionDef.type_comment, a.expr.end_lineno, a.arg.annotation, a.MatchAs.pattern)
print([k for k in dir(a) if not k[0].isupper() and not k.startswith('__')])
print(a.Load() is a.Load(), a.Name.__mro__, type(a.AST), issubclass(a.Add, a.operator))
print(a.PyCF_ONLY_AST, a.PyCF_TYPE_COMMENTS, a.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_ONLY_AST)
x = a.Name('x')
print(x.__reduce__(), a.AST().__reduce__(), vars(a.Name()))
for args, kw in [((1, 2, 3), {}), (('a',), {'id': 'b'}), ((), {'foo': 1}), (('a', a.Store()), {'lineno': 3})]:
    try:
        n = a.Name(*args, **kw)
        print(sorted((k, type(v).__name__) for k, v in vars(n).items()))
    except TypeError as e:
        print("TypeError:", e)
try:
    a.Load(1)
except TypeError as e:
    print("TypeError:", e)
try:
    a.Constant(1).end_col_offset
    print(a.Constant(1).lineno)
except AttributeError as e:
    print("AttributeError:", e)
n = a.BinOp(a.Constant(1), a.Add(), a.Name('x', a.Load()), lineno=1)
m = copy.deepcopy(n)
print(type(m).__name__, m.left.value, m.lineno, type(m.op).__name__, m is not n)
print(ast.dump(n))
print(ast.dump(n, include_attributes=True))
tree = a.Module([a.FunctionDef('f', a.arguments([], [a.arg('y')], None, [], [], None, []),
                               [a.Return(a.BinOp(a.Name('y', a.Load()), a.Mult(), a.Constant(2)))], [], None)], [])
tree = ast.fix_missing_locations(tree)
print(ast.unparse(tree))
print(ast.dump(tree, indent=2))
match n:
    case a.BinOp(a.Constant(v), op, right):
        print("matched", v, type(op).__name__, right.id)
print(isinstance(a.Constant(1), ast.Num), ast.Num(5).n, ast.Str('s').s, type(ast.Num(5)).__name__)
class V(ast.NodeVisitor):
    def visit_Name(self, node): print("name", node.id)
V().visit(tree)
class T(ast.NodeTransformer):
    def visit_Constant(self, node): return a.Constant(node.value * 10)
print(ast.unparse(T().visit(tree)))
print([type(c).__name__ for c in ast.walk(tree)])
