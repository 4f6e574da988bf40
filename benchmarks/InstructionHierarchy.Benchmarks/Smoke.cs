using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace InstructionHierarchy.Benchmarks;

/// <summary>
/// <c>--smoke</c>: calls every benchmark method once for every value of its <c>Input</c> parameter, in-process, without
/// BenchmarkDotNet's measurement. Proves in seconds that the benchmarks build their inputs and run (for CI).
/// </summary>
internal static class Smoke
{
    public static int Run(TextWriter output)
    {
        int failures = 0;
        foreach (Type type in typeof(Smoke).Assembly.GetTypes())
        {
            MethodInfo[] benchmarks = [.. type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)];
            if (benchmarks.Length == 0)
            {
                continue;
            }

            PropertyInfo? input = type.GetProperty("Input");
            MethodInfo? setup = type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null);
            object?[] values = input is null ? [null] : [.. Enum.GetValues(input.PropertyType).Cast<object>()];
            foreach (object? value in values)
            {
                object instance = Activator.CreateInstance(type)!;
                input?.SetValue(instance, value);
                setup?.Invoke(instance, null);
                foreach (MethodInfo method in benchmarks)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        object? result = method.Invoke(instance, null);
                        output.WriteLine($"ok    {type.Name}.{method.Name}({value})  {watch.Elapsed.TotalMilliseconds:0.0} ms  -> {Describe(result)}");
                    }
                    catch (TargetInvocationException e)
                    {
                        failures++;
                        output.WriteLine($"FAIL  {type.Name}.{method.Name}({value}): {e.InnerException}");
                    }
                }
            }
        }

        output.WriteLine(failures == 0 ? "smoke: all benchmarks ran" : $"smoke: {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    private static string Describe(object? result) => result switch
    {
        AssembledPrompt p => $"{p.Verdict}, {p.Conflicts.Count} conflicts",
        Normalization.NormalizedText n => $"flags {n.Flags}, {n.Decoded.Count} decoded",
        null => "null",
        _ => result.GetType().Name,
    };
}
