# features: [errno, exceptions]
# stages: [run]
# errno's Linux numbers and errorcode; OSError picks its subclass from errno and formats errno, strerror, filename.
import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(len(errno.errorcode), errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(sorted(n for n in dir(errno) if n.startswith('E'))[:10])
for code in [errno.EPERM, errno.ENOENT, errno.ESRCH, errno.EINTR, errno.EAGAIN, errno.EEXIST, errno.ENOTDIR, errno.EISDIR,
             errno.EPIPE, errno.ECONNRESET, errno.ETIMEDOUT, errno.ECHILD, errno.EINVAL]:
    e = OSError(code, 'msg', 'file.txt')
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(errno.ENOENT, 'No such file or directory', 'a', None, 'b')
print(type(e).__name__, str(e), e.filename2)
print(str(OSError('just a message')), OSError(1, 2, 3, 4, 5, 6).errno)
