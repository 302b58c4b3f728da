namespace Pyref.VM.Ceval;

/// <summary>
/// CPython 3.11 opcode numbers and inline cache sizes. Data transcribed from the installed CPython's
/// Lib/opcode.py (opmap, _inline_cache_entries). The shared table in interpreter/Bytecode is the
/// authority; the VM needs compile-time constants for its switch, and CodeLoader checks at start-up
/// that these agree with the shared table once it exists.
/// </summary>
public static class Opcodes
{
    public const int CACHE = 0;
    public const int POP_TOP = 1;
    public const int PUSH_NULL = 2;
    public const int NOP = 9;
    public const int UNARY_POSITIVE = 10;
    public const int UNARY_NEGATIVE = 11;
    public const int UNARY_NOT = 12;
    public const int UNARY_INVERT = 15;
    public const int BINARY_SUBSCR = 25;
    public const int GET_LEN = 30;
    public const int MATCH_MAPPING = 31;
    public const int MATCH_SEQUENCE = 32;
    public const int MATCH_KEYS = 33;
    public const int PUSH_EXC_INFO = 35;
    public const int CHECK_EXC_MATCH = 36;
    public const int CHECK_EG_MATCH = 37;
    public const int WITH_EXCEPT_START = 49;
    public const int GET_AITER = 50;
    public const int GET_ANEXT = 51;
    public const int BEFORE_ASYNC_WITH = 52;
    public const int BEFORE_WITH = 53;
    public const int END_ASYNC_FOR = 54;
    public const int STORE_SUBSCR = 60;
    public const int DELETE_SUBSCR = 61;
    public const int GET_ITER = 68;
    public const int GET_YIELD_FROM_ITER = 69;
    public const int PRINT_EXPR = 70;
    public const int LOAD_BUILD_CLASS = 71;
    public const int LOAD_ASSERTION_ERROR = 74;
    public const int RETURN_GENERATOR = 75;
    public const int LIST_TO_TUPLE = 82;
    public const int RETURN_VALUE = 83;
    public const int IMPORT_STAR = 84;
    public const int SETUP_ANNOTATIONS = 85;
    public const int YIELD_VALUE = 86;
    public const int ASYNC_GEN_WRAP = 87;
    public const int PREP_RERAISE_STAR = 88;
    public const int POP_EXCEPT = 89;
    public const int STORE_NAME = 90;
    public const int DELETE_NAME = 91;
    public const int UNPACK_SEQUENCE = 92;
    public const int FOR_ITER = 93;
    public const int UNPACK_EX = 94;
    public const int STORE_ATTR = 95;
    public const int DELETE_ATTR = 96;
    public const int STORE_GLOBAL = 97;
    public const int DELETE_GLOBAL = 98;
    public const int SWAP = 99;
    public const int LOAD_CONST = 100;
    public const int LOAD_NAME = 101;
    public const int BUILD_TUPLE = 102;
    public const int BUILD_LIST = 103;
    public const int BUILD_SET = 104;
    public const int BUILD_MAP = 105;
    public const int LOAD_ATTR = 106;
    public const int COMPARE_OP = 107;
    public const int IMPORT_NAME = 108;
    public const int IMPORT_FROM = 109;
    public const int JUMP_FORWARD = 110;
    public const int JUMP_IF_FALSE_OR_POP = 111;
    public const int JUMP_IF_TRUE_OR_POP = 112;
    public const int POP_JUMP_FORWARD_IF_FALSE = 114;
    public const int POP_JUMP_FORWARD_IF_TRUE = 115;
    public const int LOAD_GLOBAL = 116;
    public const int IS_OP = 117;
    public const int CONTAINS_OP = 118;
    public const int RERAISE = 119;
    public const int COPY = 120;
    public const int BINARY_OP = 122;
    public const int SEND = 123;
    public const int LOAD_FAST = 124;
    public const int STORE_FAST = 125;
    public const int DELETE_FAST = 126;
    public const int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
    public const int POP_JUMP_FORWARD_IF_NONE = 129;
    public const int RAISE_VARARGS = 130;
    public const int GET_AWAITABLE = 131;
    public const int MAKE_FUNCTION = 132;
    public const int BUILD_SLICE = 133;
    public const int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public const int MAKE_CELL = 135;
    public const int LOAD_CLOSURE = 136;
    public const int LOAD_DEREF = 137;
    public const int STORE_DEREF = 138;
    public const int DELETE_DEREF = 139;
    public const int JUMP_BACKWARD = 140;
    public const int CALL_FUNCTION_EX = 142;
    public const int EXTENDED_ARG = 144;
    public const int LIST_APPEND = 145;
    public const int SET_ADD = 146;
    public const int MAP_ADD = 147;
    public const int LOAD_CLASSDEREF = 148;
    public const int COPY_FREE_VARS = 149;
    public const int RESUME = 151;
    public const int MATCH_CLASS = 152;
    public const int FORMAT_VALUE = 155;
    public const int BUILD_CONST_KEY_MAP = 156;
    public const int BUILD_STRING = 157;
    public const int LOAD_METHOD = 160;
    public const int LIST_EXTEND = 162;
    public const int SET_UPDATE = 163;
    public const int DICT_MERGE = 164;
    public const int DICT_UPDATE = 165;
    public const int PRECALL = 166;
    public const int CALL = 171;
    public const int KW_NAMES = 172;
    public const int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
    public const int POP_JUMP_BACKWARD_IF_NONE = 174;
    public const int POP_JUMP_BACKWARD_IF_FALSE = 175;
    public const int POP_JUMP_BACKWARD_IF_TRUE = 176;

    public static int CacheEntries(int op) => op switch
    {
        25 => 4,
        60 => 1,
        92 => 1,
        95 => 4,
        106 => 4,
        107 => 2,
        116 => 5,
        122 => 1,
        160 => 10,
        166 => 1,
        171 => 4,
        _ => 0,
    };
}
