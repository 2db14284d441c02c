using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using AstroBin.Files;

namespace AstroBin.Sync
{
    /// <summary>
    /// One run at a time in a synced folder: <see cref="SyncLayout.LockName"/> held open with no sharing for the
    /// whole run. The operating system drops the hold when the process ends, however it ends, so a lock left by a
    /// killed run is taken over by the next one without anyone deciding that it is stale; the file itself stays
    /// (deleting it could let a third run lock a new file while a second still holds the old one).
    /// Who holds it is written beside it (<see cref="SyncLayout.LockOwnerName"/>), because on Linux and macOS a
    /// file held with no sharing cannot be read by another .NET process.
    /// </summary>
    public sealed class SyncLock : IDisposable
    {
        private readonly FileStream? _held;
        private readonly string _ownerPath;

        private SyncLock(FileStream? held, string ownerPath)
        {
            _held = held;
            _ownerPath = ownerPath;
        }

        /// <summary>Takes the lock of <paramref name="root"/>, or says who holds it.</summary>
        /// <exception cref="SyncLockedException">Another run (of this process or another) holds it.</exception>
        public static SyncLock Take(string root)
        {
            var path = Path.Combine(root, SyncLayout.LockName);
            var ownerPath = Path.Combine(root, SyncLayout.LockOwnerName);
            // A folder not made yet (-WhatIf) holds nothing to protect, and nothing will be written into it.
            if (!Directory.Exists(root)) return new SyncLock(null, ownerPath);
            // Opened through a link, the lock would make (or hold) a file somewhere else.
            if (FileLinks.IsLink(path)) throw ContainedPath.Linked(path);
            FileStream held;
            try
            {
                held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException ex) when (!(ex is FileNotFoundException) && !(ex is DirectoryNotFoundException))
            {
                throw new SyncLockedException(path, ReadOwner(ownerPath), ex);
            }
            try
            {
                using var process = Process.GetCurrentProcess();
                var owner = string.Format(CultureInfo.InvariantCulture, "process {0} on {1}, since {2:yyyy-MM-dd HH:mm:ss} UTC",
                    process.Id, Environment.MachineName, DateTime.UtcNow);
                // The lock file stays empty: the same bytes after every run, whoever held it.
                AtomicFile.Write(ownerPath, Encoding.UTF8.GetBytes(owner + "\n"));
            }
            catch
            {
                held.Dispose();
                throw;
            }
            return new SyncLock(held, ownerPath);
        }

        public void Dispose()
        {
            if (_held == null) return;
            try
            {
                if (File.Exists(_ownerPath)) File.Delete(_ownerPath);
            }
            catch (IOException)
            {
                // Only a hint for a second run's message; the lock itself ends below.
            }
            _held.Dispose();
        }

        private static string? ReadOwner(string ownerPath)
        {
            try
            {
                return File.Exists(ownerPath) ? File.ReadAllText(ownerPath, Encoding.UTF8).Trim() : null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    /// <summary>Another run holds a synced folder's <see cref="SyncLock"/>.</summary>
    public sealed class SyncLockedException : IOException
    {
        public SyncLockedException(string lockPath, string? owner, Exception inner)
            : base("Another Sync-AstroBinImage run" + (owner == null ? string.Empty : " (" + owner + ")") + " is using this folder: it holds '" + lockPath + "'.", inner)
        {
            LockPath = lockPath;
            Owner = owner;
        }

        public string LockPath { get; }

        /// <summary>"process 1234 on HOST, since ...", when the holder wrote it.</summary>
        public string? Owner { get; }
    }
}
