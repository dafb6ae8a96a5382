using Npgsql;
using NpgsqlTypes;
using TpmHub.Core.People;
using TpmHub.Core.Work;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The large seed's people, by binary COPY: 500 people in twelve teams (37.5 or 40 hours a week, a few part-time), one to five
/// skills each, a USD rate from 2025-01-01 and for about a third a raise from 2026-06-01, the public holidays of where they work
/// plus vacations, sick and training days; 3,000 allocations (six a person, 10–100 %, 4–26 weeks within 2026-01-01 … 2027-06-30,
/// so some weeks pass 100 %) and 20 placeholders with skill requirements; and a year of timesheets: every working day of the 52
/// weeks up to last Friday, 6–9 hours on the project the person is most allocated to that week (else their main project),
/// costed at the rate of the day, part of it against a work item in progress, approved when older than three weeks.
/// 400 people's main project is <c>LGAAA</c>; it starts in April, so they log to a home project until then and, from its start,
/// split enough days over two work items that <c>LGAAA</c> holds about <see cref="FirstProjectEntries"/> entries (the size
/// the earned-value target names). Project dates are left as they are.
/// </summary>
internal static class LargePeopleSeeder
{
    public const int PeopleCount = 500;
    public const int AllocationsPerPerson = 6;
    public const int PlaceholderCount = 20;
    public const int FirstProjectEntries = 100_000;

    private static readonly DateOnly RatesFrom = new(2025, 1, 1);
    private static readonly DateOnly RaiseFrom = new(2026, 6, 1);
    private static readonly DateOnly AllocationsFrom = new(2026, 1, 1);
    private static readonly DateOnly AllocationsTo = new(2027, 6, 30);

    public sealed record Counts(int People, int Skills, int Rates, int TimeOff, int Allocations, int Placeholders, int TimeEntries, int FirstProjectEntries);

    private sealed record Team(string Name, string[] Titles, string[] Skills);

    private static readonly Team[] Teams =
    [
        new("Cloud Platform", ["Cloud engineer", "Senior cloud engineer", "Cloud architect", "Platform engineer"], ["AWS", "Azure", "Terraform", "Kubernetes", "Linux", "CI/CD"]),
        new("Security", ["Security engineer", "Senior security engineer", "GRC analyst", "Security architect"], ["Zero trust", "Identity and access", "SOC 2", "Okta", "Threat modelling", "AWS"]),
        new("Data", ["Data engineer", "Database engineer", "Senior data engineer", "Analytics engineer"], ["PostgreSQL", "Oracle", "Python", "Kafka", "Spark", "SQL"]),
        new("Payments", ["Backend engineer", "Senior backend engineer", "QA engineer", "Product owner"], ["Java", "Kafka", "PostgreSQL", "Card payments", "Spring Boot", "Kubernetes"]),
        new("Infrastructure", ["Infrastructure engineer", "Windows server engineer", "Infrastructure architect", "Storage engineer"], ["VMware", "Windows Server", "Linux", "PowerShell", "Network engineering"]),
        new("Networking", ["Network engineer", "Senior network engineer", "Network architect"], ["Network engineering", "Cisco", "BGP", "Firewalls", "SD-WAN"]),
        new("Site Reliability", ["Site reliability engineer", "Senior SRE", "Observability engineer"], ["Kubernetes", "Observability", "Prometheus", "Terraform", "Go", "Incident management"]),
        new("Developer Experience", ["DevOps engineer", "Build engineer", "Senior DevOps engineer"], ["CI/CD", "GitHub Actions", "Kubernetes", "Go", "TypeScript"]),
        new("Identity", ["Identity engineer", "IAM architect", "Directory engineer"], ["Identity and access", "Okta", "Entra ID", "Java"]),
        new("ERP", ["SAP consultant", "Integration engineer", "ERP analyst"], ["SAP", "Oracle", "Integration", "SQL"]),
        new("Mobile", ["iOS engineer", "Android engineer", "Mobile QA engineer"], ["Swift", "Kotlin", "TypeScript", "React Native"]),
        new("PMO", ["Technical program manager", "Project manager", "Business analyst", "Scrum master"], ["Program management", "Risk management", "Stakeholder management", "Budgeting", "Jira"]),
    ];

    private static readonly string[] CommonSkills = ["Python", "Linux", "SQL", "Jira", "Agile"];

    private static readonly (string City, string Region)[] Locations =
    [
        ("Austin, TX", "US"), ("Seattle, WA", "US"), ("New York, NY", "US"), ("Chicago, IL", "US"), ("Denver, CO", "US"), ("Toronto, ON", "CA"),
        ("London, UK", "UK"), ("Manchester, UK", "UK"), ("Berlin, DE", "DE"), ("Munich, DE", "DE"), ("Bengaluru, IN", "IN"), ("Pune, IN", "IN"),
    ];

    private static readonly string[] FirstNames = ("Aaron Abigail Adebayo Aiko Alejandro Amara Ananya Andrei Anna Arjun Beatriz Bilal Chen Chloe Daniel Deepa " +
        "Diego Emma Ethan Fatima Felix Hana Hugo Ines Isaac Jana Kai Karin Kofi Laura Leon Lina Malik Maria Mateo Mia Nadia Noah Olga Omar Paula Rahul " +
        "Rosa Sara Stefan Tariq Vera Wei Yusuf Zoe").Split(' ');

    private static readonly string[] LastNames = ("Adams Ahmed Bauer Becker Brown Castro Choi Costa Das Evans Fischer Garcia Gupta Hall Hansen Ito Iyer " +
        "Jensen Johnson Kaur Khan Kowalski Larsen Lopez Martin Mensah Moreau Murphy Nair Nguyen Novak Okafor Olsen Park Perez Quinn Reddy Richter Rossi " +
        "Santos Schmidt Shah Silva Singh Smith Suzuki Taylor Walker Weber Young").Split(' ');

    private static readonly string[] Notes = ["", "", "", "Standup and code review", "Pairing", "Runbook updates", "Cutover rehearsal", "Design review",
        "Incident follow-up", "Test fixes", "Vendor call", "Migration wave prep", "Documentation", "Backlog refinement"];

    private static readonly (string Role, (string Skill, int Level, bool Preferred)[] Needs, bool Pmp)[] Roles =
    [
        ("Cloud architect", [("AWS", 4, false), ("Terraform", 3, true)], false),
        ("Kubernetes platform engineer", [("Kubernetes", 4, false), ("Observability", 3, true)], false),
        ("Data engineer", [("PostgreSQL", 3, false), ("Python", 3, false)], false),
        ("Security engineer", [("Zero trust", 3, false), ("Identity and access", 3, true)], false),
        ("Java backend engineer", [("Java", 4, false), ("Kafka", 3, true)], false),
        ("Network engineer", [("Network engineering", 4, false)], false),
        ("Technical program manager", [("Program management", 4, false), ("Risk management", 3, true)], true),
    ];

    private sealed record Alloc(int Project, int Percent, DateOnly From, DateOnly To);

    private sealed record Plan(string Name, Team Team, string Title, (string City, string Region) Location, decimal Hours, decimal Rate, decimal? Raise)
    {
        public Guid Id { get; } = Guid.CreateVersion7();
        public List<(string Skill, int Level)> Skills { get; } = [];
        public List<(DateOnly From, DateOnly To, TimeOffKind Kind)> TimeOff { get; } = [];
        public HashSet<DateOnly> Off { get; } = [];
        public List<Alloc> Allocations { get; } = [];
        public int Main { get; set; }
        public int Home { get; set; }

        public decimal RateOn(DateOnly day) => Raise is { } r && day >= RaiseFrom ? r : Rate;
    }

    public static async Task<Counts> CopyAsync(NpgsqlConnection connection, IReadOnlyList<LargeBudgetSeeder.ProjectPlan> plans, Random random,
        DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The 52 weeks ending last Friday (before today): Monday `first` to Friday `last`.
        var last = today.AddDays(-(((int)today.DayOfWeek + 1) % 7 + 1));
        var first = TimeEntryRules.WeekOf(last).AddDays(-7 * 51);
        var people = MakePeople(plans, random, first, today);
        var owners = await OwnerNamesAsync(connection, ct);
        var counts = await CopyPeopleAsync(connection, people, now, ct);
        await CopyAllocationsAsync(connection, plans, people, random, today, now, ct);
        var entries = new int[2];
        await CopyAsync(connection, "time_entries (id, project_id, person_id, work_item_id, date, hours, note, cost, approved_at, approved_by, created_at, updated_at)",
            Entries(plans, people, WorkingDays(plans, people, first, last), owners, random, today, entries), ct);
        return counts with { Allocations = people.Sum(p => p.Allocations.Count), Placeholders = PlaceholderCount, TimeEntries = entries[0] + entries[1], FirstProjectEntries = entries[1] };
    }

    private static List<Plan> MakePeople(IReadOnlyList<LargeBudgetSeeder.ProjectPlan> plans, Random random, DateOnly first, DateOnly today)
    {
        // Home projects: already running a year ago, so a person can log time to one from the first week.
        var running = Enumerable.Range(1, plans.Count - 1).Where(p => plans[p].Project.StartDate <= first).ToArray();
        var lgaaaStart = plans[0].Project.StartDate;
        var names = new HashSet<string>();
        var people = new List<Plan>(PeopleCount);
        for (var i = 0; i < PeopleCount; i++)
        {
            string name;
            do
            {
                name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            }
            while (!names.Add(name));

            var team = Teams[random.Next(Teams.Length)];
            var location = Locations[random.Next(Locations.Length)];
            var rate = (decimal)random.Next(60, 181);
            var person = new Plan(name, team, team.Titles[random.Next(team.Titles.Length)], location,
                random.Next(100) < 6 ? 24m + 4 * random.Next(3) : location.Region == "UK" ? 37.5m : 40m, rate,
                random.Next(3) == 0 ? Math.Round(rate * (1.03m + random.Next(0, 8) / 100m), 2) : null);
            var pool = team.Skills.Concat(CommonSkills).Distinct().OrderBy(_ => random.Next()).ToList();
            // The team's skills come first and stronger, a common one now and then.
            foreach (var skill in pool.Where(team.Skills.Contains).Take(random.Next(1, 5)).Concat(pool.Where(s => !team.Skills.Contains(s)).Take(random.Next(0, 2))))
            {
                person.Skills.Add((skill, team.Skills.Contains(skill) ? random.Next(2, 6) : random.Next(1, 4)));
            }

            AddTimeOff(person, random, first, today);

            // Main project and its two back-to-back allocations; LGAAA's people first work on a home project until it starts.
            var home = running[random.Next(running.Length)];
            var onFirst = i % 5 != 4; // 400 of the 500
            person.Main = onFirst ? 0 : home;
            person.Home = home;
            var mainFrom = onFirst ? lgaaaStart.AddDays(7 * random.Next(0, 3)) : AllocationsFrom.AddDays(7 * random.Next(0, 2));
            if (onFirst)
            {
                person.Allocations.Add(Allocate(home, 40 + 10 * random.Next(0, 4), AllocationsFrom, Math.Clamp((mainFrom.DayNumber - AllocationsFrom.DayNumber) / 7, 4, 26)));
            }

            var firstPart = Allocate(person.Main, 50 + 10 * random.Next(0, 6), mainFrom, random.Next(20, 27));
            person.Allocations.Add(firstPart);
            person.Allocations.Add(Allocate(person.Main, 40 + 10 * random.Next(0, 7), firstPart.To.AddDays(3), random.Next(20, 27)));
            while (person.Allocations.Count < AllocationsPerPerson)
            {
                var other = 1 + random.Next(plans.Count - 1);
                var weeks = random.Next(4, 27);
                var from = AllocationsFrom.AddDays(7 * random.Next(0, 78 - weeks));
                person.Allocations.Add(Allocate(other, onFirst ? 10 + 5 * random.Next(0, 7) : 10 + 10 * random.Next(0, 10), from, weeks));
            }

            people.Add(person);
        }

        return people;
    }

    /// <summary>From the Monday of <paramref name="from"/>'s week, <paramref name="weeks"/> weeks to a Friday, kept inside the allocation window.</summary>
    private static Alloc Allocate(int project, int percent, DateOnly from, int weeks)
    {
        var latest = TimeEntryRules.WeekOf(AllocationsTo.AddDays(-25));
        var monday = TimeEntryRules.WeekOf(from > latest ? latest : from);
        monday = monday < AllocationsFrom ? TimeEntryRules.WeekOf(AllocationsFrom).AddDays(7) : monday;
        var to = monday.AddDays(7 * weeks - 3);
        return new Alloc(project, percent, monday, to > AllocationsTo ? AllocationsTo : to);
    }

    private static void AddTimeOff(Plan person, Random random, DateOnly first, DateOnly today)
    {
        var lastYear = Math.Max(AllocationsTo.Year, today.Year + 1);
        for (var year = first.Year; year <= lastYear; year++)
        {
            foreach (var day in Holidays(person.Location.Region, year).Distinct())
            {
                person.TimeOff.Add((day, day, TimeOffKind.PublicHoliday));
            }

            // A summer break of one or two weeks, another week in spring or autumn for most, Christmas week for some.
            var summer = TimeEntryRules.WeekOf(new DateOnly(year, 6, 8)).AddDays(7 * random.Next(0, 11));
            person.TimeOff.Add((summer, summer.AddDays(random.Next(2) == 0 ? 4 : 11), TimeOffKind.Vacation));
            if (random.Next(10) < 7)
            {
                var week = TimeEntryRules.WeekOf(new DateOnly(year, random.Next(2) == 0 ? 3 : 10, 3)).AddDays(7 * random.Next(0, 6));
                person.TimeOff.Add((week, week.AddDays(4), TimeOffKind.Vacation));
            }

            if (random.Next(4) == 0)
            {
                person.TimeOff.Add((new DateOnly(year, 12, 28), new DateOnly(year, 12, 31), TimeOffKind.Vacation));
            }

            if (random.Next(5) == 0)
            {
                var course = TimeEntryRules.WeekOf(new DateOnly(year, 1, 15)).AddDays(7 * random.Next(0, 45) + random.Next(0, 3));
                person.TimeOff.Add((course, course.AddDays(random.Next(1, 3)), TimeOffKind.Training));
            }
        }

        // Nothing that ended before the year of timesheets; then a few sick days on days that were not off already.
        person.TimeOff.RemoveAll(t => t.To < first);
        person.Off.UnionWith(person.TimeOff.SelectMany(t => Enumerable.Range(0, t.To.DayNumber - t.From.DayNumber + 1).Select(t.From.AddDays)));
        foreach (var sick in Enumerable.Range(0, random.Next(0, 5)).Select(_ => first.AddDays(random.Next(0, 364))).ToList())
        {
            if (sick.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && person.Off.Add(sick))
            {
                person.TimeOff.Add((sick, sick, TimeOffKind.Sick));
            }
        }
    }

    /// <summary>The public holidays of a region in a year, a weekend one moved to the Friday before or the Monday after.</summary>
    private static IEnumerable<DateOnly> Holidays(string region, int year)
    {
        var easter = Easter(year);
        DateOnly Nth(int month, DayOfWeek day, int n) // the n-th such weekday of the month; n = -1: the last
        {
            var edge = n > 0 ? new DateOnly(year, month, 1) : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return n > 0 ? edge.AddDays(((int)day - (int)edge.DayOfWeek + 7) % 7 + 7 * (n - 1)) : edge.AddDays(-(((int)edge.DayOfWeek - (int)day + 7) % 7));
        }

        DateOnly[] days = region switch
        {
            "US" => [new(year, 1, 1), Nth(5, DayOfWeek.Monday, -1), new(year, 7, 4), Nth(9, DayOfWeek.Monday, 1), Nth(11, DayOfWeek.Thursday, 4), new(year, 12, 25)],
            "CA" => [new(year, 1, 1), easter.AddDays(-2), new(year, 7, 1), Nth(9, DayOfWeek.Monday, 1), Nth(10, DayOfWeek.Monday, 2), new(year, 12, 25), new(year, 12, 26)],
            "UK" => [new(year, 1, 1), easter.AddDays(-2), easter.AddDays(1), Nth(5, DayOfWeek.Monday, 1), Nth(5, DayOfWeek.Monday, -1), Nth(8, DayOfWeek.Monday, -1),
                new(year, 12, 25), new(year, 12, 26)],
            "DE" => [new(year, 1, 1), easter.AddDays(-2), easter.AddDays(1), new(year, 5, 1), easter.AddDays(39), new(year, 10, 3), new(year, 12, 25), new(year, 12, 26)],
            _ => [new(year, 1, 26), new(year, 8, 15), new(year, 10, 2), new(year, 12, 25)],
        };
        return days.Select(d => d.DayOfWeek switch { DayOfWeek.Saturday => d.AddDays(-1), DayOfWeek.Sunday => d.AddDays(1), _ => d });
    }

    /// <summary>Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }

    private static async Task<Dictionary<string, string>> OwnerNamesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var names = new Dictionary<string, string>();
        await using var command = new NpgsqlCommand("SELECT id, user_name FROM \"AspNetUsers\" WHERE user_name IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }

    private static async Task<Counts> CopyPeopleAsync(NpgsqlConnection connection, List<Plan> people, DateTimeOffset now, CancellationToken ct)
    {
        await CopyAsync(connection, "people (id, name, email, user_id, title, team, location, weekly_capacity_hours, created_at, updated_at)",
            people.Select(p => Row(
                (p.Id, NpgsqlDbType.Uuid), (p.Name, NpgsqlDbType.Varchar), (p.Name.ToLowerInvariant().Replace(' ', '.') + "@large.tpmhub.local", NpgsqlDbType.Varchar),
                (null, NpgsqlDbType.Text), (p.Title, NpgsqlDbType.Varchar), (p.Team.Name, NpgsqlDbType.Varchar), (p.Location.City, NpgsqlDbType.Varchar),
                (p.Hours, NpgsqlDbType.Numeric), (now, NpgsqlDbType.TimestampTz), (now, NpgsqlDbType.TimestampTz))), ct);
        await CopyAsync(connection, "person_skills (person_id, name, level)", people.SelectMany(p => p.Skills.Select(s => Row(
                (p.Id, NpgsqlDbType.Uuid), (s.Skill, NpgsqlDbType.Varchar), (s.Level, NpgsqlDbType.Integer)))), ct);
        await CopyAsync(connection, "person_rates (id, person_id, rate_per_hour, currency, \"from\")", people.SelectMany(p =>
            (p.Raise is { } r ? new[] { (p.Rate, RatesFrom), (r, RaiseFrom) } : [(p.Rate, RatesFrom)]).Select(x => Row(
                (Guid.CreateVersion7(), NpgsqlDbType.Uuid), (p.Id, NpgsqlDbType.Uuid), (x.Item1, NpgsqlDbType.Numeric), ("USD", NpgsqlDbType.Char), (x.Item2, NpgsqlDbType.Date)))), ct);
        await CopyAsync(connection, "person_time_off (id, person_id, \"from\", \"to\", kind)", people.SelectMany(p => p.TimeOff.Select(t => Row(
                (Guid.CreateVersion7(), NpgsqlDbType.Uuid), (p.Id, NpgsqlDbType.Uuid), (t.From, NpgsqlDbType.Date), (t.To, NpgsqlDbType.Date), (t.Kind.ToString(), NpgsqlDbType.Varchar)))), ct);
        return new Counts(people.Count, people.Sum(p => p.Skills.Count), people.Sum(p => p.Raise is null ? 1 : 2), people.Sum(p => p.TimeOff.Count), 0, 0, 0, 0);
    }

    private static (object? Value, NpgsqlDbType Type)[] Row(params (object? Value, NpgsqlDbType Type)[] cells) => cells;

    /// <summary>COPYs the rows (cells as value and type; a null value is a database null) into the table and columns named.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, string tableAndColumns, IEnumerable<(object? Value, NpgsqlDbType Type)[]> rows, CancellationToken ct)
    {
        await using var w = await connection.BeginBinaryImportAsync($"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await w.StartRowAsync(ct);
            foreach (var (value, type) in row)
            {
                await LargeRaidSeeder.WriteNullableAsync(w, value, type, ct);
            }
        }

        await w.CompleteAsync(ct);
    }

    /// <summary>Everyone's allocations, then the placeholders (five on LGAAA, starting from next week on).</summary>
    private static Task CopyAllocationsAsync(NpgsqlConnection connection, IReadOnlyList<LargeBudgetSeeder.ProjectPlan> plans, List<Plan> people,
        Random random, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var rows = people.SelectMany(p => p.Allocations.Select(a => (a.Project, (Guid?)p.Id, a.Percent, a.From, a.To, "[]", a.Project == p.Main ? p.Title : null))).ToList();
        var earliest = TimeEntryRules.WeekOf(today).AddDays(7);
        for (var n = 0; n < PlaceholderCount; n++)
        {
            var (role, needs, pmp) = Roles[random.Next(Roles.Length)];
            // The JSON EF writes for the owned Requirements collection (property names as in RoleRequirement, kinds as names).
            var json = needs.Select(x => $$"""{"Kind": "Skill", "Name": "{{x.Skill}}", "MinLevel": {{x.Level}}, "Preferred": {{(x.Preferred ? "true" : "false")}}}""")
                .Concat(pmp ? [$$"""{"Kind": "Certification", "Name": "PMP", "MinLevel": null, "Preferred": true}"""] : []);
            var from = earliest.AddDays(7 * random.Next(0, 16));
            var to = from.AddDays(7 * random.Next(8, 21) - 3);
            rows.Add((n < 5 ? 0 : 1 + random.Next(plans.Count - 1), null, 50 + 25 * random.Next(0, 3), from, to > AllocationsTo ? AllocationsTo : to,
                "[" + string.Join(", ", json) + "]", role));
        }

        return CopyAsync(connection, "allocations (id, project_id, person_id, percent, \"from\", \"to\", created_at, updated_at, requirements, role)",
            rows.Select(a => Row(
                (Guid.CreateVersion7(), NpgsqlDbType.Uuid), (plans[a.Item1].Project.Id, NpgsqlDbType.Uuid), (a.Item2, NpgsqlDbType.Uuid), (a.Item3, NpgsqlDbType.Integer),
                (a.Item4, NpgsqlDbType.Date), (a.Item5, NpgsqlDbType.Date), (now, NpgsqlDbType.TimestampTz), (now, NpgsqlDbType.TimestampTz), (a.Item6, NpgsqlDbType.Jsonb),
                (a.Item7, NpgsqlDbType.Varchar))), ct);
    }

    /// <summary>Who worked where on each working day: the started project they are most allocated to that week, else their main, else home.</summary>
    private static List<(int Person, DateOnly Day, int Project)> WorkingDays(IReadOnlyList<LargeBudgetSeeder.ProjectPlan> plans, List<Plan> people,
        DateOnly first, DateOnly last)
    {
        var days = new List<(int Person, DateOnly Day, int Project)>(PeopleCount * 260);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || person.Off.Contains(day))
                {
                    continue;
                }

                var monday = TimeEntryRules.WeekOf(day);
                var project = person.Allocations.Where(a => a.From <= monday.AddDays(6) && a.To >= monday && plans[a.Project].Project.StartDate <= day)
                    .OrderByDescending(a => a.Percent).Select(a => (int?)a.Project).FirstOrDefault()
                    ?? (plans[person.Main].Project.StartDate <= day ? person.Main : person.Home);
                if (plans[project].Project.StartDate <= day)
                {
                    days.Add((i, day, project));
                }
            }
        }

        return days;
    }

    /// <summary>
    /// The entries of the working days: 6–9 hours, as one entry or split over two; six in ten against a task of the project planned
    /// that week; costed at the day's rate; approved (by the project's owner, the Monday after) when the week is three or more weeks back.
    /// <paramref name="counts"/> gets the number of entries elsewhere and in LGAAA.
    /// </summary>
    private static IEnumerable<(object?, NpgsqlDbType)[]> Entries(IReadOnlyList<LargeBudgetSeeder.ProjectPlan> plans, List<Plan> people,
        List<(int Person, DateOnly Day, int Project)> days, Dictionary<string, string> owners, Random random, DateOnly today, int[] counts)
    {
        // LGAAA's days split over two work items often enough that it holds about FirstProjectEntries entries; elsewhere one day in ten.
        var onFirst = days.Count(d => d.Project == 0);
        var firstSplit = onFirst == 0 ? 0.0 : Math.Clamp((FirstProjectEntries - onFirst) / (double)onFirst, 0.0, 1.0);
        var approvedUpTo = TimeEntryRules.WeekOf(today).AddDays(-21);
        var tasks = new Dictionary<(int Project, DateOnly Week), Guid[]>();
        foreach (var (i, day, project) in days)
        {
            var quarters = random.Next(24, 37);
            var parts = random.NextDouble() < (project == 0 ? firstSplit : 0.1) ? new[] { quarters / 2, quarters - quarters / 2 } : [quarters];
            var monday = TimeEntryRules.WeekOf(day);
            if (!tasks.TryGetValue((project, monday), out var active))
            {
                tasks[(project, monday)] = active = plans[project].Items
                    .Where(x => x.Item.Type == WorkItemType.Task && x.Start <= monday.AddDays(6) && x.Finish >= monday).Select(x => x.Item.Id).ToArray();
            }

            var approved = monday <= approvedUpTo;
            var created = new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero).AddMinutes(random.Next(0, 180)); // before today
            var approvedAt = new DateTimeOffset(monday.AddDays(7).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(random.Next(0, 480));
            foreach (var q in parts)
            {
                var hours = q / 4m;
                var item = active.Length > 0 && random.Next(10) < 6 ? active[random.Next(active.Length)] : (Guid?)null;
                counts[project == 0 ? 1 : 0]++;
                yield return
                [
                    (Guid.CreateVersion7(), NpgsqlDbType.Uuid), (plans[project].Project.Id, NpgsqlDbType.Uuid), (people[i].Id, NpgsqlDbType.Uuid), (item, NpgsqlDbType.Uuid),
                    (day, NpgsqlDbType.Date), (hours, NpgsqlDbType.Numeric), (Notes[random.Next(Notes.Length)], NpgsqlDbType.Varchar),
                    (hours * people[i].RateOn(day), NpgsqlDbType.Numeric), (approved ? approvedAt : null, NpgsqlDbType.TimestampTz),
                    (approved ? owners.GetValueOrDefault(plans[project].Project.OwnerId) : null, NpgsqlDbType.Varchar),
                    (created, NpgsqlDbType.TimestampTz), (approved ? approvedAt : created, NpgsqlDbType.TimestampTz),
                ];
            }
        }
    }
}
