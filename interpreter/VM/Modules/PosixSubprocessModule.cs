using System.Runtime.InteropServices;
using System.Text;
using Pyref.VM.Modules.Posix;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _posixsubprocess (Modules/_posixsubprocess.c): fork_exec, which subprocess.Popen starts every child with.
/// DEVIATION(CPython): CPython forks and runs child_exec in the child; forking the .NET runtime is unsafe, so the child
/// is started with posix_spawn(3), whose file actions do what child_exec does before exec (dup2 of the standard
/// streams, chdir). What cannot be expressed that way is refused (preexec_fn, uid/gid/groups, umask) or approximated:
/// close_fds relies on every descriptor the runtime and pyref open being close-on-exec, and an exec failure is
/// reported through errpipe_write by the parent ("OSError:errno:" as child_exec writes it) with a stand-in child that
/// exits with status 255, as the failed child would.
/// </summary>
[BuiltinModule("_posixsubprocess")]
public static unsafe class PosixSubprocessModule
{
    private static nint s_environ;

    public static PyModule Create()
    {
        var m = new PyModule("_posixsubprocess");
        m.Dict!.Set("fork_exec", Fn("fork_exec", (a, kw) => ForkExec(a, kw)));
        return m;
    }

    private static byte[] FsBytes(PyObject o)
    {
        var v = o is PyStr || o is PyBytes ? o : Fs.FsPath(o);
        var b = v is PyStr s ? Fs.Encode(s.Value) : ((PyBytes)v).Value;
        if (Array.IndexOf(b, (byte)0) >= 0) throw PyExc.ValueError("embedded null byte");
        return b;
    }

    private static PyObject[] Items(PyObject o, string message)
    {
        if (o is PyList l) return l.ToArray();
        if (o is PyTuple t) return t.Items.ToArray();
        throw PyExc.TypeError(message);
    }

    // subprocess_fork_exec_impl (3.11: 23 arguments, the last allow_vfork)
    private static PyObject ForkExec(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKeywords("fork_exec", kw);
        if (a.Length != 23) throw PyExc.TypeError($"fork_exec expected 23 arguments, got {a.Length}");
        bool closeFds = Ops.IsTrue(a[2]);
        if (a[3] is not PyTuple keep) throw PyExc.TypeError("pass_fds must be a tuple");
        int p2cread = ToInt(a[6]), p2cwrite = ToInt(a[7]), c2pread = ToInt(a[8]), c2pwrite = ToInt(a[9]);
        int errread = ToInt(a[10]), errwrite = ToInt(a[11]), errpipeWrite = ToInt(a[13]);
        bool restoreSignals = Ops.IsTrue(a[14]), callSetsid = Ops.IsTrue(a[15]);
        int pgid = ToInt(a[16]);
        if (closeFds && errpipeWrite < 3) throw PyExc.ValueError("errpipe_write must be >= 3");
        if (a[17] != None || a[18] != None || a[19] != None)
            throw PyExc.NotImplementedError("DEVIATION(CPython): fork_exec cannot change the child's user or groups (posix_spawn)");
        if (ToInt(a[20]) >= 0) throw PyExc.NotImplementedError("DEVIATION(CPython): fork_exec cannot set the child's umask (posix_spawn)");
        if (a[21] != None) throw PyExc.NotImplementedError("DEVIATION(CPython): preexec_fn needs fork(), which pyref does not do");

        var argv = a[0] == None ? [] : Items(a[0], "argv must be a tuple").Select(FsBytes).ToArray();
        var exes = Items(a[1], "executable_list must be a sequence").Select(FsBytes).ToArray();
        byte[]? cwd = a[4] == None ? null : FsBytes(a[4]);
        byte[][]? env = a[5] == None ? null : Items(a[5], "env must be a sequence").Select(FsBytes).ToArray();
        var passFds = keep.Items.Select(o => ToInt(o)).Where(fd => fd != errpipeWrite).ToArray();

        // child_exec's chdir failure is reported as "noexec": check the directory first, since posix_spawn would
        // report it like an exec failure.
        if (cwd != null)
        {
            byte* st = stackalloc byte[Libc.StatBufferSize];
            int err = 0;
            if (Libc.stat(Libc.CString(cwd), st) != 0) err = Libc.Errno;
            else if ((new Libc.Stat(st).Mode & 0xF000) != 0x4000) err = Libc.ENOTDIR;
            if (err != 0) return Failed(errpipeWrite, err, noexec: true);
        }

        var fa = stackalloc byte[256];
        var attr = stackalloc byte[1024];
        Libc.posix_spawn_file_actions_init(fa);
        Libc.posix_spawnattr_init(attr);
        var restore = new List<(int Fd, int Flags)>();
        Capture? outCapture = null, errCapture = null;
        try
        {
            // child_exec: close the parent's ends, then dup2 the child's ends onto 0, 1 and 2.
            foreach (var fd in new[] { p2cwrite, c2pread, errread })
                if (fd != -1 && fd > 2) Libc.posix_spawn_file_actions_addclose(fa, fd);
            if (p2cread != -1) Libc.posix_spawn_file_actions_adddup2(fa, p2cread, 0);
            var interp = Interpreter.Current;
            outCapture = c2pwrite == -1 ? Capture.For(interp.Stdout) : null;
            errCapture = errwrite == -1 ? Capture.For(interp.Stderr) : null;
            if (outCapture != null) c2pwrite = outCapture.WriteFd;
            if (errCapture != null) errwrite = errCapture.WriteFd;
            if (c2pwrite != -1) Libc.posix_spawn_file_actions_adddup2(fa, c2pwrite, 1);
            if (errwrite != -1) Libc.posix_spawn_file_actions_adddup2(fa, errwrite, 2);
            if (cwd != null) Libc.posix_spawn_file_actions_addchdir_np(fa, Libc.CString(cwd));
            // pass_fds must survive exec: they are made inheritable for the spawn (make_inheritable).
            foreach (var fd in passFds)
            {
                int f = Libc.fcntl(fd, 1 /* F_GETFD */, 0);
                if (f >= 0 && (f & 1) != 0) { Libc.fcntl(fd, 2 /* F_SETFD */, f & ~1); restore.Add((fd, f)); }
            }
            short flags = 0x08; // POSIX_SPAWN_SETSIGMASK: the runtime's thread may block signals; the child starts clean
            var sigset = stackalloc byte[128];
            new Span<byte>(sigset, 128).Clear();
            Libc.posix_spawnattr_setsigmask(attr, sigset);
            if (restoreSignals)
            {
                // _Py_RestoreSignals: SIGPIPE and SIGXFSZ back to their defaults.
                sigset[(13 - 1) / 8] |= (byte)(1 << ((13 - 1) % 8));
                sigset[(25 - 1) / 8] |= (byte)(1 << ((25 - 1) % 8));
                Libc.posix_spawnattr_setsigdefault(attr, sigset);
                flags |= 0x04; // POSIX_SPAWN_SETSIGDEF
            }
            if (callSetsid) flags |= 0x80; // POSIX_SPAWN_SETSID
            if (pgid >= 0) { flags |= 0x02; Libc.posix_spawnattr_setpgroup(attr, pgid); } // POSIX_SPAWN_SETPGROUP
            Libc.posix_spawnattr_setflags(attr, flags);

            int savedErrno = 0;
            foreach (var exe in exes)
            {
                int pid;
                int r = Spawn(exe, argv, env, fa, attr, &pid);
                if (r == 0)
                {
                    if (outCapture != null || errCapture != null) s_captures[pid] = (outCapture?.Start(), errCapture?.Start());
                    return PyInt.From(pid);
                }
                // child_exec: remember the first error that is not "not found here" (ENOENT, ENOTDIR).
                if (r != Libc.ENOENT && r != Libc.ENOTDIR && savedErrno == 0) savedErrno = r;
                if (savedErrno == 0) savedErrno = r;
            }
            return Failed(errpipeWrite, savedErrno == 0 ? Libc.ENOENT : savedErrno, noexec: false);
        }
        finally
        {
            foreach (var (fd, f) in restore) Libc.fcntl(fd, 2, f);
            outCapture?.CloseWriteEnd();
            errCapture?.CloseWriteEnd();
            Libc.posix_spawn_file_actions_destroy(fa);
            Libc.posix_spawnattr_destroy(attr);
        }
    }

    private static int Spawn(byte[] exe, byte[][] argv, byte[][]? env, byte* fa, byte* attr, int* pid)
    {
        var handles = new List<GCHandle>();
        try
        {
            byte** MakeVector(byte[][] items)
            {
                var vec = (byte**)NativeMemory.Alloc((nuint)(items.Length + 1), (nuint)sizeof(nint));
                for (int i = 0; i < items.Length; i++)
                {
                    var h = GCHandle.Alloc(Libc.CString(items[i]), GCHandleType.Pinned);
                    handles.Add(h);
                    vec[i] = (byte*)h.AddrOfPinnedObject();
                }
                vec[items.Length] = null;
                return vec;
            }
            var av = MakeVector(argv);
            var ev = env == null ? Environ() : MakeVector(env);
            try
            {
                return Libc.posix_spawn(pid, Libc.CString(exe), fa, attr, av, ev);
            }
            finally
            {
                NativeMemory.Free(av);
                if (env != null) NativeMemory.Free(ev);
            }
        }
        finally
        {
            foreach (var h in handles) h.Free();
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, (Capture? Out, Capture? Err)> s_captures = new();

    /// <summary>
    /// DEVIATION(CPython): a child that would inherit descriptor 1 or 2 while the interpreter's sys.stdout/stderr is not the
    /// process's own (a run inside the harness's worker process, the VM tests) writes into a pipe instead; its bytes are
    /// read on a background thread and copied into the interpreter's stream when os.waitpid reaps the child, under the
    /// stream's buffered text as CPython's block-buffered stdout would leave them. Without this the child's output would
    /// land on the host process's own stdout (the worker's protocol channel).
    /// </summary>
    private sealed class Capture
    {
        private readonly TextWriter _target;
        private readonly MemoryStream _data = new();
        private Thread? _reader;
        private readonly int _readFd;
        public int WriteFd { get; private set; }

        private Capture(TextWriter target, int readFd, int writeFd) { _target = target; _readFd = readFd; WriteFd = writeFd; }

        /// <summary>Null when the writer is the process's own standard stream (the pyref command): the child inherits it.</summary>
        public static Capture? For(TextWriter w)
        {
            if (w is StreamWriter sw && sw.BaseStream.GetType().Name.Contains("ConsoleStream", StringComparison.Ordinal)) return null;
            int* fds = stackalloc int[2];
            if (Libc.pipe(fds) != 0) throw ErrnoModule.OSErrorFromErrno(Libc.Errno);
            Libc.fcntl(fds[0], 2 /* F_SETFD */, 1); Libc.fcntl(fds[1], 2, 1);
            return new Capture(w, fds[0], fds[1]);
        }

        /// <summary>After the spawn: the parent's copy of the write end goes (the child holds its own); a capture whose
        /// child never started closes its read end too.</summary>
        public void CloseWriteEnd()
        {
            if (WriteFd >= 0) { Libc.close(WriteFd); WriteFd = -1; }
            if (_reader == null) Libc.close(_readFd);
        }

        public Capture Start()
        {
            _reader = new Thread(() =>
            {
                var buf = new byte[65536];
                while (true)
                {
                    nint n;
                    fixed (byte* b = buf) n = Libc.read(_readFd, b, buf.Length);
                    if (n < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR) continue;
                    if (n <= 0) break;
                    lock (_data) _data.Write(buf, 0, (int)n);
                }
                Libc.close(_readFd);
            }) { IsBackground = true, Name = "subprocess output" };
            _reader.Start();
            return this;
        }

        /// <summary>The child has exited: what it wrote goes to the interpreter's stream.</summary>
        public void Deliver()
        {
            _reader?.Join(TimeSpan.FromSeconds(1));
            byte[] bytes;
            lock (_data) { bytes = _data.ToArray(); _data.SetLength(0); }
            if (bytes.Length == 0) return;
            if (_target is StreamWriter sw) { sw.BaseStream.Write(bytes); sw.BaseStream.Flush(); }
            else _target.Write(Encoding.UTF8.GetString(bytes));
        }
    }

    /// <summary>os.waitpid calls this when it reaps a child: its captured output is delivered.</summary>
    internal static void Reaped(int pid)
    {
        if (s_captures.TryRemove(pid, out var c))
        {
            c.Out?.Deliver();
            c.Err?.Deliver();
        }
    }

    /// <summary>The C library's current environ (os.putenv and os.environ assignments update it through setenv).</summary>
    private static byte** Environ()
    {
        if (s_environ == 0)
        {
            var lib = NativeLibrary.Load("libc.so.6");
            s_environ = NativeLibrary.GetExport(lib, "environ");
        }
        return *(byte***)s_environ;
    }

    /// <summary>What a failed child_exec leaves: "OSError:&lt;hex errno&gt;:" (":noexec" when chdir failed) on the error
    /// pipe, and a child exiting with status 255 for Popen to reap.</summary>
    private static PyObject Failed(int errpipeWrite, int err, bool noexec)
    {
        var msg = Encoding.ASCII.GetBytes($"OSError:{err:x}:" + (noexec ? "noexec" : ""));
        fixed (byte* b = msg) Libc.write(errpipeWrite, b, msg.Length);
        int pid;
        var fa = stackalloc byte[256];
        Libc.posix_spawn_file_actions_init(fa);
        int r = Spawn("/bin/sh"u8.ToArray(), [ "sh"u8.ToArray(), "-c"u8.ToArray(), "exit 255"u8.ToArray() ], null, fa, null, &pid);
        Libc.posix_spawn_file_actions_destroy(fa);
        if (r != 0) throw ErrnoModule.OSErrorFromErrno(r);
        return PyInt.From(pid);
    }
}
