using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules.Compression;

/// <summary>
/// What BZ2Decompressor and LZMADecompressor share (Modules/_bz2module.c decompress / decompress_buf,
/// Modules/_lzmamodule.c the same): input left over when max_length stopped the output is kept for the next call,
/// needs_input says whether more input is needed, data after the end of the stream goes to unused_data.
/// </summary>
internal abstract unsafe class BufferedDecompressor(PyType t) : PyObject(t)
{
    public bool Eof, NeedsInput = true;
    public byte[] UnusedData = [];
    private byte[] _pending = [];
    public readonly object Lock = new();

    /// <summary>The EOFError after the end (_bz2: "End of stream already reached", _lzma: "Already at end of stream").</summary>
    protected virtual string AtEofMessage => "End of stream already reached";

    /// <summary>One call of the library over the given buffers; true at the end of the stream; raises on errors.</summary>
    protected abstract bool Step(ref byte* nextIn, ref uint availIn, ref byte* nextOut, ref uint availOut);

    public PyObject Decompress(byte[] data, long maxLength)
    {
        lock (Lock)
        {
            if (Eof) throw PyExc.Make(Types.EOFError, AtEofMessage);
            byte[] input = _pending.Length > 0 ? [.. _pending, .. data] : data;
            fixed (byte* start = input)
            {
                byte* nextIn = start, nextOut = null;
                long availReal = input.Length;
                uint availIn = 0, availOut = 0;
                using var output = new BlocksOutputBuffer(maxLength);
                output.Init(ref nextOut, ref availOut);
                // decompress_buf
                while (true)
                {
                    availIn = (uint)Math.Min(availReal, uint.MaxValue);
                    availReal -= availIn;
                    bool end = Step(ref nextIn, ref availIn, ref nextOut, ref availOut);
                    availReal += availIn;
                    if (end) { Eof = true; break; }
                    if (availOut == 0)
                    {
                        if (output.DataSize(availOut) == maxLength) break;
                        if (!output.Grow(ref nextOut, ref availOut)) break;
                    }
                    else if (availReal == 0) break;
                }
                var left = input.AsSpan((int)(nextIn - start));
                if (Eof)
                {
                    NeedsInput = false;
                    if (left.Length > 0) UnusedData = left.ToArray();
                    _pending = [];
                }
                else if (left.Length == 0)
                {
                    // Output full with input exhausted: the library may still hold output, so ask for none.
                    NeedsInput = availOut != 0;
                    _pending = [];
                }
                else
                {
                    NeedsInput = false;
                    _pending = left.ToArray();
                }
                return output.Finish(availOut);
            }
        }
    }
}
