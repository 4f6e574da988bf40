using System.Reflection;
using System.Text;

namespace InstructionHierarchy.Tests;

/// <summary>Lists an assembly's public API, one sorted line a member, for approval tests (Serilog's approach, without PublicApiGenerator).</summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (Type type in assembly.GetExportedTypes())
        {
            string typeName = Name(type);
            lines.Add($"{Kind(type)} {typeName}{Bases(type)}");
            foreach (MemberInfo member in type.GetMembers(Declared))
            {
                if (Describe(member) is { } description)
                {
                    lines.Add($"{typeName}.{description}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }

    private static string? Describe(MemberInfo member)
    {
        switch (member)
        {
            case ConstructorInfo c when IsVisible(c):
                return $"{(c.IsStatic ? "static " : "")}.ctor({Parameters(c.GetParameters())})";
            case MethodInfo m when IsVisible(m) && !m.IsSpecialName:
                return $"{(m.IsStatic ? "static " : "")}{(m.IsAbstract && !m.DeclaringType!.IsInterface ? "abstract " : "")}{m.Name}{Generic(m)}({Parameters(m.GetParameters())}) -> {Name(m.ReturnType)}";
            case PropertyInfo p:
                MethodInfo? getter = p.GetMethod is { } g && IsVisible(g) ? g : null;
                MethodInfo? setter = p.SetMethod is { } s && IsVisible(s) ? s : null;
                if (getter is null && setter is null)
                {
                    return null;
                }

                string accessors = (getter is null ? "" : "get; ") + (setter is null ? "" : IsInit(setter) ? "init; " : "set; ");
                string index = p.GetIndexParameters() is { Length: > 0 } ip ? $"[{Parameters(ip)}]" : "";
                return $"{((getter ?? setter)!.IsStatic ? "static " : "")}{p.Name}{index} {{ {accessors}}} -> {Name(p.PropertyType)}";
            case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                if (f.DeclaringType!.IsEnum)
                {
                    return f.IsStatic ? $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}" : null;
                }

                return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{f.Name} -> {Name(f.FieldType)}";
            case EventInfo e when e.AddMethod is { } add && IsVisible(add):
                return $"event {e.Name} -> {Name(e.EventHandlerType!)}";
            default:
                return null;
        }
    }

    private static bool IsVisible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool IsInit(MethodInfo setter) =>
        Array.Exists(setter.ReturnParameter.GetRequiredCustomModifiers(), t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Kind(Type t) =>
        t.IsInterface ? "interface"
        : t.IsEnum ? "enum"
        : t.IsValueType ? (t.GetMethod("<Clone>$") is not null || t.GetProperty("EqualityContract", Declared) is not null ? "record struct" : "struct")
        : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
        : (t.IsAbstract && t.IsSealed ? "static class" : (t.IsSealed ? "sealed " : t.IsAbstract ? "abstract " : "") + (t.GetMethod("<Clone>$") is not null ? "record" : "class"));

    private static string Bases(Type t)
    {
        var parts = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            parts.Add(Name(b));
        }

        foreach (Type i in t.GetInterfaces())
        {
            if (i.IsPublic && !i.Name.StartsWith("IEquatable", StringComparison.Ordinal))
            {
                parts.Add(Name(i));
            }
        }

        parts.Sort(1 < parts.Count && t.BaseType is not null && parts[0] == Name(t.BaseType) ? Comparer<string>.Create((x, y) => x == parts[0] ? -1 : y == parts[0] ? 1 : string.CompareOrdinal(x, y)) : StringComparer.Ordinal);
        return parts.Count == 0 ? "" : " : " + string.Join(", ", parts);
    }

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? $"<{string.Join(", ", Array.ConvertAll(m.GetGenericArguments(), a => a.Name))}>" : "";

    private static string Parameters(ParameterInfo[] parameters)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < parameters.Length; i++)
        {
            ParameterInfo p = parameters[i];
            if (i > 0)
            {
                builder.Append(", ");
            }

            if (i == 0 && p.Member.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false))
            {
                builder.Append("this ");
            }

            Type type = p.ParameterType;
            if (type.IsByRef)
            {
                builder.Append(p.IsOut ? "out " : p.IsIn ? "in " : "ref ");
                type = type.GetElementType()!;
            }

            builder.Append(Name(type)).Append(' ').Append(p.Name);
            if (p.HasDefaultValue)
            {
                builder.Append(" = ").Append(p.DefaultValue switch
                {
                    null => "null",
                    string s => $"\"{s}\"",
                    bool v => v ? "true" : "false",
                    _ => Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }

        return builder.ToString();
    }

    private static string Name(Type t)
    {
        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : t.Namespace + "." + t.Name;
        if (t.IsGenericType)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            name += "<" + string.Join(", ", Array.ConvertAll(t.GetGenericArguments(), Name)) + ">";
        }

        return name;
    }
}
