using Microsoft.Extensions.Options;

namespace AutoPermits.Api.RuleSets;

/// <summary>Looks for new publications every <see cref="AutoPermitsOptions.RuleSetOptions.RefreshInterval"/>.</summary>
public sealed class RuleBookWatcher(PublishedRules rules, IOptions<AutoPermitsOptions> options, ILogger<RuleBookWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RuleSets.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await rules.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The instance keeps deciding with the rule book it has; the next tick tries again.
                log.LogError(e, "Could not read the published rule sets");
            }
        }
    }
}
