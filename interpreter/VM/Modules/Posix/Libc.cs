using System.Runtime.InteropServices;
using System.Text;

namespace Pyref.VM.Modules.Posix;

/// <summary>
/// The C library calls posixmodule.c makes, through P/Invoke, so file descriptors, errno values and stat fields are
/// the operating system's own, as CPython sees them. Paths are NUL-terminated bytes (os.fsencode'd).
/// DEVIATION(CPython): the struct layouts here are Linux x86_64 / arm64 glibc ones; posix is unavailable elsewhere.
/// </summary>
internal static unsafe partial class Libc
{
    private const string C = "libc";

    public static int Errno => Marshal.GetLastPInvokeError();

    [DllImport(C, SetLastError = true)] public static extern int open(byte[] path, int flags, int mode);
    [DllImport(C, SetLastError = true)] public static extern int openat(int dirfd, byte[] path, int flags, int mode);
    [DllImport(C, SetLastError = true)] public static extern int close(int fd);
    [DllImport(C, SetLastError = true)] public static extern nint read(int fd, byte* buf, nint count);
    [DllImport(C, SetLastError = true)] public static extern nint write(int fd, byte* buf, nint count);
    [DllImport(C, SetLastError = true)] public static extern long lseek(int fd, long offset, int whence);
    [DllImport(C, SetLastError = true)] public static extern int stat(byte[] path, byte* buf);
    [DllImport(C, SetLastError = true)] public static extern int lstat(byte[] path, byte* buf);
    [DllImport(C, SetLastError = true)] public static extern int fstat(int fd, byte* buf);
    [DllImport(C, SetLastError = true)] public static extern byte* getcwd(byte* buf, nint size);
    [DllImport(C, SetLastError = true)] public static extern nint opendir(byte[] path);
    [DllImport(C, SetLastError = true)] public static extern nint fdopendir(int fd);
    [DllImport(C, SetLastError = true)] public static extern byte* readdir(nint dir);
    [DllImport(C, SetLastError = true)] public static extern int closedir(nint dir);
    [DllImport(C, SetLastError = true)] public static extern void rewinddir(nint dir);
    [DllImport(C)] public static extern nint strerror(int errnum);
    [DllImport(C, SetLastError = true)] public static extern int isatty(int fd);
    [DllImport(C, SetLastError = true)] public static extern int mkdir(byte[] path, int mode);
    [DllImport(C, SetLastError = true)] public static extern int rmdir(byte[] path);
    [DllImport(C, SetLastError = true)] public static extern int unlink(byte[] path);
    [DllImport(C, SetLastError = true)] public static extern int rename(byte[] from, byte[] to);
    [DllImport(C, SetLastError = true)] public static extern int access(byte[] path, int mode);
    [DllImport(C, SetLastError = true)] public static extern int chdir(byte[] path);
    [DllImport(C, SetLastError = true)] public static extern int fchdir(int fd);
    [DllImport(C, SetLastError = true)] public static extern int chmod(byte[] path, int mode);
    [DllImport(C, SetLastError = true)] public static extern int fchmod(int fd, int mode);
    [DllImport(C, SetLastError = true)] public static extern int umask(int mask);
    [DllImport(C, SetLastError = true)] public static extern int getpid();
    [DllImport(C, SetLastError = true)] public static extern int getppid();
    [DllImport(C, SetLastError = true)] public static extern int getuid();
    [DllImport(C, SetLastError = true)] public static extern int geteuid();
    [DllImport(C, SetLastError = true)] public static extern int getgid();
    [DllImport(C, SetLastError = true)] public static extern int getegid();
    [DllImport(C, SetLastError = true)] public static extern int getpgrp();
    [DllImport(C, SetLastError = true)] public static extern int getsid(int pid);
    [DllImport(C, SetLastError = true)] public static extern int kill(int pid, int sig);
    [DllImport(C, SetLastError = true)] public static extern int dup(int fd);
    [DllImport(C, SetLastError = true)] public static extern int dup2(int fd, int fd2);
    [DllImport(C, SetLastError = true)] public static extern int pipe(int* fds);
    [DllImport(C, SetLastError = true)] public static extern int ftruncate(int fd, long length);
    [DllImport(C, SetLastError = true)] public static extern int truncate(byte[] path, long length);
    [DllImport(C, SetLastError = true)] public static extern int fsync(int fd);
    [DllImport(C, SetLastError = true)] public static extern nint readlink(byte[] path, byte* buf, nint size);
    [DllImport(C, SetLastError = true)] public static extern int symlink(byte[] target, byte[] link);
    [DllImport(C, SetLastError = true)] public static extern int link(byte[] target, byte[] link);
    [DllImport(C, SetLastError = true)] public static extern int uname(byte* buf);
    [DllImport(C, SetLastError = true)] public static extern long times(long* buf);
    [DllImport(C, SetLastError = true)] public static extern long sysconf(int name);
    [DllImport(C, SetLastError = true)] public static extern int ioctl(int fd, ulong request, void* arg);
    [DllImport(C, SetLastError = true)] public static extern int setenv(byte[] name, byte[] value, int overwrite);
    [DllImport(C, SetLastError = true)] public static extern int unsetenv(byte[] name);
    [DllImport(C, SetLastError = true)] public static extern int utimensat(int dirfd, byte[] path, long* times, int flags);
    [DllImport(C, SetLastError = true)] public static extern int futimens(int fd, long* times);
    [DllImport(C, SetLastError = true)] public static extern void _exit(int status);
    [DllImport(C, SetLastError = true)] public static extern int fcntl(int fd, int cmd, int arg);
    [DllImport(C, SetLastError = true)] public static extern int clock_gettime(int clk, long* ts);
    [DllImport(C, SetLastError = true)] public static extern int clock_getres(int clk, long* ts);
    [DllImport(C, SetLastError = true)] public static extern byte* ttyname(int fd);
    [DllImport(C, SetLastError = true)] public static extern int getloadavg(double* loadavg, int nelem);
    [DllImport(C, SetLastError = true)] public static extern int sched_getaffinity(int pid, nint size, byte* mask);

    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_NOCTTY = 0x100,
        O_TRUNC = 0x200, O_APPEND = 0x400, O_NONBLOCK = 0x800, O_DSYNC = 0x1000, O_ASYNC = 0x2000,
        O_DIRECTORY = 0x10000, O_NOFOLLOW = 0x20000, O_CLOEXEC = 0x80000, O_SYNC = 0x101000,
        O_DIRECT = 0x4000, O_LARGEFILE = 0, O_NOATIME = 0x40000, O_PATH = 0x200000, O_TMPFILE = 0x410000,
        O_NDELAY = O_NONBLOCK, O_RSYNC = O_SYNC, O_ACCMODE = 3;
    public const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100;
    public const int EINTR = 4, EBADF = 9, EAGAIN = 11, EINVAL = 22, ENOENT = 2, ESPIPE = 29, EISDIR = 21;

    /// <summary>struct stat (x86_64 and generic/arm64 glibc layouts).</summary>
    public readonly struct Stat
    {
        public readonly ulong Dev, Ino, Nlink, Rdev;
        public readonly uint Mode, Uid, Gid;
        public readonly long Size, Blksize, Blocks, ATimeSec, ATimeNsec, MTimeSec, MTimeNsec, CTimeSec, CTimeNsec;

        public Stat(byte* b)
        {
            if (RuntimeInformation.ProcessArchitecture == Architecture.X64)
            {
                Dev = *(ulong*)b; Ino = *(ulong*)(b + 8); Nlink = *(ulong*)(b + 16);
                Mode = *(uint*)(b + 24); Uid = *(uint*)(b + 28); Gid = *(uint*)(b + 32);
                Rdev = *(ulong*)(b + 40); Size = *(long*)(b + 48); Blksize = *(long*)(b + 56); Blocks = *(long*)(b + 64);
                ATimeSec = *(long*)(b + 72); ATimeNsec = *(long*)(b + 80);
                MTimeSec = *(long*)(b + 88); MTimeNsec = *(long*)(b + 96);
                CTimeSec = *(long*)(b + 104); CTimeNsec = *(long*)(b + 112);
            }
            else
            {
                // asm-generic/stat.h (arm64): dev, ino, mode:u32, nlink:u32, uid, gid, rdev, pad, size, blksize:i32, pad, blocks, times
                Dev = *(ulong*)b; Ino = *(ulong*)(b + 8); Mode = *(uint*)(b + 16); Nlink = *(uint*)(b + 20);
                Uid = *(uint*)(b + 24); Gid = *(uint*)(b + 28); Rdev = *(ulong*)(b + 32); Size = *(long*)(b + 48);
                Blksize = *(int*)(b + 56); Blocks = *(long*)(b + 64);
                ATimeSec = *(long*)(b + 72); ATimeNsec = *(long*)(b + 80);
                MTimeSec = *(long*)(b + 88); MTimeNsec = *(long*)(b + 96);
                CTimeSec = *(long*)(b + 104); CTimeNsec = *(long*)(b + 112);
            }
        }
    }

    public const int StatBufferSize = 256;

    public static string StrError(int errnum)
    {
        var p = strerror(errnum);
        return p == 0 ? $"Unknown error {errnum}" : Marshal.PtrToStringUTF8(p) ?? "";
    }

    /// <summary>The NUL-terminated bytes a path is passed to C as.</summary>
    public static byte[] CString(byte[] path)
    {
        var r = new byte[path.Length + 1];
        path.CopyTo(r, 0);
        return r;
    }

    public static byte[] FromCString(byte* p)
    {
        int n = 0;
        while (p[n] != 0) n++;
        return new ReadOnlySpan<byte>(p, n).ToArray();
    }
}
