using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AutoPermits.Api.Persistence;

/// <summary>
/// Multi-row INSERT statements built from the EF model, for writing hundreds of new rows in one transaction:
/// EF's change tracker and its one-statement-per-row SaveChanges cost several times what the database does
/// (see docs/PERFORMANCE.md). Table, column names and value conversions come from the model, so a row is
/// stored exactly as SaveChanges would store it, on either provider.
/// </summary>
internal static class RowInserts
{
    // Below SQLite's oldest limit on bound parameters, and far below PostgreSQL's.
    private const int MaxParameters = 999;

    private static readonly ConcurrentDictionary<(IModel, Type), Table> Tables = new();

    /// <summary>Inserts the rows inside the context's current transaction; they are not tracked.</summary>
    public static async Task InsertAsync<T>(CasesDb db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default) where T : class
    {
        if (rows.Count == 0) return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the transaction that stores them together.");
        var table = Tables.GetOrAdd((db.Model, typeof(T)), key => Table.Of(db, key.Item2));
        var rowsPerCommand = MaxParameters / table.Columns.Length;
        for (var start = 0; start < rows.Count; start += rowsPerCommand)
        {
            var count = Math.Min(rowsPerCommand, rows.Count - start);
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = table.Sql(count);
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                for (var c = 0; c < table.Columns.Length; c++)
                {
                    var column = table.Columns[c];
                    command.Parameters.Add(column.Mapping.CreateParameter(
                        command, Parameter(r * table.Columns.Length + c), column.Property.GetGetter().GetClrValueUsingContainingEntity(row), column.Property.IsNullable));
                }
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Parameter(int index) => "@p" + index;

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping);

    private sealed class Table(string head, Column[] columns)
    {
        private readonly ConcurrentDictionary<int, string> _sql = new();

        public Column[] Columns { get; } = columns;

        public static Table Of(CasesDb db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = entity.GetProperties()
                .Select(p => p.IsShadowProperty()
                    ? throw new InvalidOperationException($"{type.Name}.{p.Name} has no CLR property to read a value from.")
                    : new Column(p, p.GetRelationalTypeMapping()))
                .ToArray();
            var head = $"INSERT INTO {sql.DelimitIdentifier(store.Name, store.Schema)} ("
                + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(store)!))) + ") VALUES ";
            return new Table(head, columns);
        }

        public string Sql(int rows) => _sql.GetOrAdd(rows, count =>
        {
            var text = new StringBuilder(head);
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Length; c++)
                {
                    if (c > 0) text.Append(", ");
                    text.Append(Parameter(r * Columns.Length + c));
                }
                text.Append(')');
            }
            return text.ToString();
        });
    }
}
