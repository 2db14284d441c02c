using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json.Serialization;
using AstroBin.Api;

namespace AstroBin.Input
{
    /// <summary>
    /// Turns one of the module's objects that went out and came back (Export-Clixml/Import-Clixml and remoting give
    /// <c>Deserialized.AstroBin.*</c>, Export-Csv/Import-Csv rows of strings, ConvertTo-Json/ConvertFrom-Json
    /// PSCustomObjects, Invoke-AstroBinApi's raw records) back into the live object it came from, so that it binds
    /// exactly as that object would. What it is comes from its type name, else its resource_uri, else the set of
    /// properties only that kind has; only the properties that say which record it is are read back.
    /// </summary>
    public sealed class ExportedRecord
    {
        private sealed class Kind
        {
            public Kind(Type type, string[] signature, string[] identity)
            {
                Type = type;
                Signature = signature;
                Identity = identity;
            }

            public Type Type { get; }

            /// <summary>Properties that together only this kind has (by .NET or wire name).</summary>
            public string[] Signature { get; }

            /// <summary>The properties read back: what binding needs to know which record this is (a revision's files too, which Save-AstroBinImage fetches without a request).</summary>
            public string[] Identity { get; }
        }

        // Most specific first: a revision and the archives also have an Image property.
        private static readonly Kind[] Kinds =
        {
            new Kind(typeof(Image), new[] { "Hash", "Uploaded", "Revisions" }, new[] { "Id", "Hash", "User", "Title", "Revisions", "Locations", "ResourceUri" }),
            new Kind(typeof(ImageRevision), new[] { "Label", "Image", "IsFinal" }, new[] { "Id", "Image", "Label", "Title", "IsFinal", "UrlThumb", "UrlGallery", "UrlRegular", "UrlHd", "UrlReal", "UrlDuckDuckGo", "UrlDuckDuckGoSmall", "UrlHistogram", "ResourceUri" }),
            new Kind(typeof(UserProfile), new[] { "Username", "DateJoined" }, new[] { "Id", "Username", "ResourceUri" }),
            new Kind(typeof(Collection), new[] { "Images", "Name", "User" }, new[] { "Id", "Name", "User", "Images", "ResourceUri" }),
            new Kind(typeof(Location), new[] { "City", "Country", "Altitude" }, new[] { "Name", "ResourceUri" }),
            new Kind(typeof(ImageOfTheDay), new[] { "Image", "Date", "RunnerUp1" }, new[] { "Image", "Title", "User", "ResourceUri" }),
            new Kind(typeof(TopPickNomination), Array.Empty<string>(), new[] { "Image", "ResourceUri" }),
            new Kind(typeof(TopPick), new[] { "Image", "Date" }, new[] { "Image", "ResourceUri" }),
        };

        private ExportedRecord(object live, string described)
        {
            Live = live;
            Described = described;
        }

        /// <summary>The live object this one came from (only its identifying properties set).</summary>
        public object Live { get; }

        /// <summary>Its type and how it was recognised, for messages: "'Deserialized.AstroBin.Image'", "'System.Management.Automation.PSCustomObject' (read as AstroBin.Image: it has Hash, Uploaded, Revisions)".</summary>
        public string Described { get; }

        /// <summary>
        /// The live object <paramref name="input"/> stands for, or null when it is none of the module's records (a
        /// live object, a hashtable, any other object). Throws <see cref="FormatException"/> naming the property when
        /// a record's identifying value cannot be read (an Id that is not a number).
        /// </summary>
        public static ExportedRecord? From(object? input)
        {
            if (!(input is PSObject wrapped) || !(wrapped.BaseObject is PSCustomObject || wrapped.BaseObject is PSObject)) return null;
            var (kind, described, reference) = Recognise(wrapped);
            if (kind == null) return null;
            var live = Activator.CreateInstance(kind.Type)!;
            // A record known by its resource_uri alone is the record that address names.
            if (live is Image image && reference != null)
            {
                if (reference.Number is int number) image.Id = number;
                else image.Hash = reference.Key;
            }
            else if (reference?.Number is int id && kind.Type.GetProperty("Id") is PropertyInfo idProperty && idProperty.PropertyType == typeof(int) && idProperty.CanWrite)
            {
                idProperty.SetValue(live, id);
            }
            foreach (var name in kind.Identity)
            {
                var target = kind.Type.GetProperty(name)!;
                var value = Find(wrapped, target)?.Value;
                if (value is PSObject inner) value = inner.BaseObject;
                if (value == null || (value is string text && text.Length == 0)) continue;
                target.SetValue(live, Read(value, target));
            }
            return new ExportedRecord(live, described);
        }

        /// <returns>The kind, how it was recognised, and the address of its resource_uri when that told the kind.</returns>
        private static (Kind?, string, ResourceRef?) Recognise(PSObject input)
        {
            foreach (var typeName in input.TypeNames)
            {
                var name = typeName.StartsWith("Deserialized.", StringComparison.Ordinal) ? typeName.Substring("Deserialized.".Length)
                    : typeName.StartsWith("CSV:", StringComparison.Ordinal) ? typeName.Substring("CSV:".Length)
                    : null;
                var kind = name == null ? null : Kinds.FirstOrDefault(k => k.Type.FullName == name);
                if (kind != null) return (kind, "'" + typeName + "'", null);
            }
            var shown = "'" + (input.TypeNames.Count > 0 ? input.TypeNames[0] : typeof(PSCustomObject).FullName) + "'";
            var uri = (input.Properties["ResourceUri"] ?? input.Properties["resource_uri"])?.Value as string;
            if (uri != null && SiteAddress.TryRead(uri, out var reference, out _) && reference != null)
            {
                var byUri = Kinds.First(k => k.Type.Name == TypeOf(reference.Kind));
                return (byUri, shown + " (read as " + byUri.Type.FullName + ": its resource_uri is '" + uri + "')", reference);
            }
            foreach (var kind in Kinds)
            {
                if (kind.Signature.Length > 0 && kind.Signature.All(name => Find(input, kind.Type.GetProperty(name)!) != null))
                {
                    return (kind, shown + " (read as " + kind.Type.FullName + ": it has " + string.Join(", ", kind.Signature) + ")", null);
                }
            }
            return (null, shown, null);
        }

        private static string TypeOf(ResourceKind kind) => kind == ResourceKind.User ? nameof(UserProfile) : kind.ToString();

        /// <summary>The property by its .NET name (CSV, JSON, Clixml of the module's objects) or its wire name (raw API records).</summary>
        private static PSPropertyInfo? Find(PSObject input, PropertyInfo property) =>
            input.Properties[property.Name] ?? input.Properties[property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name];

        private static object? Read(object value, PropertyInfo target)
        {
            if (target.PropertyType == typeof(TextList))
            {
                // Export-Csv writes a TextList as "a; b"; JSON and Clixml keep the list.
                var items = value is string text
                    ? text.Split(new[] { TextList.Separator.Trim() }, StringSplitOptions.RemoveEmptyEntries).Select(item => item.Trim())
                    : value is IEnumerable list ? list.Cast<object?>().Select(item => Convert.ToString(item is PSObject p ? p.BaseObject : item, CultureInfo.InvariantCulture) ?? string.Empty) : new[] { value.ToString()! };
                return new TextList(items.Where(item => item.Length > 0).ToList());
            }
            try
            {
                return LanguagePrimitives.ConvertTo(value, target.PropertyType, CultureInfo.InvariantCulture);
            }
            catch (PSInvalidCastException)
            {
                throw new FormatException("Its " + target.Name + " '" + value + "' is not a " + (target.PropertyType == typeof(int) ? "number" : target.PropertyType.Name)
                    + ": the object is not the record it looks like.");
            }
        }
    }
}
