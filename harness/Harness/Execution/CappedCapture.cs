using System.Security.Cryptography;

namespace Conformance.Harness.Execution;

/// <summary>
/// A write-only stream that keeps the first <c>cap</c> bytes, counts and hashes them all:
/// a program printing 50 MB is judged by hash and length without the harness holding it.
/// </summary>
public sealed class CappedCapture(int cap) : Stream
{
    private readonly MemoryStream _head = new();
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _length;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _length += buffer.Length;
        var room = cap - (int)_head.Length;
        if (room > 0) _head.Write(buffer[..Math.Min(room, buffer.Length)]);
    }

    public Model.CapturedOutput ToOutput() =>
        new(_head.ToArray(), _length, Convert.ToHexStringLower(_hash.GetCurrentHash()));

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) { _hash.Dispose(); _head.Dispose(); }
        base.Dispose(disposing);
    }
}
