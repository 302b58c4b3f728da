# features: [io, files, buffered-io]
# stages: [run]
# Binary files: BufferedReader/Writer/Random and FileIO through open() and _io directly.
import posix, _io
base = '/tmp/pyref_io_bin_%d' % posix.getpid()
posix.mkdir(base)
name = base + '/b.bin'
with open(name, 'wb') as f:
    print(type(f).__name__, repr(f).replace(base, 'BASE'), f.mode, f.raw.mode)
    print(f.write(b'line one\nline two\n'), f.write(bytearray(b'\x00\xff')), f.tell())
with open(name, 'rb') as f:
    print(type(f).__name__, f.read(4), f.peek(1)[:1], f.read1(3), f.readline(), f.tell())
    print(f.readlines(), f.read(), f.read(5))
    print(f.seek(5), f.read(3), f.seek(-2, 2), f.read(), f.seek(0, 1))
    f.seek(0)
    print(list(f))
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf)
with open(name, 'r+b') as f:
    print(type(f).__name__, f.read(4))
    f.write(b'ONE!')
    f.seek(0)
    print(f.read(12))
with open(name, 'ab') as f:
    print(f.tell(), f.write(b'tail'), f.tell())
with open(name, 'rb', buffering=0) as f:
    print(type(f).__name__, repr(f).replace(base, 'BASE'), f.read(3), f.readall()[-4:])
raw = _io.FileIO(name, 'r')
print(raw.mode, raw.readable(), raw.writable(), raw.seekable(), raw.closefd, raw.isatty())
print(raw.read(4), raw.tell(), len(raw.read()))
raw.close()
print(repr(raw), raw.closed)
try:
    raw.read()
except ValueError as e:
    print(e)
w = _io.FileIO(name, 'w')
try:
    w.read()
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
w.close()
try:
    _io.FileIO(name, 'rw')
except ValueError as e:
    print(e)
try:
    open(name, 'xb')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
fd = posix.open(name, posix.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    print(repr(f) == '<_io.BufferedReader name=%d>' % fd, f.read(3))
print(posix.read(fd, 3))
posix.close(fd)
posix.unlink(name)
posix.rmdir(base)
print(_io.DEFAULT_BUFFER_SIZE, _io.BufferedReader.__mro__, _io.TextIOWrapper.__mro__)
