using AutoPermits.Benchmarks;
using BenchmarkDotNet.Running;

// `guard-latency` measures every single guard call and reports percentiles (BenchmarkDotNet reports means
// over batches, which hide the tail); anything else goes to BenchmarkDotNet.
if (args is ["guard-latency", .. var rest])
{
    return GuardLatency.Run(rest);
}
if (args is ["simulation", .. var options])
{
    return await SimulationScale.RunAsync(options);
}
if (args is ["assessment-profile" or "startup", .. var more]) return args[0] == "startup" ? await Startup.RunAsync(more) : await AssessmentProfile.RunAsync(more);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
