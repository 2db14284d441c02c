using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using AstroBin.Api;

namespace AstroBin.Session
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

        /// <summary>The saved pair; null when there is none or it cannot be read (another user's DPAPI blob, a damaged file).</summary>
        public static ApiCredentials? Read()
        {
            try
            {
                if (!Exists) return null;
                using var document = JsonDocument.Parse(File.ReadAllBytes(FilePath));
                var root = document.RootElement;
                if (root.TryGetProperty("protected", out var blob))
                {
                    if (!IsEncrypted) return null;
                    using var inner = JsonDocument.Parse(WindowsDataProtection.Unprotect(Convert.FromBase64String(blob.GetString() ?? string.Empty)));
                    return FromJson(inner.RootElement);
                }
                return FromJson(root);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is JsonException || ex is FormatException
                || ex is CryptographicException || ex is ArgumentException || ex is InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>Saves the pair, replacing any saved one; returns true when the file did not exist before.</summary>
        public static bool Save(ApiCredentials credentials)
        {
            var folder = Folder;
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                RestrictToOwner(folder, OwnerOnlyFolder);
            }
            var created = !Exists;
            var plain = ToJson(credentials);
            var content = IsEncrypted ? ToProtectedJson(WindowsDataProtection.Protect(plain)) : plain;
            var temporary = FilePath + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
            try
            {
                // Restricted before the secret is written, so it is never readable by others, not even briefly.
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    RestrictToOwner(temporary, OwnerReadWrite);
                    file.Write(content, 0, content.Length);
                }
                if (File.Exists(FilePath)) File.Delete(FilePath);
                File.Move(temporary, FilePath);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
            return created;
        }

        /// <summary>Deletes the saved pair; returns whether there was one.</summary>
        public static bool Delete()
        {
            if (!Exists) return false;
            File.Delete(FilePath);
            return true;
        }

        private static ApiCredentials? FromJson(JsonElement element)
        {
            var key = element.TryGetProperty("apiKey", out var k) ? k.GetString() : null;
            var secret = element.TryGetProperty("apiSecret", out var s) ? s.GetString() : null;
            return string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret) ? null : new ApiCredentials(key!, secret!);
        }

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
