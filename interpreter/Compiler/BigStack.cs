namespace Pyref.Compiler;

/// <summary>Runs work on a thread with a big stack (the compiler's passes recurse as deep as the tree) and rethrows
/// its exception unchanged.</summary>
internal static class BigStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T? result = default;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, StackBytes);
        thread.Start();
        thread.Join();
        if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result!;
    }
}
