using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace AutoPermits.Engine.Applications;

/// <summary>
/// Binds JSON to an immutable data model (a record with a primary constructor), reporting every
/// missing field and every field of the wrong JSON type with its path, where a serializer would stop
/// at the first. A field that cannot be read gets an empty stand-in value (0, "", an empty list), so that
/// the validators can still judge every other field in the same pass; ranges and allowed values are theirs.
/// </summary>
public static class FormBinder
{
    private static readonly ConcurrentDictionary<Type, Field[]> FieldsByType = new();

    private sealed record Field(string JsonName, Type Type, bool Optional, object? Default);

    public static object? Bind(JsonElement json, Type type, string path, FieldErrors errors) =>
        BindValue(json, type, path, errors);

    private static object? BindValue(JsonElement json, Type type, string path, FieldErrors errors) =>
        Read(json, type, path, errors) ?? StandIn(type);

    private static object? Read(JsonElement json, Type type, string path, FieldErrors errors)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        switch (underlying)
        {
            case var t when t == typeof(string):
                if (json.ValueKind == JsonValueKind.String) return json.GetString();
                return Fail(errors, path, "must be a text string");
            case var t when t == typeof(bool):
                if (json.ValueKind is JsonValueKind.True or JsonValueKind.False) return json.GetBoolean();
                return Fail(errors, path, "must be true or false");
            case var t when t == typeof(decimal):
                if (json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var number)) return number;
                return Fail(errors, path, "must be a number");
            case var t when t == typeof(int):
                if (json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var whole)
                    && whole == decimal.Truncate(whole) && whole is >= int.MinValue and <= int.MaxValue)
                {
                    return (int)whole;
                }
                return Fail(errors, path, "must be a whole number");
            case var t when t == typeof(DateOnly):
                if (json.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(json.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }
                return Fail(errors, path, "must be a date written yyyy-mm-dd");
            case { IsGenericType: true } t when t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>):
                return BindList(json, t.GetGenericArguments()[0], path, errors);
            default:
                return BindRecord(json, underlying, path, errors);
        }
    }

    private static object? BindList(JsonElement json, Type itemType, string path, FieldErrors errors)
    {
        if (json.ValueKind != JsonValueKind.Array) return Fail(errors, path, "must be a list");
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        var index = 0;
        foreach (var item in json.EnumerateArray())
        {
            list.Add(BindValue(item, itemType, $"{path}[{index++}]", errors));
        }
        return list;
    }

    private static object? BindRecord(JsonElement json, Type type, string path, FieldErrors errors)
    {
        if (json.ValueKind != JsonValueKind.Object) return Fail(errors, path, "must be an object");
        var fields = FieldsByType.GetOrAdd(type, Describe);
        var arguments = new object?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var fieldPath = path.Length == 0 ? field.JsonName : $"{path}.{field.JsonName}";
            if (!json.TryGetProperty(field.JsonName, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Optional)
                {
                    arguments[i] = field.Default;
                    continue;
                }
                errors.Add(fieldPath, "is required");
                arguments[i] = StandIn(field.Type);
                continue;
            }
            arguments[i] = BindValue(value, field.Type, fieldPath, errors);
        }
        return Activator.CreateInstance(type, arguments);
    }

    /// <summary>The empty value a field gets when it cannot be read; never seen outside an invalid application.</summary>
    private static object? StandIn(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is not null) return null;
        if (type == typeof(string)) return string.Empty;
        if (type.IsValueType) return Activator.CreateInstance(type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GetGenericArguments()[0]));
        }
        var fields = FieldsByType.GetOrAdd(type, Describe);
        return Activator.CreateInstance(type, fields.Select(f => f.Optional ? f.Default : StandIn(f.Type)).ToArray());
    }

    private static Field[] Describe(Type type)
    {
        // NullabilityInfoContext is not thread-safe: one per description, which happens once per type.
        var nullability = new NullabilityInfoContext();
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.GetParameters()
            .Select(p => new Field(
                JsonNamingPolicy.CamelCase.ConvertName(p.Name!),
                p.ParameterType,
                p.HasDefaultValue || Nullable.GetUnderlyingType(p.ParameterType) is not null
                    || nullability.Create(p).WriteState == NullabilityState.Nullable,
                p.HasDefaultValue ? p.DefaultValue : null))
            .ToArray();
    }

    private static object? Fail(FieldErrors errors, string path, string message)
    {
        errors.Add(path, message);
        return null;
    }
}
