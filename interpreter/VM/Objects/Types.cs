namespace Pyref.VM.Objects;

/// <summary>
/// The built-in type objects. Created in one static constructor in dependency order: first the raw
/// type objects (no str/tuple objects may exist before their types do), then bases, MROs and the
/// method tables (Runtime/*Methods.cs).
/// </summary>
public static class Types
{
    public static readonly PyType Object, Type, NoneType, NotImplementedType, EllipsisType, Cell, Module,
        Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
        Function, BuiltinFunction, MethodDescriptor, ClassMethodDescriptor, Method, ClassMethod, StaticMethod,
        Property, MemberDescriptor, GetSetDescriptor, WrapperDescriptor, Super, ListIterator, TupleIterator,
        SeqIterator, RangeIterator, Generator, Coroutine, AsyncGenerator, CoroutineWrapper, Code, Traceback, Frame,
        GenericAlias, NativeIterator, DictKeys, DictValues, DictItems, DictKeyIterator, DictValueIterator,
        DictItemIterator, SetIterator, StrIterator, Enumerate, Zip, Map, Filter, Reversed, MappingProxy,
        MemoryView, TextIO, BytesIO, AsyncGenASendType, AsyncGenAThrowType;

    // Exceptions (Objects/exceptions.c; hierarchy as in Lib/test/exception_hierarchy.txt of 3.11).
    public static readonly PyType BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit,
        Exception, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
        AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError,
        IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
        ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
        ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
        NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
        NotImplementedError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError,
        TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
        UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
        ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning,
        UserWarning;

    public static readonly List<PyType> All = new();
    public static readonly List<PyType> ExceptionTypes = new();

    // Identity markers of the default attribute hooks, so Ops can skip a call through them.
    public static PyObject? ObjectGetAttribute, ObjectSetAttr, ObjectDelAttr, TypeSetAttr;

    private static PyType Raw(string name, PyType? @base, bool dict = false)
    {
        var t = new PyType(null, name, null!, new PyDict(null!)) { Base = @base, HasInstanceDict = dict };
        All.Add(t);
        return t;
    }

    private static PyType Exc(string name, PyType @base)
    {
        var t = Raw(name, @base, true);
        ExceptionTypes.Add(t);
        return t;
    }

    static Types()
    {
        Object = Raw("object", null);
        Type = Raw("type", Object, true);
        Dict = Raw("dict", Object);
        Str = Raw("str", Object);
        Tuple = Raw("tuple", Object);
        Int = Raw("int", Object);
        Bool = Raw("bool", Int);
        NoneType = Raw("NoneType", Object);
        NotImplementedType = Raw("NotImplementedType", Object);
        EllipsisType = Raw("ellipsis", Object);
        Cell = Raw("cell", Object);
        Module = Raw("module", Object, true);
        Float = Raw("float", Object);
        Complex = Raw("complex", Object);
        Bytes = Raw("bytes", Object);
        ByteArray = Raw("bytearray", Object);
        List = Raw("list", Object);
        Set = Raw("set", Object);
        FrozenSet = Raw("frozenset", Object);
        Range = Raw("range", Object);
        Slice = Raw("slice", Object);
        Function = Raw("function", Object, true);
        BuiltinFunction = Raw("builtin_function_or_method", Object);
        MethodDescriptor = Raw("method_descriptor", Object);
        ClassMethodDescriptor = Raw("classmethod_descriptor", Object);
        WrapperDescriptor = Raw("wrapper_descriptor", Object);
        Method = Raw("method", Object);
        ClassMethod = Raw("classmethod", Object, true);
        StaticMethod = Raw("staticmethod", Object, true);
        Property = Raw("property", Object);
        MemberDescriptor = Raw("member_descriptor", Object);
        GetSetDescriptor = Raw("getset_descriptor", Object);
        Super = Raw("super", Object);
        ListIterator = Raw("list_iterator", Object);
        TupleIterator = Raw("tuple_iterator", Object);
        SeqIterator = Raw("iterator", Object);
        RangeIterator = Raw("range_iterator", Object);
        Generator = Raw("generator", Object);
        Coroutine = Raw("coroutine", Object);
        AsyncGenerator = Raw("async_generator", Object);
        CoroutineWrapper = Raw("coroutine_wrapper", Object);
        Code = Raw("code", Object);
        Traceback = Raw("traceback", Object);
        Frame = Raw("frame", Object);
        GenericAlias = Raw("types.GenericAlias", Object);
        NativeIterator = Raw("iterator", Object);
        DictKeys = Raw("dict_keys", Object);
        DictValues = Raw("dict_values", Object);
        DictItems = Raw("dict_items", Object);
        DictKeyIterator = Raw("dict_keyiterator", Object);
        DictValueIterator = Raw("dict_valueiterator", Object);
        DictItemIterator = Raw("dict_itemiterator", Object);
        SetIterator = Raw("set_iterator", Object);
        StrIterator = Raw("str_ascii_iterator", Object);
        Enumerate = Raw("enumerate", Object);
        Zip = Raw("zip", Object);
        Map = Raw("map", Object);
        Filter = Raw("filter", Object);
        Reversed = Raw("reversed", Object);
        MappingProxy = Raw("mappingproxy", Object);
        MemoryView = Raw("memoryview", Object);
        TextIO = Raw("_io.TextIOWrapper", Object, true);
        BytesIO = Raw("_io.BufferedReader", Object, true);
        AsyncGenASendType = Raw("async_generator_asend", Object);
        AsyncGenAThrowType = Raw("async_generator_athrow", Object);

        BaseException = Exc("BaseException", Object);
        BaseExceptionGroup = Exc("BaseExceptionGroup", BaseException);
        GeneratorExit = Exc("GeneratorExit", BaseException);
        KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
        SystemExit = Exc("SystemExit", BaseException);
        Exception = Exc("Exception", BaseException);
        ArithmeticError = Exc("ArithmeticError", Exception);
        FloatingPointError = Exc("FloatingPointError", ArithmeticError);
        OverflowError = Exc("OverflowError", ArithmeticError);
        ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
        AssertionError = Exc("AssertionError", Exception);
        AttributeError = Exc("AttributeError", Exception);
        BufferError = Exc("BufferError", Exception);
        EOFError = Exc("EOFError", Exception);
        ExceptionGroup = Exc("ExceptionGroup", BaseExceptionGroup);
        ImportError = Exc("ImportError", Exception);
        ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError);
        LookupError = Exc("LookupError", Exception);
        IndexError = Exc("IndexError", LookupError);
        KeyError = Exc("KeyError", LookupError);
        MemoryError = Exc("MemoryError", Exception);
        NameError = Exc("NameError", Exception);
        UnboundLocalError = Exc("UnboundLocalError", NameError);
        OSError = Exc("OSError", Exception);
        BlockingIOError = Exc("BlockingIOError", OSError);
        ChildProcessError = Exc("ChildProcessError", OSError);
        ConnectionError = Exc("ConnectionError", OSError);
        BrokenPipeError = Exc("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = Exc("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = Exc("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Exc("ConnectionResetError", ConnectionError);
        FileExistsError = Exc("FileExistsError", OSError);
        FileNotFoundError = Exc("FileNotFoundError", OSError);
        InterruptedError = Exc("InterruptedError", OSError);
        IsADirectoryError = Exc("IsADirectoryError", OSError);
        NotADirectoryError = Exc("NotADirectoryError", OSError);
        PermissionError = Exc("PermissionError", OSError);
        ProcessLookupError = Exc("ProcessLookupError", OSError);
        TimeoutError = Exc("TimeoutError", OSError);
        ReferenceError = Exc("ReferenceError", Exception);
        RuntimeError = Exc("RuntimeError", Exception);
        NotImplementedError = Exc("NotImplementedError", RuntimeError);
        RecursionError = Exc("RecursionError", RuntimeError);
        StopAsyncIteration = Exc("StopAsyncIteration", Exception);
        StopIteration = Exc("StopIteration", Exception);
        SyntaxError = Exc("SyntaxError", Exception);
        IndentationError = Exc("IndentationError", SyntaxError);
        TabError = Exc("TabError", IndentationError);
        SystemError = Exc("SystemError", Exception);
        TypeError = Exc("TypeError", Exception);
        ValueError = Exc("ValueError", Exception);
        UnicodeError = Exc("UnicodeError", ValueError);
        UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = Exc("UnicodeTranslateError", UnicodeError);
        Warning = Exc("Warning", Exception);
        BytesWarning = Exc("BytesWarning", Warning);
        DeprecationWarning = Exc("DeprecationWarning", Warning);
        EncodingWarning = Exc("EncodingWarning", Warning);
        FutureWarning = Exc("FutureWarning", Warning);
        ImportWarning = Exc("ImportWarning", Warning);
        PendingDeprecationWarning = Exc("PendingDeprecationWarning", Warning);
        ResourceWarning = Exc("ResourceWarning", Warning);
        RuntimeWarning = Exc("RuntimeWarning", Warning);
        SyntaxWarning = Exc("SyntaxWarning", Warning);
        UnicodeWarning = Exc("UnicodeWarning", Warning);
        UserWarning = Exc("UserWarning", Warning);

        // Now that type, dict, str and tuple exist: finish every type object.
        foreach (var t in All)
        {
            t.Type = Type;
            t.Dict!.Type = Dict;
        }
        foreach (var t in All)
        {
            t.Bases = t.Base == null ? PyTuple.Empty : PyTuple.Of(t.Base);
            t.Mro = t.Base == null ? new[] { t } : new[] { t }.Concat(t.Base.Mro).ToArray();
            t.SolidBase = t.Base == null || ExceptionTypes.Contains(t) ? t : SolidBaseOf(t);
            t.Base?.AddSubclass(t);
        }
        ExceptionGroup.Bases = PyTuple.Of(BaseExceptionGroup, Exception);
        ExceptionGroup.Mro = PyType.ComputeMro(ExceptionGroup, new[] { BaseExceptionGroup, Exception });
        Exception.AddSubclass(ExceptionGroup);
        foreach (var t in ExceptionTypes) t.SolidBase = BaseException;

        Runtime.TypeSetup.InitAll();
    }

    private static PyType SolidBaseOf(PyType t)
    {
        // Built-in types are their own solid base, except bool (int's layout).
        return t == Bool ? Int : t;
    }
}
