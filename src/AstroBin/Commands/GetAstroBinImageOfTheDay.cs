using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>Gets the Image of the Day: today's, an earlier one, the last N, or a given day's.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinImageOfTheDay", DefaultParameterSetName = OffsetSet, HelpUri = HelpLinks.Pages + "Get-AstroBinImageOfTheDay.md")]
    [OutputType(typeof(ImageOfTheDay))]
    public sealed class GetAstroBinImageOfTheDay : LookupCmdlet<ImageOfTheDay>
    {
        private const string OffsetSet = "Offset";
        private const string LastSet = "Last";
        private const string DateSet = "Date";
        private const string DayNotFoundId = "AstroBinImageOfTheDayNotFound";

        /// <summary>How many days back: 0 is the newest (today's once AstroBin has picked it), 1 yesterday's.</summary>
        [Parameter(Position = 0, ParameterSetName = OffsetSet)]
        [ValidateRange(0, int.MaxValue)]
        public int Offset { get; set; }

        /// <summary>The most recent N, newest first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LastSet)]
        [ValidateRange(1, int.MaxValue)]
        public int Last { get; set; }

        /// <summary>The Image of the Day of this date (the time of day is ignored).</summary>
        [Parameter(Mandatory = true, ParameterSetName = DateSet)]
        public DateTime Date { get; set; }

        /// <summary>Also look each day's image up, to fill Title and User (one request a day, concurrent, cached).</summary>
        [Parameter]
        public SwitchParameter IncludeImage { get; set; }

        /// <summary>The type name of the days -IncludeImage filled in, whose table view shows Title and User.</summary>
        public const string WithImageTypeName = "AstroBin.ImageOfTheDay#IncludeImage";

        /// <summary>For the image lookups of -IncludeImage.</summary>
        private protected override string NotFoundId => "AstroBinImageNotFound";

        protected override void EndProcessing()
        {
            try
            {
                switch (ParameterSetName)
                {
                    case LastSet:
                        var progress = new ListProgress(this, new PageRange(0, Last), "Reading AstroBin Images of the Day", "days");
                        WriteEach(Client.GetImagesOfTheDayAsync(new PageRange(0, Last), progress.Follow(new ListObserver()), StopToken), null, Emit, progress.Step);
                        progress.Complete();
                        break;
                    case DateSet:
                        WriteByDate(Date.Date);
                        break;
                    default:
                        var found = Await(FirstAsync(Offset));
                        if (found != null) Emit(found);
                        else WriteError(ErrorRecords.Create(DayNotFoundId, ErrorCategory.ObjectNotFound,
                            "There is no Image of the Day " + Offset + " days back: the list is shorter. Use a smaller -Offset.", Offset));
                        break;
                }
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, ParameterSetName == DateSet ? (object)Date : Offset, DayNotFoundId);
            }
            base.EndProcessing();
        }

        private void WriteByDate(DateTime day)
        {
            var newest = Await(FirstAsync(0));
            if (newest?.Date == null || day > newest.Date.Value.Date)
            {
                WriteError(ErrorRecords.Create(DayNotFoundId, ErrorCategory.ObjectNotFound,
                    "There is no Image of the Day for " + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    + (newest?.Date == null ? ": the list is empty." : "; the newest is of " + newest.Date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "."),
                    Date));
                return;
            }
            // There is one a day, so the offset is usually the number of days back: one request, not a walk.
            var guess = (int)Math.Min(int.MaxValue, (newest.Date.Value.Date - day).TotalDays);
            var candidate = guess == 0 ? newest : Await(FirstAsync(guess));
            if (candidate?.Date?.Date == day)
            {
                Emit(candidate!);
                return;
            }
            var found = Await(FindByWalkingAsync(day));
            if (found != null) Emit(found);
            else WriteError(ErrorRecords.Create(DayNotFoundId, ErrorCategory.ObjectNotFound,
                "AstroBin picked no Image of the Day on " + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".", Date));
        }

        /// <summary>Writes a day, after looking its image up when -IncludeImage asks for it.</summary>
        private void Emit(ImageOfTheDay day)
        {
            if (IncludeImage && day.ImageId != null) Look(day, token => WithImageAsync(day, token));
            else WriteObject(day);
        }

        private protected override object Output(ImageOfTheDay value)
        {
            var shown = new PSObject(value);
            shown.TypeNames.Insert(0, WithImageTypeName);
            return shown;
        }

        private async Task<ImageOfTheDay> WithImageAsync(ImageOfTheDay day, CancellationToken cancellationToken)
        {
            var image = await Client.GetImageAsync(day.ImageId!, cancellationToken).ConfigureAwait(false);
            day.Title = image.Title;
            day.User = image.User;
            return day;
        }

        private async Task<ImageOfTheDay?> FirstAsync(int offset)
        {
            await foreach (var item in Client.GetImagesOfTheDayAsync(new PageRange(offset, 1), null, StopToken).ConfigureAwait(false))
            {
                return item;
            }
            return null;
        }

        private async Task<ImageOfTheDay?> FindByWalkingAsync(DateTime day)
        {
            await foreach (var item in Client.GetImagesOfTheDayAsync(PageRange.All, null, StopToken).ConfigureAwait(false))
            {
                var date = item.Date?.Date;
                if (date == day) return item;
                if (date < day) return null; // newest first: past the day, it is not there
            }
            return null;
        }
    }
}
