using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules.Compression;

/// <summary>
/// What BZ2Compressor and LZMACompressor share (Modules/_bz2module.c _bz2_BZ2Compressor_compress_impl /
/// _flush_impl, Modules/_lzmamodule.c the same): compress() until flush(), then neither.
/// </summary>
internal abstract class FlushableCompressor(PyType t) : PyObject(t)
{
    private bool _flushed;
    private readonly object _lock = new();

    /// <summary>One compress() (finish false) or the final flush() (finish true) through the library.</summary>
    protected abstract PyObject Run(byte[] data, bool finish);

    public static void AddMethods(PyType t)
    {
        Native.Def1(t, "compress", (self, data) =>
        {
            var c = (FlushableCompressor)self;
            var bytes = BufferProtocol.GetBytes(data);
            lock (c._lock)
            {
                if (c._flushed) throw PyExc.ValueError("Compressor has been flushed");
                return c.Run(bytes, finish: false);
            }
        });
        Native.Def0(t, "flush", self =>
        {
            var c = (FlushableCompressor)self;
            lock (c._lock)
            {
                if (c._flushed) throw PyExc.ValueError("Repeated call to flush()");
                c._flushed = true;
                return c.Run([], finish: true);
            }
        });
    }
}
