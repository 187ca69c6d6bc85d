using Repro.Gan.Benchmarks;
using Spectre.Console.Cli;

var app = new CommandApp<TableCommand>();
app.Configure(c =>
{
    c.SetApplicationName("Repro.Gan.Benchmarks");
    c.AddCommand<MeasureCommand>("measure").WithDescription("(internal) time one size in this process");
    c.AddCommand<PartsCommand>("parts").WithDescription("what each optimisation buys, part by part");
});
return app.Run(args);
