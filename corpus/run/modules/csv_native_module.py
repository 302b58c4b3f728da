# features: [import, csv]
# stages: [run]
# flags: [needs-stdlib]
import _csv, io
print([n for n in dir(_csv) if not n.startswith("__")], _csv.__version__)
D = _csv.Dialect
for kw in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None), dict(quotechar=None), dict(quotechar=''),
           dict(quotechar=1), dict(escapechar=''), dict(escapechar=5), dict(quoting=7), dict(quoting='1'), dict(quoting=1.0),
           dict(lineterminator=None), dict(lineterminator=5), dict(quotechar=None, quoting=0), dict(delimiter=' ', skipinitialspace=True),
           dict(delimiter='\n'), dict(delimiter=',', escapechar=','), dict(lineterminator=''), dict(strict=1), dict(foo=1)]:
    try:
        d = D(**kw)
        print(kw, 'ok', d.delimiter, d.quotechar, d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
    except Exception as e:
        print(kw, type(e).__name__, e)
print([n for n in dir(D) if not n.startswith('__')])
def rd(s, **kw):
    try:
        return list(_csv.reader(io.StringIO(s, newline=''), **kw))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(rd('a\x00b,c\n'), rd('a,b\rc'), rd('a,"b\nc"\n'), rd('a\nb', strict=True))
print(rd('"ab', strict=True), rd('"ab'), rd('"a"b,c', strict=True), rd('"a"b,c'))
print(rd('a\\\nb,c\n', escapechar='\\'), rd('a\\', escapechar='\\'), rd('"a\\', escapechar='\\'))
print(rd('1,2.5,"x"\n', quoting=_csv.QUOTE_NONNUMERIC), rd('1,abc\n', quoting=_csv.QUOTE_NONNUMERIC))
print(rd('a, b,  "c d"\n', skipinitialspace=True), rd("a;'b;c';d\n", delimiter=';', quotechar="'"), rd('a,"b,c\n', quoting=_csv.QUOTE_NONE))
print(list(_csv.reader(['a,b\r\n', 'c\r', 'd\n'])), list(_csv.reader(['a,"b\n', 'c",d'])), list(_csv.reader(['', 'x', ''])))
print(list(_csv.reader(['a,b\nc'])) if False else rd('a\rb\n'))
try:
    list(_csv.reader(['a,b\nc,d']))
except _csv.Error as e:
    print("Error", e)
r = _csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(next(r), r.line_num, next(r), r.line_num, type(r.dialect).__name__)
print(rd('x' * 200000))
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit(), rd('x' * 20))
_csv.field_size_limit(131072)
for bad in [lambda: list(_csv.reader([b'a'])), lambda: _csv.reader(5), lambda: _csv.reader(), lambda: _csv.writer(5),
            lambda: _csv.field_size_limit('x'), lambda: _csv.get_dialect('nope'), lambda: _csv.unregister_dialect('nope'),
            lambda: _csv.register_dialect(5), lambda: _csv.reader([], 'nope'), lambda: _csv.reader([], foo=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def wr(rows, **kw):
    s = io.StringIO()
    w = _csv.writer(s, **kw)
    try:
        for r in rows:
            w.writerow(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return repr(s.getvalue())
print(wr([['a', 'b,c', 'd"e', 'f\ng', None, 1, 2.5, '', ' x ']]))
print(wr([['']]), wr([[]]), wr([['', '']]), wr([[None]]))
print(wr([['a\\b', 'c,d', 'e"f']], escapechar='\\'))
print(wr([['a\\b', 'c,d', 'e"f']], escapechar='\\', doublequote=False))
print(wr([['a\\b', 'c,d', 'e"f']], escapechar='\\', quoting=_csv.QUOTE_NONE))
print(wr([['a,b']], quoting=_csv.QUOTE_NONE), wr([['']], quoting=_csv.QUOTE_NONE))
print(wr([['a', 1, 2.0, None, True]], quoting=_csv.QUOTE_NONNUMERIC), wr([['a', 1]], quoting=_csv.QUOTE_ALL))
print(wr([['a\rb', 'x\x00y']], lineterminator='\n'), wr([5]), wr([['e"f']], doublequote=False), wr(["abc"]))
s = io.StringIO(); w = _csv.writer(s); print(w.writerow(['a']), w.writerows([['b'], ['c']]), repr(s.getvalue()), w.dialect.delimiter)
_csv.register_dialect('semi', delimiter=';', quoting=_csv.QUOTE_ALL)
print(_csv.list_dialects(), _csv.get_dialect('semi').delimiter, wr([['a', 'b']], dialect='semi'), wr([['a', 'b']], 'semi', delimiter='|'))
_csv.unregister_dialect('semi'); print(_csv.list_dialects())
dd = D(delimiter='\t'); print(D(dd) is dd, D(dd, strict=True) is dd)
class Sub(D): pass
print(type(Sub(delimiter=':')).__name__, Sub(delimiter=':').delimiter)
