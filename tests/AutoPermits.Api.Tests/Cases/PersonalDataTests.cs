using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoPermits.Api.Tests.Cases;

/// <summary>CPR numbers and the citizen's own words never reach a log.</summary>
public sealed class PersonalDataTests
{
    [Fact]
    public async Task A_whole_case_from_submission_to_letter_logs_neither_the_cpr_number_nor_the_description()
    {
        var logs = new LogSink();
        await using var factory = new AutoPermitsFactory();
        await using var logged = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var anne = await logged.SignIn("anne");
        var sofie = await logged.SignIn("sofie");
        var application = Checkout.Application("social-carport");
        await anne.Submit(Checkout.Application("carport-exempt"), "key-1");
        await anne.Submit(Checkout.Application("carport-exempt"), "key-1");
        var id = (await (await anne.Submit(application)).Json())["id"]!.GetValue<string>();
        await sofie.PostAsync($"/api/cases/{id}/claim", null);
        await sofie.GetAsync($"/api/cases/{id}?purpose=case-handling");
        await sofie.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "approved", reason = "I orden.", legalBasis = "BR18 § 5" });
        await People.Eventually(async () => (await anne.GetAsync($"/api/applications/{id}/letter")).IsSuccessStatusCode, "the letter is written");

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("0101901234", StringComparison.Ordinal) || l.Contains("010190-1234", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("kørestol", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class LogSink : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogSink sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Lines.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}
