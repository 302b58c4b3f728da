# features: [array, buffer-protocol]
# stages: [run]
import array
from array import array as A

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(array.typecodes, array.ArrayType is A)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, repr(a), a.typecode, len(a))

a = A("i", [1, -2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], a.tolist())
print(a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.count(3), 3 in a, 42 in a)
a.remove(4)
a.reverse()
print(a, a.tobytes()[:8])
a[1] = 50
a[2:4] = A("i", [8, 9, 10])
del a[0]
del a[::2]
print(a)
b = A("h", b"\x01\x00\x02\x00")
b.frombytes(bytearray(b"\x03\x00"))
b.fromlist([4, 5])
print(b, b + A("h", [6]), b * 2, 2 * A("b", [1]), list(b), b == A("h", [1, 2, 3, 4, 5]), b < A("h", [1, 3]), b == A("i", [1, 2, 3, 4, 5]))
b += A("h", [7])
b *= 2
print(b)
b.byteswap()
print(b[:3])
u = A("u", "héllo")
u.fromunicode(" wörld")
print(u, u.tounicode(), u[1], u.itemsize, u.tolist()[:3])
f = A("d", [1.5, 2])
f.append(3)
print(f, A("f", [0.1]).tolist(), A("f", [0.1]) == A("d", [0.1]))
q = A("Q", [2**64 - 1])
print(q, A("q", [-2**63]), A("L", [2**64 - 1]), A("B", range(5)), A("b", A("b", [1, 2])))
m = memoryview(A("i", [1, 2, 3]))
print(m.format, m.itemsize, m.tolist(), m.nbytes, memoryview(A("u", "ab")).format)
arr = A("H", [1, 2])
mv = memoryview(arr)
mv[0] = 7
print(arr)
attempt("resize exported", lambda: arr.append(3))
mv.release()
arr.append(3)
print(arr, A("B", b"ab") == A("B", [97, 98]))
print(arr.__copy__(), arr.__deepcopy__({}))

attempt("bad typecode", lambda: A("z"))
attempt("typecode type", lambda: A(5))
attempt("typecode len", lambda: A("ii"))
attempt("str init", lambda: A("i", "abc"))
attempt("unicode init", lambda: A("i", A("u", "a")))
attempt("keyword", lambda: A("i", initializer=[1]))
for tc, vals in [("b", [128, -129, 2**20, 1.5]), ("B", [256, -1]), ("h", [2**15]), ("H", [-1, 2**16, 2**40]), ("i", [2**31, "x"]), ("I", [-1, 2**32, 2**70]), ("l", [2**63]), ("L", [-1]), ("q", [2**63]), ("Q", [-1, 2**64]), ("d", ["x", None]), ("u", [1, "ab"])]:
    for v in vals:
        attempt(f"{tc} {v!r}", lambda: A(tc, [v]))
attempt("index", lambda: a[100])
attempt("assign index", lambda: a.__setitem__(100, 1))
attempt("index type", lambda: a["x"])
attempt("slice assign list", lambda: a.__setitem__(slice(0, 1), [1]))
attempt("slice assign kind", lambda: a.__setitem__(slice(0, 1), A("h", [1])))
attempt("extended slice size", lambda: A("i", [1, 2, 3, 4]).__setitem__(slice(None, None, 2), A("i", [1])))
attempt("add list", lambda: a + [1])
attempt("add kind", lambda: a + A("h"))
attempt("extend kind", lambda: a.extend(A("h")))
attempt("iadd list", lambda: a.__iadd__([1]))
attempt("frombytes size", lambda: A("i").frombytes(b"abc"))
attempt("fromlist type", lambda: A("i").fromlist((1,)))
attempt("tounicode", lambda: a.tounicode())
attempt("fromunicode", lambda: a.fromunicode("x"))
attempt("fromunicode type", lambda: u.fromunicode(b"x"))
attempt("pop empty", lambda: A("i").pop())
attempt("pop range", lambda: A("i", [1]).pop(5))
attempt("remove", lambda: a.remove(12345))
attempt("index missing", lambda: a.index(12345))
attempt("hash", lambda: hash(a))
fl = A("i", [1, 2])
attempt("fromlist partial", lambda: fl.fromlist([3, "x"]))
print(fl)
