using System.Text.Json.Nodes;
using static AutoPermits.Engine.Tests.Applications.ReadingAssert;

namespace AutoPermits.Engine.Tests.Applications;

/// <summary>Social and general types accept any JSON object as data, up to 32 KiB.</summary>
public sealed class FreeFormDataTests
{
    [Theory]
    [InlineData("housing-benefit")]
    [InlineData("general-inquiry")]
    public void Any_object_is_accepted(string type)
    {
        var application = Samples.Application("social-type");
        application["type"] = type;
        application["data"] = new JsonObject { ["rentDkk"] = 6500, ["notes"] = new JsonArray("a", 1, true), ["nested"] = new JsonObject() };

        var read = Accepted(Read(application));

        Assert.Null(read.Form);
        Assert.Equal(6500, read.Data.GetProperty("rentDkk").GetInt32());
    }

    [Fact]
    public void Data_over_32_KiB_is_refused()
    {
        var application = Samples.Application("social-type");
        application["data"] = new JsonObject { ["text"] = new string('x', 33 * 1024) };

        Refused(Read(application), "data");
    }
}
