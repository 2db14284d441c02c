using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace AstroBin.Desktop
{
    /// <summary>Opens a web page in the user's default browser, where there is one.</summary>
    internal static class Browser
    {
        /// <summary>Whether pages would open in a browser here (false on a server, in a container, over SSH).</summary>
        public static bool CanOpen => FindOpener() != null;

        /// <summary>False when this system has no graphical session or no opener (a server, a container, SSH).</summary>
        public static bool TryOpen(string url)
        {
            var opener = FindOpener();
            if (opener == null) return false;
            try
            {
                using var process = opener == string.Empty
                    ? Process.Start(new ProcessStartInfo(url) { UseShellExecute = true })
                    : Process.Start(new ProcessStartInfo(opener, "\"" + url + "\"") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true });
                return process != null || opener == string.Empty;
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>"" for the shell (Windows), the opener program elsewhere, null for none.</summary>
        private static string? FindOpener()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return string.Empty;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return "open";
            var graphical = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
            if (!graphical) return null;
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            return path.Split(Path.PathSeparator).Select(folder => Path.Combine(folder, "xdg-open")).FirstOrDefault(File.Exists);
        }
    }
}
