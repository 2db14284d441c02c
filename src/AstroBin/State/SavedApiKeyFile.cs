using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using AstroBin.Api;
using AstroBin.Files;

namespace AstroBin.State
{
    /// <summary>
    /// The key pair saved for the current user by Set-AstroBinApiKey -Persist: on Windows encrypted
    /// with DPAPI (only this user on this machine can read it); on Linux and macOS in plain text in a
    /// file only its owner can read (mode 0600, in a 0700 folder). The folder is
    /// $env:ASTROBIN_CONFIG_DIR when set, else %APPDATA%\AstroBin on Windows and
    /// $XDG_CONFIG_HOME/astrobin (default ~/.config/astrobin) elsewhere.
    /// </summary>
    public static class SavedApiKeyFile
    {
        public const string DirectoryVariable = "ASTROBIN_CONFIG_DIR";
        public const string FileName = "apikey.json";

        private const uint OwnerReadWrite = 0x180; // 0600
        private const uint OwnerOnlyFolder = 0x1C0; // 0700

        public static bool IsEncrypted => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        public static string Folder
        {
            get
            {
                var chosen = Environment.GetEnvironmentVariable(DirectoryVariable);
                if (!string.IsNullOrWhiteSpace(chosen)) return Path.GetFullPath(chosen);
                if (IsEncrypted) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "AstroBin");
                var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
                var root = string.IsNullOrWhiteSpace(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config") : xdg!;
                return Path.Combine(root, "astrobin");
            }
        }

        public static string FilePath => Path.Combine(Folder, FileName);

        public static bool Exists => File.Exists(FilePath);

        /// <summary>
        /// The saved pair (Source SavedFile); an unusable one (a key of the wrong form, a file or folder other
        /// users can change) with its problem; or none, with a warning when a file is there but cannot be read.
        /// </summary>
        public static ApiKeyLookup Lookup()
        {
            var path = FilePath;
            if (!File.Exists(path)) return ApiKeyLookup.None();
            var exposed = WritableByOthers(Folder) ? Folder : WritableByOthers(path) ? path : null;
            if (exposed != null)
            {
                return ApiKeyLookup.Unusable(SettingSource.SavedFile, ApiKeyLookup.InsecureFileErrorId,
                    "The saved API key in '" + path + "' is not used: other users can change '" + exposed + "', so the key in it may not be yours. "
                    + "Check the file, then restrict it (chmod 700 '" + Folder + "'; chmod 600 '" + path + "'), or save your key again with Set-AstroBinApiKey -Persist, which does so.");
            }
            string? key, secret;
            try
            {
                (key, secret) = Read(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is JsonException || ex is FormatException
                || ex is CryptographicException || ex is ArgumentException || ex is InvalidOperationException)
            {
                // The reason never quotes the file: a parser's message may hold a piece of the secret.
                var reason = ex is IOException || ex is UnauthorizedAccessException ? ex.Message
                    : ex is CryptographicException ? "it was encrypted with Windows DPAPI for another user, machine or system"
                    : "it is not the JSON Set-AstroBinApiKey -Persist writes";
                return ApiKeyLookup.None("The saved API key file '" + path + "' cannot be read (" + reason + "), so it is not used. "
                    + "Save your key again with Set-AstroBinApiKey -Persist, or delete the file with Remove-AstroBinApiKey -Persisted.");
            }
            var credentials = ApiCredentials.TryCreate(key, secret, out var problem);
            return credentials != null
                ? ApiKeyLookup.Found(credentials, SettingSource.SavedFile)
                : ApiKeyLookup.Unusable(SettingSource.SavedFile, ApiKeyLookup.InvalidErrorId,
                    "The key saved in '" + path + "' is not usable: " + problem + " Save it again with Set-AstroBinApiKey -Persist.");
        }

        private static (string? Key, string? Secret) Read(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("protected", out var blob))
            {
                if (!IsEncrypted) throw new CryptographicException();
                using var inner = JsonDocument.Parse(WindowsDataProtection.Unprotect(Convert.FromBase64String(blob.GetString() ?? string.Empty)));
                return FromJson(inner.RootElement);
            }
            return FromJson(root);
        }

        /// <summary>Saves the pair, replacing any saved one; returns true when the file did not exist before.</summary>
        /// <param name="folderRepaired">True when the folder was writable by other users and is now its owner's only.</param>
        public static bool Save(ApiCredentials credentials, out bool folderRepaired)
        {
            var folder = Folder;
            folderRepaired = false;
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                RestrictToOwner(folder, OwnerOnlyFolder);
            }
            else if (WritableByOthers(folder))
            {
                RestrictToOwner(folder, OwnerOnlyFolder);
                folderRepaired = true;
            }
            var created = !Exists;
            var plain = ToJson(credentials);
            var content = IsEncrypted ? ToProtectedJson(WindowsDataProtection.Protect(plain)) : plain;
            // Restricted before the secret is written, so it is never readable by others, not even briefly; replaced in
            // one step, so at no moment is there no saved key, or half of one.
            AtomicFile.Write(FilePath, content, temporary => RestrictToOwner(temporary, OwnerReadWrite));
            return created;
        }

        /// <summary>Deletes the saved pair; returns whether there was one.</summary>
        public static bool Delete()
        {
            if (!Exists) return false;
            File.Delete(FilePath);
            return true;
        }

        private static (string? Key, string? Secret) FromJson(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object) throw new FormatException();
            var key = element.TryGetProperty("apiKey", out var k) ? k.GetString() : null;
            var secret = element.TryGetProperty("apiSecret", out var s) ? s.GetString() : null;
            return (key, secret);
        }

        /// <summary>
        /// Whether users other than the owner (and the group) may write <paramref name="path"/> (mode o+w).
        /// Read through .NET 7's File.GetUnixFileMode where the runtime has it (every PowerShell 7.4+ on Linux
        /// and macOS); Windows protects the file with DPAPI and the profile's ACL instead.
        /// </summary>
        private static bool WritableByOthers(string path)
        {
            if (IsEncrypted || GetUnixFileMode == null) return false;
            try
            {
                return (Convert.ToInt32(GetUnixFileMode.Invoke(null, new object[] { path }), System.Globalization.CultureInfo.InvariantCulture) & OthersWrite) != 0;
            }
            catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is IOException || ex.InnerException is UnauthorizedAccessException)
            {
                return false;
            }
        }

        private const int OthersWrite = 0x2; // 0002

        private static readonly System.Reflection.MethodInfo? GetUnixFileMode = typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });

        private static byte[] ToJson(ApiCredentials credentials)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("apiKey", credentials.ApiKey);
                writer.WriteString("apiSecret", credentials.ApiSecret);
                writer.WriteEndObject();
            }
            return buffer.ToArray();
        }

        private static byte[] ToProtectedJson(byte[] blob)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("protection", "DPAPI CurrentUser");
                writer.WriteString("protected", Convert.ToBase64String(blob));
                writer.WriteEndObject();
            }
            return buffer.ToArray();
        }

        private static void RestrictToOwner(string path, uint mode)
        {
            if (IsEncrypted) return;
            if (chmod(path, mode) != 0)
            {
                throw new IOException("Could not restrict '" + path + "' to its owner (chmod failed with error " + Marshal.GetLastWin32Error() + ").");
            }
        }

        [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // The C function's name.
        private static extern int chmod(string pathname, uint mode);
#pragma warning restore SA1300, IDE1006
    }
}
