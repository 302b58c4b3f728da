namespace Pyref.VM.Modules.Sre;

/// <summary>Modules/_sre/sre_constants.h for MAGIC 20220615 (3.11's Lib/re/_constants.py numbering).</summary>
internal static class SreOp
{
    public const uint FAILURE = 0;
    public const uint SUCCESS = 1;
    public const uint ANY = 2;
    public const uint ANY_ALL = 3;
    public const uint ASSERT = 4;
    public const uint ASSERT_NOT = 5;
    public const uint AT = 6;
    public const uint BRANCH = 7;
    public const uint CATEGORY = 8;
    public const uint CHARSET = 9;
    public const uint BIGCHARSET = 10;
    public const uint GROUPREF = 11;
    public const uint GROUPREF_EXISTS = 12;
    public const uint IN = 13;
    public const uint INFO = 14;
    public const uint JUMP = 15;
    public const uint LITERAL = 16;
    public const uint MARK = 17;
    public const uint MAX_UNTIL = 18;
    public const uint MIN_UNTIL = 19;
    public const uint NOT_LITERAL = 20;
    public const uint NEGATE = 21;
    public const uint RANGE = 22;
    public const uint REPEAT = 23;
    public const uint REPEAT_ONE = 24;
    public const uint SUBPATTERN = 25;
    public const uint MIN_REPEAT_ONE = 26;
    public const uint ATOMIC_GROUP = 27;
    public const uint POSSESSIVE_REPEAT = 28;
    public const uint POSSESSIVE_REPEAT_ONE = 29;
    public const uint GROUPREF_IGNORE = 30;
    public const uint IN_IGNORE = 31;
    public const uint LITERAL_IGNORE = 32;
    public const uint NOT_LITERAL_IGNORE = 33;
    public const uint GROUPREF_LOC_IGNORE = 34;
    public const uint IN_LOC_IGNORE = 35;
    public const uint LITERAL_LOC_IGNORE = 36;
    public const uint NOT_LITERAL_LOC_IGNORE = 37;
    public const uint GROUPREF_UNI_IGNORE = 38;
    public const uint IN_UNI_IGNORE = 39;
    public const uint LITERAL_UNI_IGNORE = 40;
    public const uint NOT_LITERAL_UNI_IGNORE = 41;
    public const uint RANGE_UNI_IGNORE = 42;
}

internal static class SreAt
{
    public const uint BEGINNING = 0;
    public const uint BEGINNING_LINE = 1;
    public const uint BEGINNING_STRING = 2;
    public const uint BOUNDARY = 3;
    public const uint NON_BOUNDARY = 4;
    public const uint END = 5;
    public const uint END_LINE = 6;
    public const uint END_STRING = 7;
    public const uint LOC_BOUNDARY = 8;
    public const uint LOC_NON_BOUNDARY = 9;
    public const uint UNI_BOUNDARY = 10;
    public const uint UNI_NON_BOUNDARY = 11;
}

internal static class SreCategory
{
    public const uint DIGIT = 0;
    public const uint NOT_DIGIT = 1;
    public const uint SPACE = 2;
    public const uint NOT_SPACE = 3;
    public const uint WORD = 4;
    public const uint NOT_WORD = 5;
    public const uint LINEBREAK = 6;
    public const uint NOT_LINEBREAK = 7;
    public const uint LOC_WORD = 8;
    public const uint LOC_NOT_WORD = 9;
    public const uint UNI_DIGIT = 10;
    public const uint UNI_NOT_DIGIT = 11;
    public const uint UNI_SPACE = 12;
    public const uint UNI_NOT_SPACE = 13;
    public const uint UNI_WORD = 14;
    public const uint UNI_NOT_WORD = 15;
    public const uint UNI_LINEBREAK = 16;
    public const uint UNI_NOT_LINEBREAK = 17;
}

internal static class SreFlag
{
    public const int ASCII = 256;
    public const int DEBUG = 128;
    public const int DOTALL = 16;
    public const int IGNORECASE = 2;
    public const int LOCALE = 4;
    public const int MULTILINE = 8;
    public const int TEMPLATE = 1;
    public const int UNICODE = 32;
    public const int VERBOSE = 64;
}

internal static class SreInfo
{
    public const uint CHARSET = 4;
    public const uint LITERAL = 2;
    public const uint PREFIX = 1;
}
