namespace AstroBin.Emulator.Data;

/// <summary>Word lists the generators draw from.</summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "john", "mike", "sarah", "david", "anna", "peter", "chris", "laura", "mark", "paul", "emma", "tom",
        "kevin", "lisa", "frank", "alex", "nina", "oliver", "sophie", "marco", "luca", "giulia", "hans",
        "pierre", "carlos", "maria", "jan", "piotr", "ivan", "kenji", "yuki", "wei", "raj", "ahmed", "omar",
        "lars", "erik", "ingrid", "hugo", "leo",
        // Non-ASCII names: Django usernames may contain any Unicode letter.
        "björn", "josé", "łukasz", "zoë", "søren", "jürgen", "françois", "miloš", "çağlar", "andrés",
        "renée", "håkan", "jiří", "ángel",
    ];

    public static readonly string[] LastNames =
    [
        "smith", "miller", "garcia", "rossi", "müller", "schmidt", "dubois", "kowalski", "novak", "tanaka",
        "chen", "patel", "hansen", "jensen", "moreau", "ferrari", "silva", "santos", "kim", "nguyen", "berg",
        "larsen", "weber", "fischer", "bauer",
    ];

    public static readonly string[] NickWords =
    [
        "stargazer", "deepsky", "nightowl", "photon", "astro", "nebula", "galaxyhunter", "skywatcher",
        "darksky", "zenith", "polaris", "cassiopeia", "meridian", "faintfuzzies",
    ];

    public static readonly string[] Palettes = ["HaRGB", "LRGB", "SHO", "HOO", "RGB", "narrowband", "bicolor", "OSC"];

    /// <summary>Targets without a plate solution (planets, Moon, landscapes): never in the subjects index.</summary>
    public static readonly string[] UnsolvedTitles =
    [
        "Jupiter and Io", "Saturn at opposition", "Full Moon mosaic", "Waxing crescent Moon", "Mars 2022",
        "Milky Way over the lake", "Star trails", "Solar prominences in H-alpha", "Total lunar eclipse",
        "Comet C/2023 A3 Tsuchinshan-ATLAS", "Venus in daylight", "Aurora over the fjord", "ISS transit",
    ];

    public static readonly string[] WeatherSentences =
    [
        "Strong wind all night, so I threw away a third of the subs.",
        "Windy conditions but excellent transparency.",
        "Clouds and wind ended the session early.",
        "Calm night, no wind at all, very good seeing.",
        "The wind picked up after midnight and guiding suffered.",
        "High humidity and dew on the corrector plate.",
        "Freezing cold (-15 °C) but crystal clear.",
        "Hazy sky after the rain, lots of gradients.",
        "The jet stream made the seeing poor.",
        "Thin cirrus came and went all night.",
    ];

    public static readonly string[] Places =
    [
        "my backyard", "a Bortle 2 site", "the Alps", "Namibia", "the Atacama desert", "my balcony",
        "a remote observatory in Spain", "New Mexico",
    ];

    public static readonly string[] Filters = ["Ha", "OIII", "SII", "L", "R", "G", "B"];

    public static readonly string[] Telescopes =
    [
        "Sky-Watcher Esprit 100ED", "Takahashi FSQ-106EDX4", "William Optics RedCat 51", "Celestron EdgeHD 8\"",
        "Askar FRA400", "Sky-Watcher 200PDS", "Takahashi Epsilon-160ED", "Planewave CDK14", "Canon EF 200mm f/2.8L",
        "Samyang 135mm f/2", "TS-Optics Photoline 80mm", "Celestron C11 EdgeHD", "Sharpstar 61EDPH II",
    ];

    public static readonly string[] Cameras =
    [
        "ZWO ASI2600MM Pro", "ZWO ASI2600MC Pro", "ZWO ASI294MC Pro", "ZWO ASI1600MM Pro", "QHYCCD QHY268M",
        "Canon EOS 6D", "Nikon D810a", "Moravian G3-16200", "ZWO ASI533MC Pro", "Player One Poseidon-M Pro",
        "Sony A7 III", "FLI ProLine 16803",
    ];

    public static readonly string[] DataSources =
    [
        "BACKYARD", "BACKYARD", "BACKYARD", "BACKYARD", "BACKYARD", "BACKYARD", "TRAVELLER", "OWN_REMOTE",
        "AMATEUR_HOSTING", "PUBLIC_AMATEUR_DATA", "PRO_DATA", "MIX", "OTHER", "UNKNOWN",
    ];

    public static readonly string[] RemoteSources = ["OWN", "DSW", "DSNM", "CS", "SRO", "IC", "HAKOS", "ITELESCO", "SPOO", "TELI"];

    public static readonly string[] LicenseNames =
    [
        "ALL_RIGHTS_RESERVED", "ATTRIBUTION_NON_COMMERCIAL_SHARE_ALIKE", "ATTRIBUTION_NON_COMMERCIAL",
        "ATTRIBUTION_NON_COMMERCIAL_NO_DERIVS", "ATTRIBUTION", "ATTRIBUTION_SHARE_ALIKE", "ATTRIBUTION_NO_DERIVS",
    ];

    public static readonly string[] Subscriptions =
    [
        "AstroBin Premium", "AstroBin Ultimate 2020+", "AstroBin Lite 2020+ (autorenew/yearly)", "AstroBin Premium 2020+",
    ];

    public static readonly string[] Languages = ["en", "en", "en", "de", "fr", "it", "es", "pt-BR", "nl", "pl"];

    public static readonly string[] Jobs = ["Engineer", "Teacher", "Retired", "Software developer", "Physician", "Student"];

    public static readonly string[] Hobbies = ["Astrophotography", "Hiking, photography", "Visual observing", "Music and astronomy"];
}
