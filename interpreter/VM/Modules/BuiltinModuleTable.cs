using System.Reflection;
using Pyref.VM.Objects;

namespace Pyref.VM.Modules;

/// <summary>
/// Marks a static class as the C# implementation of a module CPython writes in C (Modules/*.c, Python/sysmodule.c,
/// ...). The class must have <c>public static PyModule Create()</c> or <c>public static PyModule Create(Interpreter)</c>.
/// One file per module under interpreter/VM/Modules/, named after CPython's source file.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class BuiltinModuleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// The table of built-in modules (Python/config.c _PyImport_Inittab): what <c>_imp.is_builtin</c> answers,
/// what <c>sys.builtin_module_names</c> lists and what <c>_imp.create_builtin</c> instantiates. Filled once per
/// process from the <see cref="BuiltinModuleAttribute"/> classes, so adding a module is adding a file.
/// </summary>
public static class BuiltinModuleTable
{
    private static readonly Lazy<IReadOnlyDictionary<string, Func<Interpreter, PyModule>>> s_table = new(Scan);

    public static IReadOnlyDictionary<string, Func<Interpreter, PyModule>> All => s_table.Value;

    public static bool Contains(string name) => s_table.Value.ContainsKey(name);

    /// <summary>Sorted, as sys.builtin_module_names is; "builtins" and "sys" are made by the Interpreter itself.</summary>
    public static IEnumerable<string> Names =>
        s_table.Value.Keys.Append("builtins").Append("sys").Distinct().Order(StringComparer.Ordinal);

    /// <summary>A new module object, or null when <paramref name="name"/> is not built in.</summary>
    public static PyModule? Create(string name, Interpreter interp)
    {
        if (!s_table.Value.TryGetValue(name, out var create)) return null;
        var module = create(interp);
        PyBuiltinFunction.AdoptModuleFunctions(module);
        return module;
    }

    private static IReadOnlyDictionary<string, Func<Interpreter, PyModule>> Scan()
    {
        var table = new Dictionary<string, Func<Interpreter, PyModule>>(StringComparer.Ordinal);
        foreach (var type in typeof(BuiltinModuleTable).Assembly.GetTypes())
        {
            foreach (var attr in type.GetCustomAttributes<BuiltinModuleAttribute>())
            {
                var withInterp = type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [typeof(Interpreter)]);
                var plain = type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
                Func<Interpreter, PyModule> create = withInterp != null
                    ? withInterp.CreateDelegate<Func<Interpreter, PyModule>>()
                    : plain != null
                        ? (plain.CreateDelegate<Func<PyModule>>() is var f ? _ => f() : throw new InvalidOperationException())
                        : throw new InvalidOperationException($"{type.FullName} is marked [BuiltinModule(\"{attr.Name}\")] but has no public static Create()");
                if (!table.TryAdd(attr.Name, create))
                    throw new InvalidOperationException($"two classes implement built-in module '{attr.Name}'");
            }
        }
        return table;
    }
}
