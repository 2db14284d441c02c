using System;
using System.Linq;
using AstroBin.Emulator;
using AstroBin.Emulator.Data;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>The generated data set: reproducible and rich enough for the behaviours clients test.</summary>
public sealed class EmulatorDataTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public void The_same_seed_gives_the_same_data_and_another_seed_different_data()
    {
        var today = new DateOnly(2025, 6, 1);
        var first = EmulatorData.Create(new EmulatorOptions { Seed = 7, Today = today });
        var second = EmulatorData.Create(new EmulatorOptions { Seed = 7, Today = today });
        var other = EmulatorData.Create(new EmulatorOptions { Seed = 8, Today = today });

        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.NotEqual(Fingerprint(first), Fingerprint(other));
        Assert.Equal(first.ImagesOfTheDay.Select(row => row.Image.Id), second.ImagesOfTheDay.Select(row => row.Image.Id));
        Assert.Equal(today, first.ImagesOfTheDay[0].Date);
    }

    [Fact]
    public void The_data_set_has_the_documented_shape()
    {
        Assert.Equal(3000 + 8 + ArchiveImages.Count, Data.Images.Count);
        Assert.Equal(ArchiveImages.UnpublishedPlates.Count, Data.Images.Count(image => image.Published is null));
        Assert.Equal(8, Data.Images.Count(image => image.IsRecorded));
        Assert.True(Data.Images.Count(image => image.Solution?.ObjectsInField.Split(", ").Contains("M 31") == true) >= 150);
        Assert.True(Data.Images.Count(image => image.Title.Contains("andromeda", StringComparison.OrdinalIgnoreCase)) >= 60);
        Assert.InRange(Data.Images.Count(image => image.Hash is null), 12 + 3, 12 + 3);
        Assert.All(SpecialImages.Titles, title => Assert.Single(Data.Images, image => image.Title == title));
        Assert.Contains(Data.Images, image => image.Description?.Contains("wind", StringComparison.Ordinal) == true);
        Assert.True(Data.UserProfiles.Count(profile => profile.Username.Any(c => c > 127)) >= 10);
        Assert.Equal(EmulatorData.GeneratedUserCount + 8 + 1, Data.UserProfiles.Count);
        Assert.All(Data.Images.Where(image => image.Hash is not null), image =>
            Assert.Matches("^[a-z0-9]{6}$", image.Hash!));
        Assert.All(Data.Images, image => Assert.InRange(image.Uploaded, new DateTime(2015, 1, 1), new DateTime(2026, 1, 1)));
        Assert.Equal(365, Data.ImagesOfTheDay.Select(row => row.Image.Id).Distinct().Count());
    }

    [Fact]
    public void Lookups_find_images_profiles_and_images_of_the_day()
    {
        Assert.Equal(659781, Data.FindImageByHash("yx76x9")!.Id);
        Assert.Equal("Nik", Data.FindImageById(399902)!.User);
        Assert.Equal("crgood2", Data.FindUserProfileByUsername("crgood2")!.Username);
        Assert.Same(Data.UserProfiles[0], Data.FindUserProfile(Data.UserProfiles[0].Id));
        Assert.Same(Data.ImagesOfTheDay[0], Data.FindImageOfTheDay(Data.ImagesOfTheDay[0].Id));
    }

    private static string Fingerprint(EmulatorData data) =>
        string.Join("|", data.Images.Take(50).Select(image => $"{image.Id}:{image.Hash}:{image.Title}:{image.User}"));
}
