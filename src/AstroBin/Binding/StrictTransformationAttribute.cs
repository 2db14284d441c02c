using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using AstroBin.Input;

namespace AstroBin.Commands.Binding
{
    /// <summary>
    /// Binds what is piped or given to a parameter strictly: text and whole numbers as the parameter reads
    /// them, the module's own objects by what they stand for, any other object by its properties (as
    /// ValueFromPipelineByPropertyName would), and refuses everything else with a binding error naming the
    /// type, before any request. Without it PowerShell turns any object into its ToString() text, which
    /// then went to AstroBin as a user name or an image id. Objects that went out and came back (CSV rows, JSON,
    /// Clixml, remoting) bind as the live object they came from (<see cref="ExportedRecord"/>); page and API
    /// addresses are read by <see cref="SiteAddress"/>: one input model for every cmdlet.
    /// </summary>
    /// <remarks>
    /// A refusal aborts the binding of that pipeline object (PowerShell does not then try the other
    /// parameters), so an attribute refuses only what no parameter of its cmdlet can use, and passes the
    /// rest through unchanged (<see cref="PassThrough"/>) for another parameter to take.
    /// </remarks>
    internal abstract class StrictTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>What the parameter takes, for the refusal: "an image id".</summary>
        private protected abstract string Takes { get; }

        /// <summary>The properties an object of another type is read from, in order of preference.</summary>
        private protected abstract string[] PropertyNames { get; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => Convert(inputData);

        private protected virtual object? FromNull() => null;

        private protected virtual object? FromText(string text) => text;

        private protected virtual object? FromNumber(long number) => number;

        /// <summary>The value for one of the module's objects, or <see cref="NotModel"/> for any other input.</summary>
        private protected abstract object? FromModel(object value, object input);

        /// <summary>
        /// The value for an object that went out and came back: read as the live object it came from, though only its
        /// identifying properties are known (<see cref="ExportedRecord.Live"/>).
        /// </summary>
        private protected virtual object? FromExported(object live, object input) => FromModel(live, input);

        /// <summary>More advice for an object none of whose properties this parameter reads (" A profile number goes to -Id.").</summary>
        private protected virtual string Hint(object input) => string.Empty;

        /// <summary>Returned by <see cref="FromModel"/> for input that is none of the module's types.</summary>
        private protected static readonly object NotModel = new object();

        /// <summary>The input unchanged, for another parameter of the cmdlet to bind.</summary>
        private protected static object PassThrough(object input) => input;

        private protected ArgumentTransformationMetadataException Refuse(object input, string advice) =>
            new ArgumentTransformationMetadataException(
                "An object of type " + TypeName(input) + " cannot be used as " + Takes + ". " + advice);

        /// <summary>
        /// The record a page or API address names, null for text that is no address (a bare hash, name or number);
        /// an address that names no record is refused, saying what it was understood to be.
        /// </summary>
        private protected ResourceRef? ReadAddress(string text)
        {
            if (!SiteAddress.TryRead(text, out var reference, out var problem)) return null;
            return reference ?? throw new ArgumentTransformationMetadataException(problem + " Give " + Takes + ".");
        }

        /// <summary>The refusal of an address that names another kind of record.</summary>
        private protected ArgumentTransformationMetadataException Refuse(ResourceRef reference, string text, string advice) =>
            new ArgumentTransformationMetadataException("'" + text + "' is " + reference.Described + ", not " + Takes + ". " + advice);

        private object? Convert(object? input)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case null:
                    return FromNull();
                case string text:
                    return FromText(text);
                case int _:
                case long _:
                case short _:
                case byte _:
                case uint _:
                case ushort _:
                case sbyte _:
                    return FromNumber(System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
            }
            var exported = Exported(input);
            if (exported != null) return FromExported(exported.Live, input!);
            var known = FromModel(value, input!);
            if (!ReferenceEquals(known, NotModel)) return known;
            // Lists only: an XML node, a string or a dictionary enumerates too, but is one object here.
            if (value is ICollection items && !(value is IDictionary)) return ConvertEach(items);
            var properties = PSObject.AsPSObject(input).Properties;
            foreach (var name in PropertyNames)
            {
                var property = properties[name];
                if (property != null && property.Value != null) return Convert(property.Value);
            }
            throw Refuse(input!, "Give " + Takes + " or pipe objects with " + WithArticle(string.Join(" or ", PropertyNames)) + " property." + Hint(input!));
        }

        /// <summary>Each item converted; items that stand for several values (a collection's images) are spread out.</summary>
        private object?[] ConvertEach(IEnumerable items)
        {
            var converted = new List<object?>();
            foreach (var item in items)
            {
                var one = Convert(item);
                if (one is IEnumerable many && !(one is string)) foreach (var each in many) converted.Add(each);
                else converted.Add(one);
            }
            return converted.ToArray();
        }

        /// <summary>"an ImageId or Hash", "a Username or User".</summary>
        private static string WithArticle(string words) => ("AEIOUaeiou".IndexOf(words[0]) >= 0 ? "an " : "a ") + words;

        private ExportedRecord? Exported(object? input)
        {
            try
            {
                return ExportedRecord.From(input);
            }
            catch (FormatException ex)
            {
                throw new ArgumentTransformationMetadataException(
                    "An object of type '" + PlainTypeName(input!) + "' cannot be used as " + Takes + ". " + ex.Message);
            }
        }

        /// <summary>The type in quotes, and for an exported object what it was read as.</summary>
        private string TypeName(object input) => Exported(input)?.Described ?? "'" + PlainTypeName(input) + "'";

        private static string PlainTypeName(object input) =>
            input is PSObject wrapped && wrapped.TypeNames.Count > 0 ? wrapped.TypeNames[0] : input.GetType().FullName ?? input.GetType().Name;
    }
}
