using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Posix;

public static unsafe partial class PosixModule
{
    private static void InitProcess(PyDict d)
    {
        Def(d, "getpid", (a, kw) => PyInt.From(Libc.getpid()));
        Def(d, "getppid", (a, kw) => PyInt.From(Libc.getppid()));
    }
}
