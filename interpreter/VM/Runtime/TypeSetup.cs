using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>Fills the method tables of every built-in type, in dependency order.</summary>
public static class TypeSetup
{
    public static void InitAll()
    {
        ObjectAndType.Init();
        NumberMethods.Init();
        StrMethods.Init();
        BytesMethods.Init();
        ListMethods.Init();
        TupleMethods.Init();
        DictMethods.Init();
        SetMethods.Init();
        RangeSliceMethods.Init();
        MiscTypes.Init();
        ExceptionTypes.Init();
        SysModule.InitTextIO();
        foreach (var t in Types.All) t.Modified();
    }
}
