# features: [memoryview, buffer-protocol]
# stages: [run]
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b"hello world")
print(len(m), m.nbytes, m.itemsize, m.format, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.obj)
print(m[0], m[-1], m[1:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[2:9:3].tolist())
print(m[::2].contiguous, m[::2].strides, m[::-1].shape)
print(m.hex(), m[:4].hex(":"), m[:4].hex("-", 2), bytes(m[6:]), bytearray(m[:5]))
print(m == b"hello world", m == b"hello", m != b"x", m == m[:], m == "hello world", m[:5] == memoryview(b"hello"))
print(hash(m) == hash(b"hello world"), list(m[:3]), [x for x in m[-3:]])

ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = ord("A")
v[1:3] = b"XY"
v[-1:] = bytearray(b"!")
v[::2] = b"123"
print(ba, v.readonly, v.tobytes(), v.tolist())
attempt("hash writable", lambda: hash(v))
attempt("set readonly", lambda: m.__setitem__(0, 1))
attempt("del item", lambda: v.__delitem__(0))
attempt("bad value", lambda: v.__setitem__(0, 256))
attempt("bad type", lambda: v.__setitem__(0, "a"))
attempt("bad structure", lambda: v.__setitem__(slice(0, 2), b"xyz"))
attempt("index", lambda: v[10])
attempt("neg index", lambda: v[-7])
attempt("bad key", lambda: v["a"])
attempt("float key", lambda: v[1.0])
attempt("not bytes-like", lambda: memoryview("abc"))
attempt("not bytes-like int", lambda: memoryview(5))

# casts
raw = bytearray(range(16))
w = memoryview(raw)
ints = w.cast("i")
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.tolist())
ints[0] = -1
print(raw[:4], ints[0])
shorts = w.cast("H")
print(shorts.tolist(), shorts.cast("B")[:4].tolist())
grid = w.cast("B", shape=[4, 4])
print(grid.ndim, grid.shape, grid.strides, grid.tolist(), grid[1, 2], grid.tobytes()[:6])
grid[3, 3] = 99
print(raw[15], grid.cast("B").tolist()[-2:])
chars = memoryview(b"ab").cast("c")
print(chars.tolist(), chars[0], chars.format)
floats = memoryview(bytearray(16)).cast("d")
floats[1] = 2.5
print(floats.tolist())
bools = memoryview(bytes([0, 1, 2])).cast("?")
print(bools.tolist())
q = memoryview(bytearray(16)).cast("q")
q[0] = -(2**63)
q[1] = 2**63 - 1
print(q.tolist())
attempt("cast non-byte to non-byte", lambda: ints.cast("h"))
attempt("cast bad format", lambda: w.cast("x"))
attempt("cast bad format 2", lambda: w.cast("ii"))
attempt("cast length", lambda: memoryview(b"abc").cast("i"))
attempt("cast shape product", lambda: w.cast("B", shape=[3, 3]))
attempt("cast shape type", lambda: w.cast("B", shape=5))
attempt("cast non contiguous", lambda: w[::2].cast("B"))
attempt("0-dim len", lambda: len(memoryview(b"abcd").cast("i", shape=[])))
zero = memoryview(b"abcd").cast("i", shape=[])
print(zero.ndim, zero.shape, zero.tolist() == zero[()], zero[...] is zero)
attempt("0-dim index", lambda: zero[0])
attempt("sub-view", lambda: grid[0])
attempt("grid slice", lambda: grid[1:3].tolist())
attempt("too many", lambda: grid[0, 0, 0])
attempt("hash format", lambda: hash(memoryview(b"abcd").cast("i")))

# release and context manager
with memoryview(bytearray(b"xyz")) as cm:
    print(cm[1], cm.tobytes())
print(repr(cm).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
attempt("released getitem", lambda: cm[0])
attempt("released len", lambda: len(cm))
attempt("released attr", lambda: cm.nbytes)
attempt("released tobytes", lambda: cm.tobytes())
print(cm == cm, cm == b"xyz")
cm.release()

ro = memoryview(bytearray(b"ab")).toreadonly()
print(ro.readonly)
attempt("readonly set", lambda: ro.__setitem__(0, 1))
print(memoryview(memoryview(b"abc"))[1:].tobytes(), type(iter(m)).__name__)
print(b"-".join([memoryview(b"a"), memoryview(b"b")]) if False else bytes(memoryview(b"joined")))

# bytearray with a live export cannot resize
buf = bytearray(b"123")
view = memoryview(buf)
attempt("resize exported", lambda: buf.append(52))
view.release()
buf.append(52)
print(buf)
