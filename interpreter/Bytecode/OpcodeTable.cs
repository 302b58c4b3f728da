namespace Pyref.Bytecode;

/// <summary>Which of Lib/opcode.py's has* lists an opcode belongs to (how dis interprets its oparg).</summary>
[Flags]
public enum OpcodeArgKind
{
    None = 0,
    Const = 1,      // hasconst: index into co_consts
    Name = 2,       // hasname: index into co_names (LOAD_GLOBAL: index*2 + push-NULL bit)
    JumpRelative = 4, // hasjrel: target = offset + 2 + oparg*2 (minus for JUMP_BACKWARD*)
    JumpAbsolute = 8, // hasjabs: target = oparg*2 (empty in 3.11)
    Local = 16,     // haslocal: index into co_localsplusnames
    Compare = 32,   // hascompare: index into cmp_op
    Free = 64,      // hasfree: index into co_localsplusnames (cells and free vars)
}

/// <summary>
/// Stack effect of an instruction, as Python/compile.c stack_effect(opcode, oparg, jump) computes it:
/// jump = 0 when the branch is not taken, 1 when it is, -1 for the maximum of both.
/// </summary>
public delegate int StackEffectFunction(int oparg, int jump);

/// <summary>One opcode of one CPython version.</summary>
public sealed class OpcodeInfo
{
    public required string Name { get; init; }
    /// <summary>The byte in co_code; outside 0..255 for compiler-only pseudo instructions (negative in 3.11's compile.c).</summary>
    public required int Number { get; init; }
    public required OpcodeArgKind ArgKind { get; init; }
    /// <summary>Number of inline CACHE code units that follow the instruction (opcode.py _inline_cache_entries).</summary>
    public int CacheEntries { get; init; }
    /// <summary>The cache layout (opcode.py _cache_format): name and size in code units, in order.</summary>
    public IReadOnlyList<(string Name, int Size)> CacheFormat { get; init; } = Array.Empty<(string, int)>();
    /// <summary>For a specialized (quickened) instruction, the base instruction it deoptimizes to; else itself.</summary>
    public required int Deopt { get; init; }
    public bool IsSpecialized => Deopt != Number;
    public bool IsPseudo => Number is < 0 or > 255;
    /// <summary>Null for specialized instructions (they never reach the compiler's stack-depth pass).</summary>
    public StackEffectFunction? StackEffect { get; init; }
    public override string ToString() => Name;
}

/// <summary>
/// The opcode table of one CPython version: the single source of opcode facts for the compiler, the VM and the
/// disassembler. Everything here is DATA transcribed from CPython's sources (cited per section), never computed by
/// running CPython.
/// </summary>
public sealed partial class OpcodeTable
{
    public PythonVersion Version { get; }
    /// <summary>Lib/opcode.py HAVE_ARGUMENT: opcodes at or above this take an oparg.</summary>
    public int HaveArgument { get; }
    public int ExtendedArg { get; }
    /// <summary>importlib._bootstrap_external MAGIC_NUMBER (as an int; the .pyc magic is its 2 bytes LE + "\r\n").</summary>
    public int MagicNumber { get; }
    /// <summary>Lib/opcode.py cmp_op.</summary>
    public IReadOnlyList<string> CompareOperators { get; }
    /// <summary>Lib/opcode.py _nb_ops: BINARY_OP oparg -> (NB_ name, operator symbol as dis prints it).</summary>
    public IReadOnlyList<(string Name, string Symbol)> BinaryOperators { get; }

    /// <summary>opcode.py opname: base opcodes by number, "&lt;N&gt;" for unassigned bytes.</summary>
    public IReadOnlyList<string> OpName => _opName;
    /// <summary>dis._all_opname: like OpName with specialized instructions filling the empty slots.</summary>
    public IReadOnlyList<string> AllOpName => _allOpName;

    // Flat arrays indexed by opcode byte for fast dispatch in the VM and the disassembler.
    private readonly string[] _opName = new string[256];
    private readonly string[] _allOpName = new string[256];
    private readonly OpcodeInfo?[] _byNumber = new OpcodeInfo?[256];
    private readonly byte[] _cacheEntries = new byte[256];
    private readonly byte[] _deopt = new byte[256];
    private readonly OpcodeArgKind[] _argKind = new OpcodeArgKind[256];
    private readonly Dictionary<string, OpcodeInfo> _byName = new();
    private readonly List<OpcodeInfo> _pseudo = new();

    /// <summary>_PyOpcode_Caches: inline cache code units per opcode byte (0 for specialized slots' own entry is not used: index by deopt).</summary>
    public ReadOnlySpan<byte> CacheEntriesByOpcode => _cacheEntries;
    /// <summary>_PyOpcode_Deopt: base opcode per opcode byte (identity for base opcodes, 0 for unassigned).</summary>
    public ReadOnlySpan<byte> DeoptByOpcode => _deopt;

    public OpcodeInfo? this[int opcode] => opcode is >= 0 and < 256 ? _byNumber[opcode] : _pseudo.FirstOrDefault(p => p.Number == opcode);
    public OpcodeInfo this[string name] => _byName.TryGetValue(name, out var info) ? info : throw new KeyError(name);
    public bool TryGet(string name, out OpcodeInfo info) => _byName.TryGetValue(name, out info!);
    /// <summary>Every instruction: base, specialized and pseudo.</summary>
    public IEnumerable<OpcodeInfo> All => _byName.Values;
    public IReadOnlyList<OpcodeInfo> Pseudo => _pseudo;

    public int Opcode(string name) => this[name].Number;
    public bool HasArgument(int opcode) => opcode >= HaveArgument;
    public int CacheEntries(int opcode) => _cacheEntries[opcode];
    public int DeoptOf(int opcode) => _deopt[opcode];
    public OpcodeArgKind ArgKindOf(int opcode) => _argKind[opcode];
    public bool HasConst(int opcode) => (_argKind[opcode] & OpcodeArgKind.Const) != 0;
    public bool HasName(int opcode) => (_argKind[opcode] & OpcodeArgKind.Name) != 0;
    public bool HasJumpRelative(int opcode) => (_argKind[opcode] & OpcodeArgKind.JumpRelative) != 0;
    public bool HasJumpAbsolute(int opcode) => (_argKind[opcode] & OpcodeArgKind.JumpAbsolute) != 0;
    public bool HasLocal(int opcode) => (_argKind[opcode] & OpcodeArgKind.Local) != 0;
    public bool HasCompare(int opcode) => (_argKind[opcode] & OpcodeArgKind.Compare) != 0;
    public bool HasFree(int opcode) => (_argKind[opcode] & OpcodeArgKind.Free) != 0;
    /// <summary>dis._is_backward_jump: 'JUMP_BACKWARD' in the opcode's name.</summary>
    public bool IsBackwardJump(int opcode) => _opName[opcode].Contains("JUMP_BACKWARD", StringComparison.Ordinal);

    /// <summary>
    /// Python/compile.c stack_effect(opcode, oparg, jump): jump 0 = not taken, 1 = taken, -1 = maximum.
    /// Throws for opcodes compile.c does not know (PY_INVALID_STACK_EFFECT), as dis.stack_effect raises ValueError.
    /// </summary>
    public int StackEffect(int opcode, int oparg, int jump = -1)
    {
        var info = this[opcode];
        if (info?.StackEffect is null || info.IsSpecialized)
            throw new ArgumentException($"invalid opcode or oparg: {opcode}");
        return info.StackEffect(oparg, jump);
    }

    /// <summary>The 4-byte .pyc magic: MAGIC_NUMBER little-endian then b'\r\n'.</summary>
    public byte[] PycMagic => new[] { (byte)(MagicNumber & 0xFF), (byte)(MagicNumber >> 8), (byte)'\r', (byte)'\n' };

    public static OpcodeTable For(PythonVersion version) =>
        version == PythonVersion.Py311 ? Py311
        : throw new NotSupportedException($"no opcode table for Python {version} yet (only 3.11)");

    private static readonly Lazy<OpcodeTable> LazyPy311 = new(BuildPy311, LazyThreadSafetyMode.ExecutionAndPublication);
    public static OpcodeTable Py311 => LazyPy311.Value;

    private OpcodeTable(PythonVersion version, int haveArgument, int extendedArg, int magic,
        IReadOnlyList<string> compareOperators, IReadOnlyList<(string, string)> binaryOperators)
    {
        Version = version;
        HaveArgument = haveArgument;
        ExtendedArg = extendedArg;
        MagicNumber = magic;
        CompareOperators = compareOperators;
        BinaryOperators = binaryOperators;
        for (int i = 0; i < 256; i++)
        {
            _opName[i] = $"<{i}>";
            _deopt[i] = (byte)i; // dis._deoptop: an unassigned byte deoptimizes to itself
        }
    }

    private void AddBase(string name, int number, OpcodeArgKind kind, StackEffectFunction? effect,
        IReadOnlyList<(string, int)> cacheFormat)
    {
        int caches = cacheFormat.Sum(c => c.Item2);
        var info = new OpcodeInfo
        {
            Name = name, Number = number, ArgKind = kind, StackEffect = effect, Deopt = number,
            CacheEntries = caches, CacheFormat = cacheFormat,
        };
        if (number is < 0 or > 255) // pseudo instructions: negative in 3.11, 256+ from 3.12 on
        {
            _pseudo.Add(info);
        }
        else
        {
            if (_byNumber[number] is not null) throw new InvalidOperationException($"opcode {number} defined twice");
            _byNumber[number] = info;
            _opName[number] = name;
            _cacheEntries[number] = (byte)caches;
            _deopt[number] = (byte)number;
            _argKind[number] = kind;
        }
        _byName.Add(name, info);
    }

    /// <summary>
    /// dis.py: specialized instructions take the empty opname slots in order (`_empty_slot` zipped with
    /// `_specialized_instructions`), which is also how Tools/scripts/generate_opcode_h.py numbers them.
    /// </summary>
    private void AddSpecializations(IEnumerable<(string Family, string[] Members)> specializations)
    {
        for (int i = 0; i < 256; i++) _allOpName[i] = _opName[i];
        int slot = 0;
        foreach (var (family, members) in specializations)
        {
            var baseInfo = this[family];
            foreach (var member in members)
            {
                while (_byNumber[slot] is not null) slot++;
                var info = new OpcodeInfo
                {
                    Name = member, Number = slot, ArgKind = baseInfo.ArgKind, Deopt = baseInfo.Number,
                    CacheEntries = baseInfo.CacheEntries, CacheFormat = baseInfo.CacheFormat,
                };
                _byNumber[slot] = info;
                _allOpName[slot] = member;
                _deopt[slot] = (byte)baseInfo.Number;
                _cacheEntries[slot] = (byte)baseInfo.CacheEntries;
                _argKind[slot] = baseInfo.ArgKind;
                _byName.Add(member, info);
            }
        }
    }

    private sealed class KeyError(string name) : KeyNotFoundException($"unknown opcode name '{name}'");
}
