using TpmHub.Core.Risks;

namespace TpmHub.Core.Meetings;

/// <summary>
/// The RAID category a risk raised in a meeting most likely belongs to, from the words of its sentence (first match
/// wins, in this order): security, compliance, vendor, budget, resource, schedule; otherwise technical. The lead can
/// change it on the RAID entry afterwards.
/// </summary>
public static class SuggestedRiskCategory
{
    private static readonly (RiskCategory Category, string[] Stems)[] Rules =
    [
        (RiskCategory.Security, ["security", "breach", "vulnerab", "attack", "phish", "malware", "ransomware", "pentest", "penetration", "cve", "exploit", "credential", "encrypt"]),
        (RiskCategory.Compliance, ["audit", "complian", "regulat", "licen", "gdpr", "sox", "pci", "legal", "policy"]),
        (RiskCategory.Vendor, ["vendor", "supplier", "carrier", "contractor", "partner", "third-party", "third party", "procure"]),
        (RiskCategory.Budget, ["budget", "cost", "spend", "overrun the budget", "price", "invoice", "funding", "money", "expensive"]),
        (RiskCategory.Resource, ["staff", "people", "resourc", "capacity", "leave", "hire", "hiring", "attrition", "headcount", "key person", "bandwidth"]),
        (RiskCategory.Schedule, ["slip", "delay", "late", "deadline", "window", "freeze", "date", "schedule", "overrun", "behind", "timeline"]),
    ];

    public static RiskCategory Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.ToLowerInvariant();
        foreach (var (category, stems) in Rules)
        {
            if (stems.Any(s => text.Contains(s, StringComparison.Ordinal)))
            {
                return category;
            }
        }

        return RiskCategory.Technical;
    }
}
