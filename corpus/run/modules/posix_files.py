# features: [posix, os, files]
# stages: [run]
# The posix module directly: descriptors, directories, stat, errors with errno and filename.
import posix, errno
base = '/tmp/pyref_posix_%d' % posix.getpid()
posix.mkdir(base)
name = base + '/a.txt'
fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b'hello world\n'), posix.lseek(fd, 0, 1))
st = posix.fstat(fd)
print(st.st_size, st.st_mode & 0o777, oct(st.st_mode & 0o170000), st.st_nlink, len(st), st.n_fields, st.n_sequence_fields)
posix.close(fd)
fd = posix.open(name, posix.O_RDONLY)
print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10), posix.lseek(fd, 6, 0), posix.read(fd, 5))
posix.close(fd)
st = posix.stat(name)
print(type(st).__name__, type(st).__module__, st.st_size, st[6], type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
print(posix.stat_result(tuple(range(10))))
print(posix.stat_result(tuple(range(10))).st_atime, posix.stat_result(tuple(range(10)), {'st_atime': 2.5}).st_atime)
try:
    posix.stat_result((1, 2))
except TypeError as e:
    print(e)
posix.mkdir(base + '/sub')
for n in ['z.txt', 'b.txt']:
    posix.close(posix.open(base + '/' + n, posix.O_CREAT | posix.O_WRONLY))
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
with posix.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path == base + '/' + e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print(repr(entries[0]), posix.fspath(entries[0]) == entries[0].path, entries[0].stat().st_size)
posix.symlink(name, base + '/link')
print(posix.readlink(base + '/link') == name, posix.lstat(base + '/link').st_mode & 0o170000 == 0o120000, posix.stat(base + '/link').st_size)
posix.rename(base + '/z.txt', base + '/y.txt')
posix.replace(base + '/y.txt', base + '/b.txt')
print(sorted(posix.listdir(base)))
print(posix.access(name, posix.R_OK), posix.access(base + '/none', posix.F_OK))
posix.chmod(name, 0o600)
print(oct(posix.stat(name).st_mode & 0o777))
posix.utime(name, (1000000000, 1234567890.5))
st = posix.stat(name)
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8])
posix.utime(name, ns=(5, 1500000000123))
print(posix.stat(name).st_mtime_ns)
posix.truncate(name, 4)
print(posix.stat(name).st_size)
for call in [lambda: posix.stat(base + '/none'), lambda: posix.mkdir(base), lambda: posix.rmdir(base),
             lambda: posix.unlink(base + '/sub'), lambda: posix.listdir(name), lambda: posix.open(base + '/none', posix.O_RDONLY),
             lambda: posix.rename(base + '/none', base + '/x'), lambda: posix.close(999), lambda: posix.chdir(base + '/none')]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], str(e).replace(base, 'BASE'))
for bad in [lambda: posix.stat(1.5), lambda: posix.stat([]), lambda: posix.listdir([]), lambda: posix.stat('a\0b'), lambda: posix.fspath(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class P:
    def __fspath__(self):
        return name
print(posix.fspath(P()) == name, posix.stat(P()).st_size, posix.fspath(b'x'))
cwd = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == base, sorted(posix.listdir()), type(posix.getcwdb()).__name__)
posix.chdir(cwd)
for n in ['a.txt', 'b.txt', 'link']:
    posix.remove(base + '/' + n)
posix.rmdir(base + '/sub')
posix.rmdir(base)
print(posix.strerror(2), posix.strerror(13))
print(type(posix.getpid()).__name__, posix.getpid() > 0, type(posix.environ).__name__, all(type(k) is bytes for k in posix.environ))
print(len(posix.urandom(8)), posix.uname().sysname, type(posix.times()).__name__, posix.cpu_count() >= 1)
print(posix.WIFEXITED(0), posix.WEXITSTATUS(256), posix.WIFSIGNALED(9), posix.WTERMSIG(9), posix.waitstatus_to_exitcode(512))
print(posix.terminal_size((80, 24)), posix.error is OSError)
