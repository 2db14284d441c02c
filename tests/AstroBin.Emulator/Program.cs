using System.Runtime.InteropServices;
using AstroBin.Emulator;

EmulatorOptions options;
try
{
    options = CommandLine.Parse(args);
}
catch (FormatException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

await using var server = await EmulatorServer.StartAsync(options);
// Scripts wait for exactly this line to learn the port.
Console.WriteLine($"AstroBin emulator listening on {server.BaseUri}");
Console.Out.Flush();

var stopped = new TaskCompletionSource();
Console.CancelKeyPress += (_, eventArgs) =>
{
    eventArgs.Cancel = true;
    stopped.TrySetResult();
};
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopped.TrySetResult();
});
await stopped.Task;
return 0;
