using System.Globalization;
using AstroBin.Emulator.Faults;

namespace AstroBin.Emulator;

/// <summary>Parses the emulator's command line into <see cref="EmulatorOptions"/>.</summary>
internal static class CommandLine
{
    public const string Usage =
        "usage: AstroBin.Emulator [--urls http://127.0.0.1:0] [--api-key K] [--api-secret S] [--seed N] [--today yyyy-MM-dd] [--images N]"
        + " [--fault-rate 0..1] [--fault-seed N] [--faults 429,503,reset,...] [--latency-ms N] [--retry-after-seconds N]";

    /// <exception cref="FormatException">Unknown option, missing or malformed value.</exception>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        for (var index = 0; index < args.Count; index++)
        {
            var (name, value) = Split(args, ref index);
            switch (name)
            {
                case "--urls":
                    options.Urls = value;
                    break;
                case "--api-key":
                    options.ApiKey = value;
                    break;
                case "--api-secret":
                    options.ApiSecret = value;
                    break;
                case "--seed":
                    options.Seed = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
                        ? seed
                        : throw new FormatException($"--seed needs an integer, got '{value}'.");
                    break;
                case "--images":
                    options.ImageCount = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 1000
                        ? count
                        : throw new FormatException($"--images needs an integer of at least 1000 (a year of Images of the Day needs distinct images), got '{value}'.");
                    break;
                case "--today":
                    options.Today = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today)
                        ? today
                        : throw new FormatException($"--today needs yyyy-MM-dd, got '{value}'.");
                    break;
                case "--fault-rate":
                    options.Faults.Rate = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate >= 0 && rate <= 1
                        ? rate
                        : throw new FormatException($"--fault-rate needs a number from 0 to 1, got '{value}'.");
                    break;
                case "--fault-seed":
                    options.Faults.Seed = Integer(name, value, int.MinValue);
                    break;
                case "--faults":
                    options.Faults.Kinds = FaultNames.ParseList(value);
                    break;
                case "--latency-ms":
                    options.Faults.Latency = TimeSpan.FromMilliseconds(Integer(name, value, 0));
                    break;
                case "--retry-after-seconds":
                    options.Faults.RetryAfterSeconds = Integer(name, value, 0);
                    break;
                default:
                    throw new FormatException($"Unknown option '{name}'.");
            }
        }
        return options;
    }

    private static int Integer(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new FormatException($"{name} needs an integer of at least {minimum}, got '{value}'.");

    /// <summary>Accepts both "--name value" and "--name=value".</summary>
    private static (string Name, string Value) Split(IReadOnlyList<string> args, ref int index)
    {
        var arg = args[index];
        var equals = arg.IndexOf('=');
        if (equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }
        if (index + 1 >= args.Count)
        {
            throw new FormatException($"Option '{arg}' needs a value.");
        }
        index++;
        return (arg, args[index]);
    }
}
