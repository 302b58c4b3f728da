using System.Buffers.Binary;

namespace Pyref.Bytecode;

/// <summary>
/// The 16-byte .pyc header (PEP 552; Lib/importlib/_bootstrap_external.py _code_to_timestamp_pyc /
/// _code_to_hash_pyc): magic, flags (bit 0 = hash-based, bit 1 = check_source), then either the source mtime and
/// size (both uint32, truncated mod 2**32) or the 8-byte source hash.
/// </summary>
public readonly record struct PycHeader(int Magic, uint Flags, uint SourceMtime, uint SourceSize, ulong SourceHash)
{
    public bool IsHashBased => (Flags & 1) != 0;
    public bool CheckSource => (Flags & 2) != 0;
}

public static class Pyc
{
    public const int HeaderSize = 16;

    /// <summary>The magic number stored in a .pyc's first two bytes (followed by "\r\n").</summary>
    public static int ReadMagic(ReadOnlySpan<byte> data) => BinaryPrimitives.ReadUInt16LittleEndian(data);

    public static PycHeader ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderSize) throw new MarshalException("bad pyc file: header too short");
        if (data[2] != '\r' || data[3] != '\n') throw new MarshalException("bad magic number in .pyc file");
        int magic = ReadMagic(data);
        uint flags = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if ((flags & 1) != 0)
            return new PycHeader(magic, flags, 0, 0, BinaryPrimitives.ReadUInt64LittleEndian(data[8..]));
        return new PycHeader(magic, flags, BinaryPrimitives.ReadUInt32LittleEndian(data[8..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[12..]), 0);
    }

    /// <summary>Reads a whole .pyc: header and the marshalled module code object.</summary>
    public static (PycHeader Header, CodeObject Code) Read(byte[] data, OpcodeTable? table = null)
    {
        var header = ReadHeader(data);
        var expected = (table ?? OpcodeTable.Py311).MagicNumber;
        if (header.Magic != expected)
            throw new MarshalException($"bad magic number in .pyc file: {header.Magic} (expected {expected})");
        var obj = MarshalReader.Loads(data, HeaderSize);
        return (header, obj as CodeObject ?? throw new MarshalException("bad pyc file: not a code object"));
    }

    public static (PycHeader Header, CodeObject Code) ReadFile(string path, OpcodeTable? table = null) =>
        Read(File.ReadAllBytes(path), table);

    /// <summary>_code_to_timestamp_pyc: magic, flags 0, mtime, source size (both masked to 32 bits), marshal data.</summary>
    public static byte[] WriteTimestampPyc(CodeObject code, long sourceMtimeSeconds, long sourceSize, OpcodeTable? table = null)
    {
        var header = new byte[HeaderSize];
        (table ?? OpcodeTable.Py311).PycMagic.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), (uint)(sourceMtimeSeconds & 0xFFFFFFFF));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(12), (uint)(sourceSize & 0xFFFFFFFF));
        var body = MarshalWriter.Dumps(code);
        var result = new byte[HeaderSize + body.Length];
        header.CopyTo(result, 0);
        body.CopyTo(result, HeaderSize);
        return result;
    }

    /// <summary>_code_to_hash_pyc: magic, flags (1 | checked&lt;&lt;1), 8-byte source hash, marshal data.</summary>
    public static byte[] WriteHashPyc(CodeObject code, ulong sourceHash, bool checkSource, OpcodeTable? table = null)
    {
        var header = new byte[HeaderSize];
        (table ?? OpcodeTable.Py311).PycMagic.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), 1u | (checkSource ? 2u : 0u));
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), sourceHash);
        var body = MarshalWriter.Dumps(code);
        var result = new byte[HeaderSize + body.Length];
        header.CopyTo(result, 0);
        body.CopyTo(result, HeaderSize);
        return result;
    }

    /// <summary>importlib.util.cache_from_source for a non-optimized .pyc: DIR/__pycache__/NAME.cpython-311.pyc.</summary>
    public static string CachePath(string sourcePath, PythonVersion version)
    {
        var dir = Path.GetDirectoryName(sourcePath) ?? "";
        var stem = Path.GetFileNameWithoutExtension(sourcePath);
        return Path.Combine(dir, "__pycache__", $"{stem}.cpython-{version.Major}{version.Minor}.pyc");
    }
}
