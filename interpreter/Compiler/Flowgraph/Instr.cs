using System.Runtime.CompilerServices;
using Pyref.Bytecode;

namespace Pyref.Compiler.Flowgraph;

/// <summary>
/// One instruction of the control-flow graph (Python/compile.c 3.11 struct instr). Opcode may be a pseudo
/// instruction (negative: OpcodeTable.SETUP_FINALLY .. POP_JUMP_IF_NOT_NONE) until the assembler resolves it.
/// Jumps name their target block, not an offset.
/// A struct stored in its block's <see cref="InstrList"/>, as C keeps struct instr in b_instr: the stdlib compiles to
/// about 4 million instructions, and as objects they were a third of the back end's allocation and a pointer chase
/// in each of the assembler's dozen walks. Mutate one through a reference (<c>ref var i = ref b.Instrs[k]</c>):
/// <c>var i = b.Instrs[k]</c> is a copy.
/// </summary>
public struct Instr
{
    public int Opcode;
    public int Oparg;
    /// <summary>i_target: the target block of a jump or SETUP_* pseudo instruction.</summary>
    public BasicBlock? Target;
    /// <summary>i_except: the handler block when this instruction raises (set by label_exception_targets).</summary>
    public BasicBlock? Except;
    public Location Loc;

    public Instr(int opcode, int oparg, Location loc, BasicBlock? target = null)
    {
        Opcode = opcode; Oparg = oparg; Loc = loc; Target = target; Except = null;
    }

    public override readonly string ToString()
    {
        var name = OpcodeTable.Py311[Opcode]?.Name ?? Opcode.ToString();
        return Target is null ? $"{name} {Oparg} @{Loc}" : $"{name} -> {Target.Label} @{Loc}";
    }
}

/// <summary>
/// b_instr[0 .. b_iused) of a basic block: a growable array of <see cref="Instr"/> handed out by reference.
/// The arrays come from a per-thread pool (<see cref="Recycle"/> gives them back once a code object is built): blocks
/// are many and short-lived, and growing a fresh array per block cost more than the instructions themselves.
/// </summary>
public sealed class InstrList
{
    // DEFAULT_BLOCK_SIZE of compile.c: most blocks fit in the first array.
    private const int InitialCapacity = 16;
    private Instr[] _items = Array.Empty<Instr>();
    private int _count;

    public int Count => _count;

    /// <summary>The instruction at index, by reference (writes through it change the block).</summary>
    public ref Instr this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndex(index);
            return ref _items[index];
        }
    }

    /// <summary>The last instruction (the block must not be empty).</summary>
    public ref Instr Last => ref this[_count - 1];

    /// <summary>The instructions in order, by reference: <c>foreach (ref var i in list.AsSpan())</c>. Adding to the list
    /// invalidates the span.</summary>
    public Span<Instr> AsSpan() => new(_items, 0, _count);

    /// <summary>foreach over the list gives each instruction by reference (Span's enumerator).</summary>
    public Span<Instr>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    public void Add(in Instr instr)
    {
        if (_count == _items.Length) Grow();
        _items[_count++] = instr;
    }

    public void Insert(int index, in Instr instr)
    {
        if ((uint)index > (uint)_count) ThrowIndex(index);
        if (_count == _items.Length) Grow();
        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = instr;
        _count++;
    }

    public void RemoveRange(int index, int count)
    {
        if (index < 0 || count < 0 || index + count > _count) ThrowIndex(index);
        Array.Copy(_items, index + count, _items, index, _count - index - count);
        _count -= count;
        Array.Clear(_items, _count, count);
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public Instr[] ToArray() => AsSpan().ToArray();

    public void AddRange(IEnumerable<Instr> instrs)
    {
        foreach (var i in instrs) Add(i);
    }

    /// <summary>Empties the list and gives its array back to this thread's pool: only once nothing reads the block
    /// again (the code object is built).</summary>
    public void Recycle()
    {
        if (_items.Length == 0) return;
        Array.Clear(_items, 0, _count);
        Pool.Return(_items);
        _items = Array.Empty<Instr>();
        _count = 0;
    }

    private void Grow()
    {
        var bigger = Pool.Rent(_items.Length == 0 ? InitialCapacity : 2 * _items.Length);
        Array.Copy(_items, bigger, _count);
        if (_items.Length > 0)
        {
            Array.Clear(_items, 0, _count);
            Pool.Return(_items);
        }
        _items = bigger;
    }

    private static void ThrowIndex(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "instruction index out of range");

    /// <summary>Arrays by power-of-two size, per thread (the compiler runs on one thread per compile). Arrays come
    /// back cleared, so pooled ones hold no blocks alive.</summary>
    private static class Pool
    {
        private const int Buckets = 16;              // 16 .. 16 << 15 instructions
        // A unit's blocks all come back at once when its code object is built: keep enough small arrays for a big
        // unit, few big ones (at most about 1 MB per bucket).
        private static int MaxPerBucket(int bucket) => Math.Max(2, 1024 >> bucket);
        [ThreadStatic] private static Stack<Instr[]>?[]? _free;

        public static Instr[] Rent(int size)
        {
            int bucket = BucketOf(size);
            if (bucket < Buckets && _free?[bucket] is { Count: > 0 } stack) return stack.Pop();
            return new Instr[size];
        }

        public static void Return(Instr[] array)
        {
            int bucket = BucketOf(array.Length);
            if (bucket >= Buckets || (InitialCapacity << bucket) != array.Length) return;
            var free = _free ??= new Stack<Instr[]>?[Buckets];
            var stack = free[bucket] ??= new Stack<Instr[]>();
            if (stack.Count < MaxPerBucket(bucket)) stack.Push(array);
        }

        private static int BucketOf(int size) =>
            size <= InitialCapacity ? 0 : System.Numerics.BitOperations.Log2((uint)(size - 1) / InitialCapacity) + 1;
    }
}
