using Npgsql;

namespace AutoPermits.Api.Tests;

/// <summary>
/// When <c>AUTOPERMITS_TEST_POSTGRESQL</c> holds a connection string to a PostgreSQL server (as <c>.ci/run</c>
/// sets it), every service in these tests runs on a database of its own there instead of the embedded SQLite.
/// </summary>
public sealed class TestDatabase
{
    public const string Variable = "AUTOPERMITS_TEST_POSTGRESQL";

    private readonly string _server;
    private readonly string _name;

    private TestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public static TestDatabase? Create()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } server) return null;
        var database = new TestDatabase(server, $"autopermits_{Guid.NewGuid():N}");
        database.Execute($"CREATE DATABASE {database._name}");
        return database;
    }

    public void Drop()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
