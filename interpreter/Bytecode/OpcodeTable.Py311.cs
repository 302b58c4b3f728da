namespace Pyref.Bytecode;

using K = OpcodeArgKind;

public sealed partial class OpcodeTable
{
    /// <summary>
    /// CPython 3.11's opcodes. Sources (3.11.7):
    /// - numbers, HAVE_ARGUMENT and the has* lists: Lib/opcode.py (def_op/name_op/jrel_op calls);
    /// - inline caches: Lib/opcode.py _cache_format (its sums are _inline_cache_entries, _PyOpcode_Caches);
    /// - specializations and their deopt mapping: Lib/opcode.py _specializations (Include/internal/pycore_opcode.h
    ///   _PyOpcode_Deopt is generated from it);
    /// - stack effects: Python/compile.c stack_effect(opcode, oparg, jump) of 3.11, one lambda per case;
    /// - pseudo instructions (compiler only, negative numbers in 3.11): the #defines at the top of Python/compile.c;
    /// - _nb_ops and cmp_op: Lib/opcode.py; MAGIC_NUMBER 3495: Lib/importlib/_bootstrap_external.py (3.11 final).
    /// </summary>
    private static OpcodeTable BuildPy311()
    {
        var t = new OpcodeTable(PythonVersion.Py311, haveArgument: 90, extendedArg: 144, magic: 3495,
            compareOperators: new[] { "<", "<=", "==", "!=", ">", ">=" },
            binaryOperators: new[]
            {
                ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
                ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
                ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"),
                ("NB_XOR", "^"), ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="),
                ("NB_INPLACE_FLOOR_DIVIDE", "//="), ("NB_INPLACE_LSHIFT", "<<="),
                ("NB_INPLACE_MATRIX_MULTIPLY", "@="), ("NB_INPLACE_MULTIPLY", "*="),
                ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="), ("NB_INPLACE_POWER", "**="),
                ("NB_INPLACE_RSHIFT", ">>="), ("NB_INPLACE_SUBTRACT", "-="), ("NB_INPLACE_TRUE_DIVIDE", "/="),
                ("NB_INPLACE_XOR", "^="),
            });

        // Lib/opcode.py _cache_format (3.11): name -> size in code units.
        var loadGlobalCache = new[] { ("counter", 1), ("index", 1), ("module_keys_version", 2), ("builtin_keys_version", 1) };
        var counterOnly = new[] { ("counter", 1) };
        var compareOpCache = new[] { ("counter", 1), ("mask", 1) };
        var binarySubscrCache = new[] { ("counter", 1), ("type_version", 2), ("func_version", 1) };
        var attrCache = new[] { ("counter", 1), ("version", 2), ("index", 1) };
        var loadMethodCache = new[] { ("counter", 1), ("type_version", 2), ("dict_offset", 1), ("keys_version", 2), ("descr", 4) };
        var callCache = new[] { ("counter", 1), ("func_version", 2), ("min_args", 1) };
        var none = Array.Empty<(string, int)>();

        void Op(string name, int number, K kind, StackEffectFunction effect, (string, int)[]? cache = null) =>
            t.AddBase(name, number, kind, effect, cache ?? none);

        // ---- Opcodes without an argument (< HAVE_ARGUMENT = 90) ----
        Op("CACHE", 0, K.None, (a, j) => 0);                  // inline cache entry; never executed
        Op("POP_TOP", 1, K.None, (a, j) => -1);               // pops TOS
        Op("PUSH_NULL", 2, K.None, (a, j) => 1);              // pushes NULL (callable slot)
        Op("NOP", 9, K.None, (a, j) => 0);                    // nothing
        Op("UNARY_POSITIVE", 10, K.None, (a, j) => 0);        // TOS = +TOS
        Op("UNARY_NEGATIVE", 11, K.None, (a, j) => 0);        // TOS = -TOS
        Op("UNARY_NOT", 12, K.None, (a, j) => 0);             // TOS = not TOS
        Op("UNARY_INVERT", 15, K.None, (a, j) => 0);          // TOS = ~TOS
        Op("BINARY_SUBSCR", 25, K.None, (a, j) => -1, binarySubscrCache); // container, key -> item
        Op("GET_LEN", 30, K.None, (a, j) => 1);               // pushes len(TOS), keeps TOS
        Op("MATCH_MAPPING", 31, K.None, (a, j) => 1);         // pushes bool, keeps subject
        Op("MATCH_SEQUENCE", 32, K.None, (a, j) => 1);        // pushes bool, keeps subject
        Op("MATCH_KEYS", 33, K.None, (a, j) => 1);            // subject, keys -> subject, keys, values-or-None
        Op("PUSH_EXC_INFO", 35, K.None, (a, j) => 1);         // exc -> prev_exc, exc
        Op("CHECK_EXC_MATCH", 36, K.None, (a, j) => 0);       // exc, type -> exc, bool
        Op("CHECK_EG_MATCH", 37, K.None, (a, j) => 0);        // eg, type -> rest, match
        Op("WITH_EXCEPT_START", 49, K.None, (a, j) => 1);     // pushes exit(type, val, tb) result
        Op("GET_AITER", 50, K.None, (a, j) => 0);             // TOS = TOS.__aiter__()
        Op("GET_ANEXT", 51, K.None, (a, j) => 1);             // pushes awaitable of TOS.__anext__()
        Op("BEFORE_ASYNC_WITH", 52, K.None, (a, j) => 1);     // mgr -> __aexit__, __aenter__() awaitable
        Op("BEFORE_WITH", 53, K.None, (a, j) => 1);           // mgr -> __exit__, __enter__() result
        Op("END_ASYNC_FOR", 54, K.None, (a, j) => -2);        // pops iterator and exception
        Op("STORE_SUBSCR", 60, K.None, (a, j) => -3, counterOnly); // TOS1[TOS] = TOS2
        Op("DELETE_SUBSCR", 61, K.None, (a, j) => -2);        // del TOS1[TOS]
        Op("GET_ITER", 68, K.None, (a, j) => 0);              // TOS = iter(TOS)
        Op("GET_YIELD_FROM_ITER", 69, K.None, (a, j) => 0);   // TOS = iter(TOS) unless generator/coroutine
        Op("PRINT_EXPR", 70, K.None, (a, j) => -1);           // interactive: print and pop TOS
        Op("LOAD_BUILD_CLASS", 71, K.None, (a, j) => 1);      // pushes builtins.__build_class__
        Op("LOAD_ASSERTION_ERROR", 74, K.None, (a, j) => 1);  // pushes AssertionError
        Op("RETURN_GENERATOR", 75, K.None, (a, j) => 0);      // creates the generator; stack unchanged
        Op("LIST_TO_TUPLE", 82, K.None, (a, j) => 0);         // TOS = tuple(TOS)
        Op("RETURN_VALUE", 83, K.None, (a, j) => -1);         // returns TOS
        Op("IMPORT_STAR", 84, K.None, (a, j) => -1);          // from TOS import *
        Op("SETUP_ANNOTATIONS", 85, K.None, (a, j) => 0);     // creates __annotations__
        Op("YIELD_VALUE", 86, K.None, (a, j) => 0);           // yields TOS, pushes sent value
        Op("ASYNC_GEN_WRAP", 87, K.None, (a, j) => 0);        // wraps TOS for async generator yield
        Op("PREP_RERAISE_STAR", 88, K.None, (a, j) => -1);    // orig, excs_list -> exc to reraise
        Op("POP_EXCEPT", 89, K.None, (a, j) => -1);           // restores the previous exception

        // ---- Opcodes with an argument (>= HAVE_ARGUMENT) ----
        Op("STORE_NAME", 90, K.Name, (a, j) => -1);           // name = TOS
        Op("DELETE_NAME", 91, K.Name, (a, j) => 0);           // del name
        Op("UNPACK_SEQUENCE", 92, K.None, (a, j) => a - 1, counterOnly); // seq -> oparg items
        Op("FOR_ITER", 93, K.JumpRelative, (a, j) => j > 0 ? -1 : 1); // -1 at end of iterator, 1 if continue iterating
        Op("UNPACK_EX", 94, K.None, (a, j) => (a & 0xFF) + (a >> 8)); // seq -> before + list + after
        Op("STORE_ATTR", 95, K.Name, (a, j) => -2, attrCache); // TOS.name = TOS1
        Op("DELETE_ATTR", 96, K.Name, (a, j) => -1);          // del TOS.name
        Op("STORE_GLOBAL", 97, K.Name, (a, j) => -1);         // global name = TOS
        Op("DELETE_GLOBAL", 98, K.Name, (a, j) => 0);         // del global name
        Op("SWAP", 99, K.None, (a, j) => 0);                  // swaps TOS and the oparg-th item
        Op("LOAD_CONST", 100, K.Const, (a, j) => 1);          // pushes co_consts[oparg]
        Op("LOAD_NAME", 101, K.Name, (a, j) => 1);            // pushes name
        Op("BUILD_TUPLE", 102, K.None, (a, j) => 1 - a);      // oparg items -> tuple
        Op("BUILD_LIST", 103, K.None, (a, j) => 1 - a);       // oparg items -> list
        Op("BUILD_SET", 104, K.None, (a, j) => 1 - a);        // oparg items -> set
        Op("BUILD_MAP", 105, K.None, (a, j) => 1 - 2 * a);    // oparg key/value pairs -> dict
        Op("LOAD_ATTR", 106, K.Name, (a, j) => 0, attrCache); // TOS = TOS.name
        Op("COMPARE_OP", 107, K.Compare, (a, j) => -1, compareOpCache); // TOS1 op TOS
        Op("IMPORT_NAME", 108, K.Name, (a, j) => -1);         // level, fromlist -> module
        Op("IMPORT_FROM", 109, K.Name, (a, j) => 1);          // pushes TOS.name, keeps module
        Op("JUMP_FORWARD", 110, K.JumpRelative, (a, j) => 0); // jump
        Op("JUMP_IF_FALSE_OR_POP", 111, K.JumpRelative, (a, j) => j != 0 ? 0 : -1); // keeps TOS when jumping
        Op("JUMP_IF_TRUE_OR_POP", 112, K.JumpRelative, (a, j) => j != 0 ? 0 : -1);  // keeps TOS when jumping
        Op("POP_JUMP_FORWARD_IF_FALSE", 114, K.JumpRelative, (a, j) => -1);  // pops the condition
        Op("POP_JUMP_FORWARD_IF_TRUE", 115, K.JumpRelative, (a, j) => -1);   // pops the condition
        Op("LOAD_GLOBAL", 116, K.Name, (a, j) => (a & 1) + 1, loadGlobalCache); // pushes [NULL,] global names[oparg>>1]
        Op("IS_OP", 117, K.None, (a, j) => -1);               // TOS1 is (not) TOS
        Op("CONTAINS_OP", 118, K.None, (a, j) => -1);         // TOS1 (not) in TOS
        Op("RERAISE", 119, K.None, (a, j) => -1);             // re-raises TOS
        Op("COPY", 120, K.None, (a, j) => 1);                 // pushes a copy of the oparg-th item
        Op("BINARY_OP", 122, K.None, (a, j) => -1, counterOnly); // TOS1 op TOS (op = _nb_ops[oparg])
        Op("SEND", 123, K.JumpRelative, (a, j) => j > 0 ? -1 : 0); // receiver, value -> receiver, result (jump: pops)
        Op("LOAD_FAST", 124, K.Local, (a, j) => 1);           // pushes local
        Op("STORE_FAST", 125, K.Local, (a, j) => -1);         // local = TOS
        Op("DELETE_FAST", 126, K.Local, (a, j) => 0);         // del local
        Op("POP_JUMP_FORWARD_IF_NOT_NONE", 128, K.JumpRelative, (a, j) => -1); // pops the value
        Op("POP_JUMP_FORWARD_IF_NONE", 129, K.JumpRelative, (a, j) => -1);     // pops the value
        Op("RAISE_VARARGS", 130, K.None, (a, j) => -a);       // raise [exc [from cause]]
        Op("GET_AWAITABLE", 131, K.None, (a, j) => 0);        // TOS = awaitable(TOS)
        Op("MAKE_FUNCTION", 132, K.None, (a, j) =>            // code [+ defaults, kwdefaults, annotations, closure] -> function
            0 - ((a & 0x01) != 0 ? 1 : 0) - ((a & 0x02) != 0 ? 1 : 0) - ((a & 0x04) != 0 ? 1 : 0) - ((a & 0x08) != 0 ? 1 : 0));
        Op("BUILD_SLICE", 133, K.None, (a, j) => a == 3 ? -2 : -1); // 2 or 3 items -> slice
        Op("JUMP_BACKWARD_NO_INTERRUPT", 134, K.JumpRelative, (a, j) => 0); // jump back without eval breaker
        Op("MAKE_CELL", 135, K.Free, (a, j) => 0);            // wraps the local in a cell
        Op("LOAD_CLOSURE", 136, K.Free, (a, j) => 1);         // pushes the cell itself
        Op("LOAD_DEREF", 137, K.Free, (a, j) => 1);           // pushes the cell's content
        Op("STORE_DEREF", 138, K.Free, (a, j) => -1);         // cell content = TOS
        Op("DELETE_DEREF", 139, K.Free, (a, j) => 0);         // empties the cell
        Op("JUMP_BACKWARD", 140, K.JumpRelative, (a, j) => 0); // jump back (checks eval breaker)
        Op("CALL_FUNCTION_EX", 142, K.None, (a, j) => -2 - ((a & 0x01) != 0 ? 1 : 0)); // NULL, f, args[, kwargs] -> result
        Op("EXTENDED_ARG", 144, K.None, (a, j) => 0);         // prefixes the next oparg
        Op("LIST_APPEND", 145, K.None, (a, j) => -1);         // list.append(TOS)
        Op("SET_ADD", 146, K.None, (a, j) => -1);             // set.add(TOS)
        Op("MAP_ADD", 147, K.None, (a, j) => -2);             // dict[TOS1] = TOS
        Op("LOAD_CLASSDEREF", 148, K.Free, (a, j) => 1);      // class body: locals, then cell
        Op("COPY_FREE_VARS", 149, K.None, (a, j) => 0);       // copies closure cells into the frame
        Op("RESUME", 151, K.None, (a, j) => 0);               // start/resume marker
        Op("MATCH_CLASS", 152, K.None, (a, j) => -2);         // subject, type, names -> attrs-or-None
        Op("FORMAT_VALUE", 155, K.None, (a, j) => (a & 0x04) == 0x04 ? -1 : 0); // value [, spec] -> str (FVS_HAVE_SPEC)
        Op("BUILD_CONST_KEY_MAP", 156, K.None, (a, j) => -a); // oparg values + keys tuple -> dict
        Op("BUILD_STRING", 157, K.None, (a, j) => 1 - a);     // oparg strings -> concatenation
        Op("LOAD_METHOD", 160, K.Name, (a, j) => 1, loadMethodCache); // obj -> method, self  or  NULL, attr
        Op("LIST_EXTEND", 162, K.None, (a, j) => -1);         // list.extend(TOS)
        Op("SET_UPDATE", 163, K.None, (a, j) => -1);          // set.update(TOS)
        Op("DICT_MERGE", 164, K.None, (a, j) => -1);          // dict merge for **kwargs (duplicates raise)
        Op("DICT_UPDATE", 165, K.None, (a, j) => -1);         // dict.update(TOS)
        Op("PRECALL", 166, K.None, (a, j) => -a, counterOnly); // counts the oparg arguments as consumed (CALL pops the callable pair)
        Op("CALL", 171, K.None, (a, j) => -1, callCache);     // NULL-or-method, callable -> result
        Op("KW_NAMES", 172, K.Const, (a, j) => 0);            // sets keyword names for the next CALL
        Op("POP_JUMP_BACKWARD_IF_NOT_NONE", 173, K.JumpRelative, (a, j) => -1); // pops the value
        Op("POP_JUMP_BACKWARD_IF_NONE", 174, K.JumpRelative, (a, j) => -1);     // pops the value
        Op("POP_JUMP_BACKWARD_IF_FALSE", 175, K.JumpRelative, (a, j) => -1);    // pops the condition
        Op("POP_JUMP_BACKWARD_IF_TRUE", 176, K.JumpRelative, (a, j) => -1);     // pops the condition

        // ---- Pseudo instructions of the 3.11 compiler (Python/compile.c #defines; resolved by the assembler) ----
        Op("SETUP_FINALLY", -1, K.JumpRelative, (a, j) => j != 0 ? 1 : 0);  // handler gets the exception pushed
        Op("SETUP_CLEANUP", -2, K.JumpRelative, (a, j) => j != 0 ? 2 : 0);  // as SETUP_FINALLY, plus lasti
        Op("SETUP_WITH", -3, K.JumpRelative, (a, j) => j != 0 ? 1 : 0);     // handler: stack as before __enter__ + 1
        Op("POP_BLOCK", -4, K.None, (a, j) => 0);                           // ends a SETUP_* region
        Op("JUMP", -5, K.JumpRelative, (a, j) => 0);                        // JUMP_FORWARD or JUMP_BACKWARD
        Op("JUMP_NO_INTERRUPT", -6, K.JumpRelative, (a, j) => 0);           // JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT
        Op("POP_JUMP_IF_FALSE", -7, K.JumpRelative, (a, j) => -1);          // POP_JUMP_{FORWARD,BACKWARD}_IF_FALSE
        Op("POP_JUMP_IF_TRUE", -8, K.JumpRelative, (a, j) => -1);           // POP_JUMP_{FORWARD,BACKWARD}_IF_TRUE
        Op("POP_JUMP_IF_NONE", -9, K.JumpRelative, (a, j) => -1);           // POP_JUMP_{FORWARD,BACKWARD}_IF_NONE
        Op("POP_JUMP_IF_NOT_NONE", -10, K.JumpRelative, (a, j) => -1);      // POP_JUMP_{FORWARD,BACKWARD}_IF_NOT_NONE

        // Lib/opcode.py _specializations (3.11), in dict order: the order fixes their numbers.
        t.AddSpecializations(new (string, string[])[]
        {
            ("BINARY_OP", new[] { "BINARY_OP_ADAPTIVE", "BINARY_OP_ADD_FLOAT", "BINARY_OP_ADD_INT", "BINARY_OP_ADD_UNICODE",
                "BINARY_OP_INPLACE_ADD_UNICODE", "BINARY_OP_MULTIPLY_FLOAT", "BINARY_OP_MULTIPLY_INT",
                "BINARY_OP_SUBTRACT_FLOAT", "BINARY_OP_SUBTRACT_INT" }),
            ("BINARY_SUBSCR", new[] { "BINARY_SUBSCR_ADAPTIVE", "BINARY_SUBSCR_DICT", "BINARY_SUBSCR_GETITEM",
                "BINARY_SUBSCR_LIST_INT", "BINARY_SUBSCR_TUPLE_INT" }),
            ("CALL", new[] { "CALL_ADAPTIVE", "CALL_PY_EXACT_ARGS", "CALL_PY_WITH_DEFAULTS" }),
            ("COMPARE_OP", new[] { "COMPARE_OP_ADAPTIVE", "COMPARE_OP_FLOAT_JUMP", "COMPARE_OP_INT_JUMP", "COMPARE_OP_STR_JUMP" }),
            ("EXTENDED_ARG", new[] { "EXTENDED_ARG_QUICK" }),
            ("JUMP_BACKWARD", new[] { "JUMP_BACKWARD_QUICK" }),
            ("LOAD_ATTR", new[] { "LOAD_ATTR_ADAPTIVE", "LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE", "LOAD_ATTR_SLOT",
                "LOAD_ATTR_WITH_HINT" }),
            ("LOAD_CONST", new[] { "LOAD_CONST__LOAD_FAST" }),
            ("LOAD_FAST", new[] { "LOAD_FAST__LOAD_CONST", "LOAD_FAST__LOAD_FAST" }),
            ("LOAD_GLOBAL", new[] { "LOAD_GLOBAL_ADAPTIVE", "LOAD_GLOBAL_BUILTIN", "LOAD_GLOBAL_MODULE" }),
            ("LOAD_METHOD", new[] { "LOAD_METHOD_ADAPTIVE", "LOAD_METHOD_CLASS", "LOAD_METHOD_MODULE", "LOAD_METHOD_NO_DICT",
                "LOAD_METHOD_WITH_DICT", "LOAD_METHOD_WITH_VALUES" }),
            ("PRECALL", new[] { "PRECALL_ADAPTIVE", "PRECALL_BOUND_METHOD", "PRECALL_BUILTIN_CLASS",
                "PRECALL_BUILTIN_FAST_WITH_KEYWORDS", "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
                "PRECALL_NO_KW_BUILTIN_FAST", "PRECALL_NO_KW_BUILTIN_O", "PRECALL_NO_KW_ISINSTANCE", "PRECALL_NO_KW_LEN",
                "PRECALL_NO_KW_LIST_APPEND", "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
                "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", "PRECALL_NO_KW_METHOD_DESCRIPTOR_O", "PRECALL_NO_KW_STR_1",
                "PRECALL_NO_KW_TUPLE_1", "PRECALL_NO_KW_TYPE_1", "PRECALL_PYFUNC" }),
            ("RESUME", new[] { "RESUME_QUICK" }),
            ("STORE_ATTR", new[] { "STORE_ATTR_ADAPTIVE", "STORE_ATTR_INSTANCE_VALUE", "STORE_ATTR_SLOT", "STORE_ATTR_WITH_HINT" }),
            ("STORE_FAST", new[] { "STORE_FAST__LOAD_FAST", "STORE_FAST__STORE_FAST" }),
            ("STORE_SUBSCR", new[] { "STORE_SUBSCR_ADAPTIVE", "STORE_SUBSCR_DICT", "STORE_SUBSCR_LIST_INT" }),
            ("UNPACK_SEQUENCE", new[] { "UNPACK_SEQUENCE_ADAPTIVE", "UNPACK_SEQUENCE_LIST", "UNPACK_SEQUENCE_TUPLE",
                "UNPACK_SEQUENCE_TWO_TUPLE" }),
        });
        return t;
    }
}

/// <summary>
/// 3.11 opcode numbers as constants, for `switch` dispatch in the VM and for the compiler's emitter.
/// Lib/opcode.py of 3.11; a test checks every constant against <see cref="OpcodeTable.Py311"/>.
/// </summary>
public static class Op311
{
    public const byte CACHE = 0, POP_TOP = 1, PUSH_NULL = 2, NOP = 9, UNARY_POSITIVE = 10, UNARY_NEGATIVE = 11,
        UNARY_NOT = 12, UNARY_INVERT = 15, BINARY_SUBSCR = 25, GET_LEN = 30, MATCH_MAPPING = 31, MATCH_SEQUENCE = 32,
        MATCH_KEYS = 33, PUSH_EXC_INFO = 35, CHECK_EXC_MATCH = 36, CHECK_EG_MATCH = 37, WITH_EXCEPT_START = 49,
        GET_AITER = 50, GET_ANEXT = 51, BEFORE_ASYNC_WITH = 52, BEFORE_WITH = 53, END_ASYNC_FOR = 54,
        STORE_SUBSCR = 60, DELETE_SUBSCR = 61, GET_ITER = 68, GET_YIELD_FROM_ITER = 69, PRINT_EXPR = 70,
        LOAD_BUILD_CLASS = 71, LOAD_ASSERTION_ERROR = 74, RETURN_GENERATOR = 75, LIST_TO_TUPLE = 82,
        RETURN_VALUE = 83, IMPORT_STAR = 84, SETUP_ANNOTATIONS = 85, YIELD_VALUE = 86, ASYNC_GEN_WRAP = 87,
        PREP_RERAISE_STAR = 88, POP_EXCEPT = 89,
        HAVE_ARGUMENT = 90,
        STORE_NAME = 90, DELETE_NAME = 91, UNPACK_SEQUENCE = 92, FOR_ITER = 93, UNPACK_EX = 94, STORE_ATTR = 95,
        DELETE_ATTR = 96, STORE_GLOBAL = 97, DELETE_GLOBAL = 98, SWAP = 99, LOAD_CONST = 100, LOAD_NAME = 101,
        BUILD_TUPLE = 102, BUILD_LIST = 103, BUILD_SET = 104, BUILD_MAP = 105, LOAD_ATTR = 106, COMPARE_OP = 107,
        IMPORT_NAME = 108, IMPORT_FROM = 109, JUMP_FORWARD = 110, JUMP_IF_FALSE_OR_POP = 111,
        JUMP_IF_TRUE_OR_POP = 112, POP_JUMP_FORWARD_IF_FALSE = 114, POP_JUMP_FORWARD_IF_TRUE = 115,
        LOAD_GLOBAL = 116, IS_OP = 117, CONTAINS_OP = 118, RERAISE = 119, COPY = 120, BINARY_OP = 122, SEND = 123,
        LOAD_FAST = 124, STORE_FAST = 125, DELETE_FAST = 126, POP_JUMP_FORWARD_IF_NOT_NONE = 128,
        POP_JUMP_FORWARD_IF_NONE = 129, RAISE_VARARGS = 130, GET_AWAITABLE = 131, MAKE_FUNCTION = 132,
        BUILD_SLICE = 133, JUMP_BACKWARD_NO_INTERRUPT = 134, MAKE_CELL = 135, LOAD_CLOSURE = 136, LOAD_DEREF = 137,
        STORE_DEREF = 138, DELETE_DEREF = 139, JUMP_BACKWARD = 140, CALL_FUNCTION_EX = 142, EXTENDED_ARG = 144,
        LIST_APPEND = 145, SET_ADD = 146, MAP_ADD = 147, LOAD_CLASSDEREF = 148, COPY_FREE_VARS = 149, RESUME = 151,
        MATCH_CLASS = 152, FORMAT_VALUE = 155, BUILD_CONST_KEY_MAP = 156, BUILD_STRING = 157, LOAD_METHOD = 160,
        LIST_EXTEND = 162, SET_UPDATE = 163, DICT_MERGE = 164, DICT_UPDATE = 165, PRECALL = 166, CALL = 171,
        KW_NAMES = 172, POP_JUMP_BACKWARD_IF_NOT_NONE = 173, POP_JUMP_BACKWARD_IF_NONE = 174,
        POP_JUMP_BACKWARD_IF_FALSE = 175, POP_JUMP_BACKWARD_IF_TRUE = 176;

    /// <summary>Compiler-only pseudo instructions of 3.11 (Python/compile.c), never in co_code.</summary>
    public const int SETUP_FINALLY = -1, SETUP_CLEANUP = -2, SETUP_WITH = -3, POP_BLOCK = -4, JUMP = -5,
        JUMP_NO_INTERRUPT = -6, POP_JUMP_IF_FALSE = -7, POP_JUMP_IF_TRUE = -8, POP_JUMP_IF_NONE = -9,
        POP_JUMP_IF_NOT_NONE = -10;
}

/// <summary>BINARY_OP opargs of 3.11 (Include/opcode.h NB_*, Lib/opcode.py _nb_ops order).</summary>
public static class BinaryOp311
{
    public const int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
        NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
        NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_ADD = 13, NB_INPLACE_AND = 14, NB_INPLACE_FLOOR_DIVIDE = 15,
        NB_INPLACE_LSHIFT = 16, NB_INPLACE_MATRIX_MULTIPLY = 17, NB_INPLACE_MULTIPLY = 18, NB_INPLACE_REMAINDER = 19,
        NB_INPLACE_OR = 20, NB_INPLACE_POWER = 21, NB_INPLACE_RSHIFT = 22, NB_INPLACE_SUBTRACT = 23,
        NB_INPLACE_TRUE_DIVIDE = 24, NB_INPLACE_XOR = 25;
}

/// <summary>COMPARE_OP opargs (Include/object.h Py_LT..Py_GE = Lib/opcode.py cmp_op order).</summary>
public static class CompareOp
{
    public const int Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5;
}

/// <summary>co_flags bits (Include/cpython/code.h of 3.11).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x0001,          // CO_OPTIMIZED
    NewLocals = 0x0002,          // CO_NEWLOCALS
    VarArgs = 0x0004,            // CO_VARARGS
    VarKeywords = 0x0008,        // CO_VARKEYWORDS
    Nested = 0x0010,             // CO_NESTED
    Generator = 0x0020,          // CO_GENERATOR
    Coroutine = 0x0080,          // CO_COROUTINE
    IterableCoroutine = 0x0100,  // CO_ITERABLE_COROUTINE
    AsyncGenerator = 0x0200,     // CO_ASYNC_GENERATOR
    FutureDivision = 0x20000,    // CO_FUTURE_DIVISION
    FutureAbsoluteImport = 0x40000,
    FutureWithStatement = 0x80000,
    FuturePrintFunction = 0x100000,
    FutureUnicodeLiterals = 0x200000,
    FutureBarryAsBdfl = 0x400000,
    FutureGeneratorStop = 0x800000,
    FutureAnnotations = 0x1000000,
}

/// <summary>co_localspluskinds bits (Include/internal/pycore_code.h of 3.11: CO_FAST_LOCAL/CELL/FREE).</summary>
[Flags]
public enum LocalKind : byte
{
    None = 0,
    Local = 0x20,  // CO_FAST_LOCAL: an argument or local variable (co_varnames)
    Cell = 0x40,   // CO_FAST_CELL: a cell variable (co_cellvars; may also be Local for an argument captured by a closure)
    Free = 0x80,   // CO_FAST_FREE: a free variable (co_freevars)
}

/// <summary>MAKE_FUNCTION oparg bits (dis.MAKE_FUNCTION_FLAGS order).</summary>
[Flags]
public enum MakeFunctionFlags
{
    None = 0, Defaults = 0x01, KwDefaults = 0x02, Annotations = 0x04, Closure = 0x08,
}
