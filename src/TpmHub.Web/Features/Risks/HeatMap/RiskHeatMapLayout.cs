namespace TpmHub.Web.Features.Risks.HeatMap;

/// <summary>Arranges heat-map counts the way a risk matrix is read: probability rows from 5 (top) to 1, impact columns from 1 (left) to 5.</summary>
public static class RiskHeatMapLayout
{
    /// <summary>All 25 squares, row by row; a cell missing from <paramref name="cells"/> counts 0, duplicates add up.</summary>
    public static IReadOnlyList<IReadOnlyList<RiskHeatMapSquare>> Rows(IEnumerable<RiskHeatmapCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var counts = cells.Where(c => c.Probability is >= 1 and <= 5 && c.Impact is >= 1 and <= 5)
            .GroupBy(c => (c.Probability, c.Impact)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var rows = new List<IReadOnlyList<RiskHeatMapSquare>>(5);
        for (var p = 5; p >= 1; p--)
        {
            var row = new List<RiskHeatMapSquare>(5);
            for (var i = 1; i <= 5; i++)
            {
                row.Add(new RiskHeatMapSquare(p, i, counts.GetValueOrDefault((p, i))));
            }

            rows.Add(row);
        }

        return rows;
    }
}
