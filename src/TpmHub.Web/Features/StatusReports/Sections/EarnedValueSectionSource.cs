using TpmHub.Core.Reporting;
using TpmHub.Web.Features.Budget;

namespace TpmHub.Web.Features.StatusReports.Sections;

/// <summary>CPI, SPI and EAC at the period's last day, through the budget area's <see cref="EarnedValueService"/>.</summary>
public sealed class EarnedValueSectionSource(EarnedValueService earnedValue) : IStatusReportSectionSource
{
    public int Order => StatusReportSectionOrder.EarnedValue;

    public async Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var read = await earnedValue.AtAsync(context.Project, context.PeriodEnd, null, ct);
        if (!read.IsSuccess)
        {
            // Only a baseline that is not the project's fails, and none is asked for here.
            throw new InvalidOperationException("Earned value could not be read: " + read.Error!.Message);
        }

        var ev = read.Value!;
        return new EarnedValueReportFacts(ev.AsOf, ev.Currency, ev.Bac, ev.Spi, ev.Cpi, ev.Eac, ev.BasisText);
    }
}
