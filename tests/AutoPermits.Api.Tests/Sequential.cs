// Hangfire keeps its job activator and log provider in static state, set by whichever host starts last: two
// hosts alive at once in one process would run each other's jobs. Production runs one host per process; the
// tests run their hosts one after another to match.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
