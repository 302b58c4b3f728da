using System.Runtime.InteropServices;
using Pyref.VM.Objects;

namespace Pyref.VM.Modules.Compression;

/// <summary>
/// The growing output of one call into a compression library (Include/internal/pycore_blocks_output_buffer.h
/// _BlocksOutputBuffer, used by zlib, _bz2 and _lzma): blocks of BUFFER_BLOCK_SIZE's sizes, capped by max (&lt; 0:
/// unbounded). The sizes are CPython's exactly because zlib's output depends on them (deflate_stored sizes its
/// stored blocks by avail_out). The library writes into one native block, drained into a managed stream.
/// </summary>
internal sealed unsafe class BlocksOutputBuffer : IDisposable
{
    private static readonly int[] s_blockSize =
    [
        32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
        32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20,
    ];
    private readonly MemoryStream _ms = new();
    private readonly long _max;
    private readonly int _first;
    private byte* _buf;
    private int _size, _blocks, _drained;   // _drained: bytes of the current block already in _ms

    /// <summary>first &gt; 0: _BlocksOutputBuffer_InitWithSize; else _BlocksOutputBuffer_InitAndGrow.</summary>
    public BlocksOutputBuffer(long max, int first = 0) { _max = max; _first = first; }

    public void Init(ref byte* nextOut, ref uint availOut) =>
        Next(ref nextOut, ref availOut, _first > 0 ? _first : _max >= 0 && _max < s_blockSize[0] ? (int)_max : s_blockSize[0]);

    /// <summary>_BlocksOutputBuffer_GetDataSize.</summary>
    public long DataSize(uint availOut) => _ms.Length + (_size - availOut - _drained);

    /// <summary>_BlocksOutputBuffer_Grow: drains the full block and offers the next; false when max bytes are out.</summary>
    public bool Grow(ref byte* nextOut, ref uint availOut)
    {
        Drain(availOut);
        if (_max >= 0 && _ms.Length >= _max) return false;
        int size = s_blockSize[Math.Min(_blocks, s_blockSize.Length - 1)];
        if (_max >= 0) size = (int)Math.Min(size, _max - _ms.Length);
        Next(ref nextOut, ref availOut, size);
        return true;
    }

    private void Next(ref byte* nextOut, ref uint availOut, int size)
    {
        _blocks++;
        _drained = 0;
        if (size != _size || _buf == null)
        {
            NativeMemory.Free(_buf);
            _buf = (byte*)NativeMemory.Alloc((nuint)Math.Max(size, 1));
            _size = size;
        }
        nextOut = _buf;
        availOut = (uint)size;
    }

    private void Drain(uint availOut)
    {
        int produced = _size - (int)availOut;
        if (produced > _drained) _ms.Write(new ReadOnlySpan<byte>(_buf + _drained, produced - _drained));
        _drained = produced;
    }

    /// <summary>_BlocksOutputBuffer_Finish.</summary>
    public PyBytes Finish(uint availOut)
    {
        Drain(availOut);
        return PyBytes.From(_ms.ToArray());
    }

    public void Dispose() { NativeMemory.Free(_buf); _buf = null; }
}
