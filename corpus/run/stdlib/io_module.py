# features: [io, stdlib]
# stages: [run]
# flags: [needs-stdlib]
# Lib/io.py over _io: the ABCs, subclassing the raw and text layers, wrapping a BytesIO in TextIOWrapper.
import io, sys
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.BytesIO(), io.IOBase), io.UnsupportedOperation.__mro__)
class Upper(io.RawIOBase):
    def __init__(self, data):
        self.data, self.pos = data, 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk.upper()
        self.pos += len(chunk)
        return len(chunk)
raw = Upper(b'hello\nworld\n')
print(raw.read(4), raw.readall(), raw.closed)
buffered = io.BufferedReader(Upper(b'line one\nline two\n'), buffer_size=4)
print(buffered.readline(), buffered.read(), repr(buffered)[:20])
text = io.TextIOWrapper(io.BytesIO('caf\xe9\r\nna\xefve\n'.encode('utf-8')), encoding='utf-8')
print(text.readline(), repr(text.read()), text.encoding, text.newlines)
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='utf-8', newline='\r\n')
w.write('a\nb\n')
w.flush()
print(out.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='replace')
w.write('caf\xe9')
w.flush()
print(w.buffer.getvalue())
class Collect(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
c = Collect()
print('shout', file=c)
print(repr(c.getvalue()))
print(io.StringIO('x\ny\n').readlines(), list(io.BytesIO(b'1\n2')))
try:
    io.BytesIO().fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
buf = io.StringIO()
sys.stdout = buf
print('captured')
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()), sys.stdout.name, sys.stderr.name)
print(io.text_encoding(None), io.text_encoding('latin-1'))
