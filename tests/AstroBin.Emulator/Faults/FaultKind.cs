namespace AstroBin.Emulator.Faults;

/// <summary>The failures the emulator can inject, each named on the wire as in <see cref="FaultNames"/>.</summary>
public enum FaultKind
{
    /// <summary>429 with Retry-After in seconds.</summary>
    RateLimited,

    /// <summary>429 with Retry-After as an HTTP-date.</summary>
    RateLimitedUntil,

    /// <summary>500 with tastypie's JSON error body.</summary>
    ServerError,

    /// <summary>502 with a proxy's HTML page.</summary>
    BadGateway,

    /// <summary>503 with a proxy's HTML page.</summary>
    ServiceUnavailable,

    /// <summary>504 with an empty body.</summary>
    GatewayTimeout,

    /// <summary>The connection is dropped before any response.</summary>
    ResetBeforeBody,

    /// <summary>Headers and half the body are sent, then the connection is dropped.</summary>
    ResetMidBody,

    /// <summary>A complete response whose JSON is cut in half.</summary>
    TruncatedJson,

    /// <summary>A complete response whose JSON is garbled.</summary>
    MalformedJson,

    /// <summary>Status 200 with an HTML maintenance page.</summary>
    HtmlPage,

    /// <summary>Headers and part of the body, then nothing until the client gives up.</summary>
    Stall,
}
