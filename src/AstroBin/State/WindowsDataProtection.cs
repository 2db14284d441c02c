using System.Security.Cryptography;

namespace AstroBin.State
{
    /// <summary>
    /// DPAPI for the current Windows user. A class of its own so that the ProtectedData assembly is
    /// loaded only when a Windows code path calls it.
    /// </summary>
    internal static class WindowsDataProtection
    {
        private static readonly byte[] Entropy = System.Text.Encoding.UTF8.GetBytes("AstroBin for PowerShell API key");

#pragma warning disable CA1416 // Called only on Windows (SavedApiKeyFile checks).
        public static byte[] Protect(byte[] data) => ProtectedData.Protect(data, Entropy, DataProtectionScope.CurrentUser);

        public static byte[] Unprotect(byte[] data) => ProtectedData.Unprotect(data, Entropy, DataProtectionScope.CurrentUser);
#pragma warning restore CA1416
    }
}
