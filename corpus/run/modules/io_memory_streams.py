# features: [io, stringio, bytesio]
# stages: [run]
# In-memory streams: StringIO and BytesIO, IncrementalNewlineDecoder.
import _io
s = _io.StringIO('a\nb\r\nc\rd')
print(s.readline(), s.readlines(), repr(s.getvalue()), s.tell(), s.read())
s = _io.StringIO(newline=None)
print(s.write('x\r\ny\rz\n'), repr(s.getvalue()), s.newlines)
s = _io.StringIO('one\r\ntwo\rthree', newline='')
print(list(s))
s = _io.StringIO(newline='\r\n')
s.write('a\nb')
print(repr(s.getvalue()))
s = _io.StringIO()
print(s.write('hello'), s.seek(2), s.write('XY'), s.getvalue(), s.tell(), s.seek(0, 2), s.read())
s.seek(10)
s.write('!')
print(repr(s.getvalue()), s.truncate(3), s.getvalue(), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
for bad in [lambda: s.write(b'x'), lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: _io.StringIO(1), lambda: _io.StringIO(newline='x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
try:
    s.read()
except ValueError as e:
    print(e)
print(s.closed)
with _io.StringIO('x\ny') as s:
    print([l for l in s])
b = _io.BytesIO(b'abc\ndef\n')
print(b.readline(), b.read(2), b.tell(), b.read(), b.getvalue())
b.seek(1)
b.write(b'ZZ')
print(b.getvalue(), b.seek(0, 2), b.write(b'!'), b.getvalue())
b.seek(12)
b.write(b'x')
print(b.getvalue(), b.truncate(4), b.getvalue(), b.tell())
print(b.readable(), b.writable(), b.seekable())
b.seek(0)
print(list(b), b.readlines())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
d = _io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', True)), d.newlines)
d = _io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode('x\r\ny\n', True)), d.newlines, d.getstate())
