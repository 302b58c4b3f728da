using System.Runtime.InteropServices;

namespace Pyref.VM.Modules.Posix;

/// <summary>
/// The C library's descriptor-multiplexing, socket and process-spawning calls that selectmodule.c, socketmodule.c and
/// _posixsubprocess.c make (glibc, Linux).
/// </summary>
internal static unsafe partial class Libc
{
    // selectmodule.c
    [DllImport(C, SetLastError = true)] public static extern int select(int nfds, byte* readfds, byte* writefds, byte* exceptfds, long* timeout);
    [DllImport(C, SetLastError = true)] public static extern int poll(PollFd* fds, ulong nfds, int timeout);
    [DllImport(C, SetLastError = true)] public static extern int epoll_create1(int flags);
    [DllImport(C, SetLastError = true)] public static extern int epoll_ctl(int epfd, int op, int fd, byte* ev);
    [DllImport(C, SetLastError = true)] public static extern int epoll_wait(int epfd, byte* events, int maxevents, int timeout);

    // socketmodule.c
    [DllImport(C, SetLastError = true)] public static extern int socket(int domain, int type, int protocol);
    [DllImport(C, SetLastError = true)] public static extern int socketpair(int domain, int type, int protocol, int* sv);
    [DllImport(C, SetLastError = true)] public static extern int bind(int fd, byte* addr, int len);
    [DllImport(C, SetLastError = true)] public static extern int connect(int fd, byte* addr, int len);
    [DllImport(C, SetLastError = true)] public static extern int listen(int fd, int backlog);
    [DllImport(C, SetLastError = true)] public static extern int accept4(int fd, byte* addr, int* len, int flags);
    [DllImport(C, SetLastError = true)] public static extern int getsockname(int fd, byte* addr, int* len);
    [DllImport(C, SetLastError = true)] public static extern int getpeername(int fd, byte* addr, int* len);
    [DllImport(C, SetLastError = true)] public static extern nint send(int fd, byte* buf, nint len, int flags);
    [DllImport(C, SetLastError = true)] public static extern nint sendto(int fd, byte* buf, nint len, int flags, byte* addr, int alen);
    [DllImport(C, SetLastError = true)] public static extern nint recv(int fd, byte* buf, nint len, int flags);
    [DllImport(C, SetLastError = true)] public static extern nint recvfrom(int fd, byte* buf, nint len, int flags, byte* addr, int* alen);
    [DllImport(C, SetLastError = true)] public static extern int shutdown(int fd, int how);
    [DllImport(C, SetLastError = true)] public static extern int setsockopt(int fd, int level, int name, byte* val, int len);
    [DllImport(C, SetLastError = true)] public static extern int getsockopt(int fd, int level, int name, byte* val, int* len);
    [DllImport(C, SetLastError = true)] public static extern int gethostname(byte* name, nint len);
    [DllImport(C)] public static extern int getaddrinfo(byte[] node, byte[]? service, byte* hints, byte** res);
    [DllImport(C)] public static extern void freeaddrinfo(byte* res);
    [DllImport(C)] public static extern byte* gai_strerror(int code);
    [DllImport(C)] public static extern int getnameinfo(byte* addr, int alen, byte* host, int hostlen, byte* serv, int servlen, int flags);
    [DllImport(C)] public static extern uint if_nametoindex(byte[] name);

    // _posixsubprocess.c (through posix_spawn: the .NET runtime must not be forked)
    [DllImport(C)] public static extern int posix_spawn(int* pid, byte[] path, byte* fileActions, byte* attr, byte** argv, byte** envp);
    [DllImport(C)] public static extern int posix_spawn_file_actions_init(byte* fa);
    [DllImport(C)] public static extern int posix_spawn_file_actions_destroy(byte* fa);
    [DllImport(C)] public static extern int posix_spawn_file_actions_adddup2(byte* fa, int fd, int newfd);
    [DllImport(C)] public static extern int posix_spawn_file_actions_addclose(byte* fa, int fd);
    [DllImport(C)] public static extern int posix_spawn_file_actions_addchdir_np(byte* fa, byte[] path);
    [DllImport(C)] public static extern int posix_spawnattr_init(byte* attr);
    [DllImport(C)] public static extern int posix_spawnattr_destroy(byte* attr);
    [DllImport(C)] public static extern int posix_spawnattr_setflags(byte* attr, short flags);
    [DllImport(C)] public static extern int posix_spawnattr_setsigmask(byte* attr, byte* sigset);
    [DllImport(C)] public static extern int posix_spawnattr_setsigdefault(byte* attr, byte* sigset);
    [DllImport(C)] public static extern int posix_spawnattr_setpgroup(byte* attr, int pgroup);
    [DllImport(C, SetLastError = true)] public static extern int waitpid(int pid, int* status, int options);

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd { public int Fd; public short Events; public short Revents; }

    public const int EINPROGRESS = 115, EWOULDBLOCK = 11, EISCONN = 106, ENOENT_ = 2, ENOTDIR = 20, ECHILD = 10;
}

internal static unsafe partial class Libc
{
    [DllImport(C)] public static extern int inet_pton(int af, byte[] src, byte* dst);
    [DllImport(C)] public static extern byte* inet_ntop(int af, byte* src, byte* dst, int size);
    [DllImport(C)] public static extern int inet_aton(byte[] cp, uint* inp);
}

internal static unsafe partial class Libc
{
    // struct hostent (64-bit): h_name, h_aliases, h_addrtype:int, h_length:int, h_addr_list
    [DllImport(C)] public static extern byte* gethostbyaddr(byte* addr, int len, int type);
    [DllImport(C)] public static extern byte* gethostbyname2(byte[] name, int af);
    [DllImport(C)] public static extern int* __h_errno_location();
    [DllImport(C)] public static extern byte* hstrerror(int err);
}
