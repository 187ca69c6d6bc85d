// Torch's global generator and thread count are process-wide, and some tests capture the console:
// run the tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
