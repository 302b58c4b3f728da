# features: [io, files, text-io]
# stages: [run]
# Text files through the builtin open(): modes, newline handling, tell/seek, reprs, errors.
import posix
base = '/tmp/pyref_io_text_%d' % posix.getpid()
posix.mkdir(base)
name = base + '/f.txt'
with open(name, 'w') as f:
    print(repr(f).replace(base, 'BASE'), f.mode, f.encoding, f.errors, f.line_buffering, f.writable(), f.readable())
    print(f.write('hello\nworld\r\nthird\rfourth'), f.tell())
with open(name) as f:
    print(repr(f.readline()), f.tell(), f.newlines)
    print(repr(f.read(3)), f.tell())
    print(repr(f.read()), f.read(), f.tell())
    f.seek(0)
    print(f.readlines())
with open(name, newline='') as f:
    print(list(f))
with open(name, newline='\r') as f:
    print(f.readlines())
with open(name, newline='\r\n') as f:
    print(f.readlines())
with open(name, 'a', newline='\r\n') as f:
    f.write('\nappended\n')
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'r+') as f:
    f.seek(0, 2)
    f.write('END')
    f.seek(0)
    print(repr(f.read()))
with open(name, 'w', encoding='latin-1') as f:
    f.write('caf\xe9 \xfc')
for enc, err in [('utf-8', 'strict'), ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8', 'surrogateescape'), ('latin-1', 'strict'), ('ascii', 'backslashreplace')]:
    try:
        with open(name, encoding=enc, errors=err) as f:
            print(enc, err, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(enc, err, type(e).__name__, e, e.start, e.end, e.reason)
try:
    with open(name, 'w', encoding='ascii') as f:
        f.write('caf\xe9')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
f = open(name)
f.close()
print(repr(f).replace(base, 'BASE'), f.closed)
for op in [f.read, f.readline, lambda: f.write('x'), f.tell]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open(name, 'w') as f:
    f.write('a\nb\nc\n')
with open(name) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
            break
with open(name) as f:
    print([line.rstrip() for line in f], f.tell())
with open(name) as f:
    try:
        f.write('x')
    except Exception as e:
        print(type(e).__name__, e)
with open(name, 'w') as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, type(e).__mro__[1:3], e)
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
for mode in ['rw', 'rr', 'z', 'rbt', '', 'U']:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [dict(encoding='utf-8'), dict(errors='strict'), dict(newline='')]:
    try:
        open(name, 'rb', **kw)
    except ValueError as e:
        print(e)
try:
    open(name, 'w', buffering=0)
except ValueError as e:
    print(e)
try:
    open(name, newline='x')
except ValueError as e:
    print(e)
try:
    open(base + '/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base + '/missing.txt')
try:
    open(base)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open([])
except TypeError as e:
    print(e)
posix.unlink(name)
posix.rmdir(base)
