using Microsoft.Data.Sqlite;

namespace AutoPermits.LoadTest;

internal static class Storage
{
    /// <summary>Cases in the service's SQLite file, read-only: with a fresh data folder, exactly the accepted ones.</summary>
    public static long CountCases(string dataDirectory)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "autopermits.db"),
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Cases";
        return (long)command.ExecuteScalar()!;
    }
}
