# features: [os, stdlib, files]
# stages: [run]
# flags: [needs-stdlib]
# Lib/os.py over the posix module: environ, path helpers, makedirs/walk/removedirs, scandir, fspath, errors.
import os, sys
print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.linesep == '\n', os.devnull, os.curdir, os.pardir)
print(os.path.join('a', 'b', 'c.txt'), os.path.split('/x/y/z.py'), os.path.splitext('arch.tar.gz'), os.path.basename('/p/q'), os.path.dirname('/p/q'))
print(os.path.normpath('a//b/./c/../d'), os.path.isabs('/x'), os.path.relpath('/a/b/c', '/a'), os.path.commonprefix(['/usr/lib', '/usr/local']))
print(type(os.environ).__name__, 'PATH' in os.environ, os.environ.get('PYREF_SURELY_UNSET', 'default'), os.getenv('PYREF_SURELY_UNSET'))
os.environ['PYREF_OS_CASE'] = 'value'
print(os.environ['PYREF_OS_CASE'], os.getenv('PYREF_OS_CASE'), os.environb[b'PYREF_OS_CASE'])
del os.environ['PYREF_OS_CASE']
print('PYREF_OS_CASE' in os.environ)
base = '/tmp/pyref_os_module_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
for name in ['a/one.txt', 'a/b/two.txt', 'top.txt']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 2)
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(root, base), sorted(files))
with os.scandir(base) as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
p = os.path.join(base, 'top.txt')
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(base), os.path.getsize(p), os.path.islink(p), os.path.exists(p + 'x'))
st = os.stat(p)
print(st.st_size, os.path.getmtime(p) == st.st_mtime, isinstance(st, os.stat_result), os.fspath(p) == p)
class Pathish:
    def __fspath__(self):
        return 'x/y'
print(os.fspath(Pathish()), os.path.join(Pathish(), 'z'), isinstance(Pathish(), os.PathLike))
os.rename(p, p + '.bak')
print(sorted(os.listdir(base)))
os.replace(p + '.bak', p)
os.remove(p)
os.unlink(os.path.join(base, 'a', 'one.txt'))
os.remove(os.path.join(base, 'a', 'b', 'two.txt'))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))
try:
    os.remove(p)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p)
try:
    os.listdir(p)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.get_terminal_size.__name__, os.terminal_size((80, 24)), os.cpu_count() > 0, len(os.urandom(4)))
print(os.strerror(2), os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'), os.supports_bytes_environ)
