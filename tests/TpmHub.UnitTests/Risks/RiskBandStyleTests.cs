using TpmHub.Core.Risks;
using TpmHub.Web.Features.Risks;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskBandStyleTests
{
    [Theory]
    [InlineData(RiskBand.Low, "#66bb6a", "low")]
    [InlineData(RiskBand.Medium, "#fdd835", "medium")]
    [InlineData(RiskBand.High, "#fb8c00", "high")]
    [InlineData(RiskBand.Critical, "#c62828", "critical")]
    public void Background_EachBand_GreenYellowOrangeRed(RiskBand band, string colour, string label)
    {
        RiskBandStyle.Background(band).Should().Be(colour);
        RiskBandStyle.Label(band).Should().Be(label);
    }

    [Fact]
    public void Foreground_OnlyCritical_IsWhite()
    {
        RiskBandStyle.Foreground(RiskBand.Critical).Should().Be("#ffffff");
        Enum.GetValues<RiskBand>().Where(b => b != RiskBand.Critical).Select(RiskBandStyle.Foreground).Should().AllBe("rgba(0,0,0,0.87)");
    }

    [Fact]
    public void Css_Faded_AddsOpacityOnly()
    {
        RiskBandStyle.Css(RiskBand.High).Should().Be("background-color:#fb8c00;color:rgba(0,0,0,0.87)");
        RiskBandStyle.Css(RiskBand.High, faded: true).Should().Be("background-color:#fb8c00;color:rgba(0,0,0,0.87);opacity:0.35");
    }
}
