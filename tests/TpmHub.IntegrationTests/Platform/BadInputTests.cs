using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using Xunit.Abstractions;

namespace TpmHub.IntegrationTests.Platform;

/// <summary>
/// The bad-input catalogue: every write endpoint of the API gets text with NUL, money beyond the column, dates outside the
/// window, malformed JSON and wrong JSON types, and must answer a problem-details 400 naming the field (415 for a body that
/// is not JSON) and change nothing. The cases share one project (a "scene") whose whole state is read before and after.
/// </summary>
[Collection(TpmHubCatalogueCollection.Name)]
public sealed class BadInputTests(TpmHubApp app, ITestOutputHelper output)
{
    private const string Json = "application/json";
    private const string Csv = "text/csv";

    // Placeholders: {nul} a JSON-escaped NUL, {key} project, {a} {b} {c} items, {r} RAID entry, {pv} {av} {rv} versions of project, item a and the entry, {new} an unused key,
    // {bl} {blv} a budget line and its version, {e} {ev} an expense and its version, {s} {sv} a stakeholder and its version,
    // {m} a milestone (a RACI row), {lead} the lead's user id.
    // {cm} {cmv} a communication and its version, {d} {dv} a decision and its version.
    // {sr} {srv} a draft status report and its version, {today} the app's today.
    // {mt} {mtv} a meeting and its version, {sg} an open suggestion of it.
    // {tp} a person with a USD rate, {te} {tev} a time entry of theirs and its version, {al} {alv} an allocation of theirs and its version.
    private static readonly BadInput[] Catalogue =
    [
        // Projects POST
        new("project-post-nul-name", "POST", "/api/v1/projects", """{"key":"{new}","name":"a{nul}b","kind":"other","startDate":"2026-01-05","targetDate":"2026-06-30"}""", "name"),
        new("project-post-nul-description", "POST", "/api/v1/projects", """{"key":"{new}","name":"n","kind":"other","startDate":"2026-01-05","targetDate":"2026-06-30","description":"{nul}"}""", "description"),
        new("project-post-nul-objectives", "POST", "/api/v1/projects", """{"key":"{new}","name":"n","kind":"other","startDate":"2026-01-05","targetDate":"2026-06-30","objectives":"x{nul}"}""", "objectives"),
        new("project-post-start-year-1", "POST", "/api/v1/projects", """{"key":"{new}","name":"n","kind":"other","startDate":"0001-01-01","targetDate":"2026-06-30"}""", "startDate"),
        new("project-post-target-9999", "POST", "/api/v1/projects", """{"key":"{new}","name":"n","kind":"other","startDate":"2026-01-05","targetDate":"9999-12-31"}""", "targetDate"),
        new("project-post-name-number", "POST", "/api/v1/projects", """{"key":"{new}","name":123,"kind":"other","startDate":"2026-01-05","targetDate":"2026-06-30"}""", "name"),
        new("project-post-malformed", "POST", "/api/v1/projects", """{"key":"{new}","name":""", "$"),
        new("project-post-empty-body", "POST", "/api/v1/projects", "", "$"),
        new("project-post-text-plain", "POST", "/api/v1/projects", """{"key":"{new}","name":"n","kind":"other","startDate":"2026-01-05","targetDate":"2026-06-30"}""", null, "text/plain", 415),
        // Projects PUT
        new("project-put-nul-name", "PUT", "/api/v1/projects/{key}", """{"name":"x{nul}","kind":"other","startDate":"2026-01-05","targetDate":"2026-12-31","version":{pv}}""", "name"),
        new("project-put-nul-description", "PUT", "/api/v1/projects/{key}", """{"name":"x","kind":"other","startDate":"2026-01-05","targetDate":"2026-12-31","description":"{nul}","version":{pv}}""", "description"),
        new("project-put-start-year-1", "PUT", "/api/v1/projects/{key}", """{"name":"x","kind":"other","startDate":"0001-01-01","targetDate":"2026-12-31","version":{pv}}""", "startDate"),
        new("project-put-target-2101", "PUT", "/api/v1/projects/{key}", """{"name":"x","kind":"other","startDate":"2026-01-05","targetDate":"2101-01-01","version":{pv}}""", "targetDate"),
        new("project-put-version-text", "PUT", "/api/v1/projects/{key}", """{"name":"x","kind":"other","startDate":"2026-01-05","targetDate":"2026-12-31","version":"new"}""", "version"),
        new("project-put-malformed", "PUT", "/api/v1/projects/{key}", """{"name":"x",}""", "$"),
        // Health override PUT
        new("health-override-nul-reason", "PUT", "/api/v1/projects/{key}/health-override", """{"rating":"red","reason":"a{nul}"}""", "reason"),
        new("health-override-no-reason", "PUT", "/api/v1/projects/{key}/health-override", """{"rating":"red"}""", "reason"),
        new("health-override-rating-purple", "PUT", "/api/v1/projects/{key}/health-override", """{"rating":"purple","reason":"why"}""", "rating"),
        new("health-override-rating-number", "PUT", "/api/v1/projects/{key}/health-override", """{"rating":2,"reason":"why"}""", "rating"),
        new("health-override-malformed", "PUT", "/api/v1/projects/{key}/health-override", """{"rating":"red",""", "$"),
        // Share links POST
        new("share-link-nul-label", "POST", "/api/v1/projects/{key}/share-links", """{"expiresOn":"2099-01-01","label":"a{nul}"}""", "label"),
        new("share-link-expiry-2101", "POST", "/api/v1/projects/{key}/share-links", """{"expiresOn":"2101-01-01"}""", "expiresOn"),
        new("share-link-expiry-text", "POST", "/api/v1/projects/{key}/share-links", """{"expiresOn":"soon"}""", "expiresOn"),
        new("share-link-password-number", "POST", "/api/v1/projects/{key}/share-links", """{"expiresOn":"2099-01-01","password":12345678}""", "password"),
        new("share-link-malformed", "POST", "/api/v1/projects/{key}/share-links", """{"expiresOn":""", "$"),
        // Work items POST
        new("item-post-nul-title", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t{nul}","type":"task","durationDays":1}""", "title"),
        new("item-post-nul-description", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1,"description":"{nul}"}""", "description"),
        new("item-post-budget-1e20", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1,"budget":1e20}""", "budget"),
        new("item-post-budget-2pow63", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1,"budget":9223372036854775808}""", "budget"),
        new("item-post-budget-decimal-max", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1,"budget":79228162514264337593543950335}""", "budget"),
        new("item-post-budget-1e308", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1,"budget":1e308}""", "budget"),
        new("item-post-budget-three-decimals", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1,"budget":10.125}""", "budget"),
        new("item-post-snet-9999", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":10000,"startNoEarlierThan":"9999-12-31"}""", "startNoEarlierThan"),
        new("item-post-snet-1980", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1,"startNoEarlierThan":"1980-01-01"}""", "startNoEarlierThan"),
        new("item-post-beyond-window", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":10000,"startNoEarlierThan":"2090-01-02"}""", "durationDays"),
        new("item-post-duration-1e20", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1e20}""", "durationDays"),
        new("item-post-duration-text", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":"five"}""", "durationDays"),
        new("item-post-title-number", "POST", "/api/v1/projects/{key}/work-items", """{"title":7,"type":"task","durationDays":1}""", "title"),
        new("item-post-malformed", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t" "type":"task"}""", "$"),
        new("item-post-empty-body", "POST", "/api/v1/projects/{key}/work-items", "", "$"),
        new("item-post-text-plain", "POST", "/api/v1/projects/{key}/work-items", """{"title":"t","type":"task","durationDays":1}""", null, "text/plain", 415),
        // Work items PUT
        new("item-put-nul-title", "PUT", "/api/v1/work-items/{a}", """{"title":"{nul}","type":"task","durationDays":5,"version":{av}}""", "title"),
        new("item-put-budget-1e20", "PUT", "/api/v1/work-items/{a}", """{"title":"A","type":"task","durationDays":5,"budget":1e20,"version":{av}}""", "budget"),
        new("item-put-snet-year-1", "PUT", "/api/v1/work-items/{a}", """{"title":"A","type":"task","durationDays":5,"startNoEarlierThan":"0001-01-01","version":{av}}""", "startNoEarlierThan"),
        new("item-put-actual-start-9999", "PUT", "/api/v1/work-items/{a}", """{"title":"A","type":"task","durationDays":5,"actualStart":"9999-12-31","version":{av}}""", "actualStart"),
        new("item-put-beyond-window", "PUT", "/api/v1/work-items/{a}", """{"title":"A","type":"task","durationDays":10000,"startNoEarlierThan":"2095-06-01","version":{av}}""", "durationDays"),
        new("item-put-percent-text", "PUT", "/api/v1/work-items/{a}", """{"title":"A","type":"task","durationDays":5,"percentComplete":"half","version":{av}}""", "percentComplete"),
        new("item-put-malformed", "PUT", "/api/v1/work-items/{a}", """[1,2""", "$"),
        // Work items PATCH
        new("item-patch-nul-description", "PATCH", "/api/v1/work-items/{a}", """{"description":"d{nul}","version":{av}}""", "description"),
        new("item-patch-nul-parent", "PATCH", "/api/v1/work-items/{a}", """{"parentKey":"{b}{nul}","version":{av}}""", "parentKey"),
        new("item-patch-budget-decimal-max", "PATCH", "/api/v1/work-items/{a}", """{"budget":79228162514264337593543950335,"version":{av}}""", "budget"),
        new("item-patch-budget-negative", "PATCH", "/api/v1/work-items/{a}", """{"budget":-0.01,"version":{av}}""", "budget"),
        new("item-patch-snet-2101", "PATCH", "/api/v1/work-items/{a}", """{"startNoEarlierThan":"2101-01-03","version":{av}}""", "startNoEarlierThan"),
        new("item-patch-duration-over-limit", "PATCH", "/api/v1/work-items/{a}", """{"durationDays":10001,"version":{av}}""", "durationDays"),
        new("item-patch-estimate-text", "PATCH", "/api/v1/work-items/{a}", """{"estimate":{"optimistic":"x","mostLikely":1,"pessimistic":2},"version":{av}}""", "estimate.optimistic"),
        new("item-patch-malformed", "PATCH", "/api/v1/work-items/{a}", """{"version":{av}""", "$"),
        // Work item status
        new("item-status-nul", "PUT", "/api/v1/work-items/{a}/status", """{"status":"done{nul}"}""", "status"),
        new("item-status-number", "PUT", "/api/v1/work-items/{a}/status", """{"status":4}""", "status"),
        new("item-status-malformed", "PUT", "/api/v1/work-items/{a}/status", """{status:"done"}""", "$"),
        // Dependencies POST
        new("link-nul-predecessor", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}{nul}","successor":"{b}","type":"FS","lagDays":0}""", "predecessor"),
        new("link-nul-successor", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}","successor":"{nul}","type":"FS","lagDays":0}""", "successor"),
        new("link-lag-int-min", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}","successor":"{b}","type":"FS","lagDays":-2147483648}""", "lagDays"),
        new("link-lag-beyond-int", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}","successor":"{b}","type":"FS","lagDays":2147483648}""", "lagDays"),
        new("link-lag-beyond-window", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}","successor":"{c}","type":"FS","lagDays":10000}""", "lagDays"),
        new("link-type-number", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}","successor":"{b}","type":1,"lagDays":0}""", "type"),
        new("link-type-unknown", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}","successor":"{b}","type":"XX","lagDays":0}""", "type"),
        new("link-malformed", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":""", "$"),
        new("link-text-plain", "POST", "/api/v1/projects/{key}/dependencies", """{"predecessor":"{a}","successor":"{b}","type":"FS"}""", null, "text/plain", 415),
        // Calendar PUT
        new("calendar-holiday-9999", "PUT", "/api/v1/projects/{key}/calendar", """{"holidays":["9999-12-31"]}""", "holidays"),
        new("calendar-holiday-1980", "PUT", "/api/v1/projects/{key}/calendar", """{"holidays":["1980-01-01"]}""", "holidays"),
        new("calendar-holiday-nul", "PUT", "/api/v1/projects/{key}/calendar", """{"holidays":["2026-05-01{nul}"]}""", "holidays"),
        new("calendar-holidays-string", "PUT", "/api/v1/projects/{key}/calendar", """{"holidays":"2026-05-01"}""", "holidays"),
        new("calendar-malformed", "PUT", "/api/v1/projects/{key}/calendar", """{"holidays":[""", "$"),
        new("calendar-text-plain", "PUT", "/api/v1/projects/{key}/calendar", """{"holidays":[]}""", null, "text/plain", 415),
        // Baselines POST
        new("baseline-nul-name", "POST", "/api/v1/projects/{key}/baselines", """{"name":"Plan{nul}"}""", "name"),
        new("baseline-name-number", "POST", "/api/v1/projects/{key}/baselines", """{"name":5}""", "name"),
        new("baseline-malformed", "POST", "/api/v1/projects/{key}/baselines", """{"name":"x""", "$"),
        new("baseline-empty-body", "POST", "/api/v1/projects/{key}/baselines", "", "$"),
        // RAID POST
        new("raid-post-nul-title", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk","title":"{nul}","probability":2,"impact":2,"category":"vendor"}""", "title"),
        new("raid-post-nul-mitigation", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk","title":"t","probability":2,"impact":2,"category":"vendor","mitigationPlan":"m{nul}"}""", "mitigationPlan"),
        new("raid-post-nul-need", "POST", "/api/v1/projects/{key}/raid", """{"kind":"dependency","title":"t","need":"n{nul}"}""", "need"),
        new("raid-post-nul-work-item-key", "POST", "/api/v1/projects/{key}/raid", """{"kind":"issue","title":"t","workItemKeys":["{a}{nul}"]}""", "workItemKeys"),
        new("raid-post-cost-1e20", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk","title":"t","probability":2,"impact":2,"category":"vendor","costImpact":1e20}""", "costImpact"),
        new("raid-post-cost-decimal-max", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk","title":"t","probability":2,"impact":2,"category":"vendor","costImpact":79228162514264337593543950335}""", "costImpact"),
        new("raid-post-review-9999", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk","title":"t","probability":2,"impact":2,"category":"vendor","reviewDate":"9999-12-31"}""", "reviewDate"),
        new("raid-post-due-year-1", "POST", "/api/v1/projects/{key}/raid", """{"kind":"issue","title":"t","dueDate":"0001-01-01"}""", "dueDate"),
        new("raid-post-needed-by-2101", "POST", "/api/v1/projects/{key}/raid", """{"kind":"dependency","title":"t","neededBy":"2101-01-01"}""", "neededBy"),
        new("raid-post-probability-1e20", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk","title":"t","probability":1e20,"impact":2,"category":"vendor"}""", "probability"),
        new("raid-post-probability-text", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk","title":"t","probability":"high","impact":2,"category":"vendor"}""", "probability"),
        new("raid-post-malformed", "POST", "/api/v1/projects/{key}/raid", """{"kind":"risk",,}""", "$"),
        new("raid-post-text-plain", "POST", "/api/v1/projects/{key}/raid", """{"kind":"issue","title":"t"}""", null, "text/plain", 415),
        // RAID PUT
        new("raid-put-nul-title", "PUT", "/api/v1/raid/{r}", """{"kind":"risk","title":"{nul}","probability":2,"impact":2,"category":"vendor","version":{rv}}""", "title"),
        new("raid-put-nul-trigger", "PUT", "/api/v1/raid/{r}", """{"kind":"risk","title":"R","probability":2,"impact":2,"category":"vendor","trigger":"{nul}","version":{rv}}""", "trigger"),
        new("raid-put-cost-1e20", "PUT", "/api/v1/raid/{r}", """{"kind":"risk","title":"R","probability":2,"impact":2,"category":"vendor","costImpact":1e20,"version":{rv}}""", "costImpact"),
        new("raid-put-review-9999", "PUT", "/api/v1/raid/{r}", """{"kind":"risk","title":"R","probability":2,"impact":2,"category":"vendor","reviewDate":"9999-12-31","version":{rv}}""", "reviewDate"),
        new("raid-put-version-text", "PUT", "/api/v1/raid/{r}", """{"kind":"risk","title":"R","probability":2,"impact":2,"category":"vendor","version":"v1"}""", "version"),
        new("raid-put-malformed", "PUT", "/api/v1/raid/{r}", """{"kind":"risk" """, "$"),
        // RAID templates POST
        new("raid-templates-nul", "POST", "/api/v1/projects/{key}/raid/templates", """{"templateIds":["{nul}"]}""", "templateIds"),
        new("raid-templates-string", "POST", "/api/v1/projects/{key}/raid/templates", """{"templateIds":"all"}""", "templateIds"),
        new("raid-templates-malformed", "POST", "/api/v1/projects/{key}/raid/templates", """{"templateIds":[1""", "$"),
        // Budget lines POST
        new("budget-line-post-nul-note", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":10,"note":"n{nul}"}""", "note"),
        new("budget-line-post-nul-month", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03{nul}","amount":10}""", "month"),
        new("budget-line-post-nul-category", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour{nul}","spendType":"opEx","month":"2026-03","amount":10}""", "category"),
        new("budget-line-post-amount-1e20", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":1e20}""", "amount"),
        new("budget-line-post-amount-decimal-max", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":79228162514264337593543950335}""", "amount"),
        new("budget-line-post-amount-1e308", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":1e308}""", "amount"),
        new("budget-line-post-amount-three-decimals", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":10.125}""", "amount"),
        new("budget-line-post-month-9999", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"9999-12","amount":10}""", "month"),
        new("budget-line-post-month-year-1", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"0001-01","amount":10}""", "month"),
        new("budget-line-post-amount-text", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":"ten"}""", "amount"),
        new("budget-line-post-category-number", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":3,"spendType":"opEx","month":"2026-03","amount":10}""", "category"),
        new("budget-line-post-malformed", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour",""", "$"),
        new("budget-line-post-empty-body", "POST", "/api/v1/projects/{key}/budget-lines", "", "$"),
        new("budget-line-post-text-plain", "POST", "/api/v1/projects/{key}/budget-lines", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":10}""", null, "text/plain", 415),
        // Budget lines PUT
        new("budget-line-put-nul-note", "PUT", "/api/v1/projects/{key}/budget-lines/{bl}", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":10,"note":"{nul}","version":{blv}}""", "note"),
        new("budget-line-put-amount-1e20", "PUT", "/api/v1/projects/{key}/budget-lines/{bl}", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":1e20,"version":{blv}}""", "amount"),
        new("budget-line-put-month-2101", "PUT", "/api/v1/projects/{key}/budget-lines/{bl}", """{"category":"labour","spendType":"opEx","month":"2101-01","amount":10,"version":{blv}}""", "month"),
        new("budget-line-put-version-text", "PUT", "/api/v1/projects/{key}/budget-lines/{bl}", """{"category":"labour","spendType":"opEx","month":"2026-03","amount":10,"version":"v1"}""", "version"),
        new("budget-line-put-malformed", "PUT", "/api/v1/projects/{key}/budget-lines/{bl}", """{"category":"labour" """, "$"),
        // Expenses POST
        new("expense-post-nul-vendor", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":5,"category":"labour","vendor":"v{nul}"}""", "vendor"),
        new("expense-post-nul-reference", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":5,"category":"labour","reference":"{nul}"}""", "reference"),
        new("expense-post-nul-note", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":5,"category":"labour","note":"{nul}"}""", "note"),
        new("expense-post-nul-work-item", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":5,"category":"labour","workItem":"{a}{nul}"}""", "workItem"),
        new("expense-post-nul-date", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02{nul}","amount":5,"category":"labour"}""", "date"),
        new("expense-post-amount-1e20", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":1e20,"category":"labour"}""", "amount"),
        new("expense-post-amount-decimal-max", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":79228162514264337593543950335,"category":"labour"}""", "amount"),
        new("expense-post-amount-1e308", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":1e308,"category":"labour"}""", "amount"),
        new("expense-post-date-9999", "POST", "/api/v1/projects/{key}/expenses", """{"date":"9999-12-31","amount":5,"category":"labour"}""", "date"),
        new("expense-post-date-year-1", "POST", "/api/v1/projects/{key}/expenses", """{"date":"0001-01-01","amount":5,"category":"labour"}""", "date"),
        new("expense-post-date-number", "POST", "/api/v1/projects/{key}/expenses", """{"date":20260202,"amount":5,"category":"labour"}""", "date"),
        new("expense-post-amount-text", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":"5 USD","category":"labour"}""", "amount"),
        new("expense-post-malformed", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02",,}""", "$"),
        new("expense-post-text-plain", "POST", "/api/v1/projects/{key}/expenses", """{"date":"2026-02-02","amount":5,"category":"labour"}""", null, "text/plain", 415),
        // Expenses PUT
        new("expense-put-nul-vendor", "PUT", "/api/v1/projects/{key}/expenses/{e}", """{"date":"2026-02-02","amount":5,"category":"labour","vendor":"{nul}","version":{ev}}""", "vendor"),
        new("expense-put-amount-1e20", "PUT", "/api/v1/projects/{key}/expenses/{e}", """{"date":"2026-02-02","amount":1e20,"category":"labour","version":{ev}}""", "amount"),
        new("expense-put-date-2101", "PUT", "/api/v1/projects/{key}/expenses/{e}", """{"date":"2101-01-01","amount":5,"category":"labour","version":{ev}}""", "date"),
        new("expense-put-version-text", "PUT", "/api/v1/projects/{key}/expenses/{e}", """{"date":"2026-02-02","amount":5,"category":"labour","version":"v"}""", "version"),
        new("expense-put-malformed", "PUT", "/api/v1/projects/{key}/expenses/{e}", """[{"date":""", "$"),
        // Progress POST
        new("progress-asof-nul", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":10,"asOf":"2026-02-02{nul}"}""", "asOf"),
        new("progress-asof-9999", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":10,"asOf":"9999-12-31"}""", "asOf"),
        new("progress-asof-year-1", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":10,"asOf":"0001-01-01"}""", "asOf"),
        new("progress-asof-number", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":10,"asOf":20260202}""", "asOf"),
        new("progress-percent-1e20", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":1e20}""", "percentComplete"),
        new("progress-percent-text", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":"half"}""", "percentComplete"),
        new("progress-percent-101", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":101}""", "percentComplete"),
        new("progress-malformed", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":""", "$"),
        new("progress-empty-body", "POST", "/api/v1/work-items/{a}/progress", "", "$"),
        new("progress-text-plain", "POST", "/api/v1/work-items/{a}/progress", """{"percentComplete":10}""", null, "text/plain", 415),
        // Budget settings PUT
        new("budget-settings-1e20", "PUT", "/api/v1/projects/{key}/budget-settings", """{"warningPercent":1e20}""", "warningPercent"),
        new("budget-settings-text", "PUT", "/api/v1/projects/{key}/budget-settings", """{"warningPercent":"ninety"}""", "warningPercent"),
        new("budget-settings-zero", "PUT", "/api/v1/projects/{key}/budget-settings", """{"warningPercent":0}""", "warningPercent"),
        new("budget-settings-malformed", "PUT", "/api/v1/projects/{key}/budget-settings", """{"warningPercent":}""", "$"),
        new("budget-settings-text-plain", "PUT", "/api/v1/projects/{key}/budget-settings", """{"warningPercent":80}""", null, "text/plain", 415),
        // Expenses CSV import (errors keyed by spreadsheet row: the header is row 1)
        new("expenses-import-nul-note", "POST", "/api/v1/projects/{key}/expenses/import", "date,amount,category,note\n2026-03-01,1,labour,a\0b\n", "row 2: note", Csv),
        new("expenses-import-amount-1e20", "POST", "/api/v1/projects/{key}/expenses/import", "date,amount,category\n2026-03-01,1,labour\n2026-03-02,100000000000000000000,labour\n", "row 3: amount", Csv),
        new("expenses-import-date-9999", "POST", "/api/v1/projects/{key}/expenses/import", "date,amount,category\n9999-12-31,1,labour\n", "row 2: date", Csv),
        new("expenses-import-unclosed-quote", "POST", "/api/v1/projects/{key}/expenses/import", "date,amount,category\n2026-03-01,\"1,labour\n", "row 2", Csv),
        new("expenses-import-no-amount-column", "POST", "/api/v1/projects/{key}/expenses/import", "date,category\n2026-03-01,labour\n", "row 1: amount", Csv),
        new("expenses-import-text-plain", "POST", "/api/v1/projects/{key}/expenses/import", "date,amount,category\n2026-03-01,1,labour\n", null, "text/plain", 415),
        // Stakeholders POST
        new("stakeholder-post-nul-name", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"C{nul}FO","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "name"),
        new("stakeholder-post-nul-strategy", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","strategy":"{nul}"}""", "strategy"),
        new("stakeholder-post-nul-preferences", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","preferences":"p{nul}"}""", "preferences"),
        new("stakeholder-post-nul-user", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","userId":"{nul}"}""", "userId"),
        new("stakeholder-post-nul-engagement", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":3,"interest":3,"engagement":"neutral{nul}","desiredEngagement":"supportive"}""", "engagement"),
        new("stakeholder-post-power-6", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":6,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "power"),
        new("stakeholder-post-interest-0", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":3,"interest":0,"engagement":"neutral","desiredEngagement":"supportive"}""", "interest"),
        new("stakeholder-post-power-1e20", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":1e20,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "power"),
        new("stakeholder-post-power-text", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":"high","interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "power"),
        new("stakeholder-post-name-number", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":42,"power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "name"),
        new("stakeholder-post-engagement-number", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":3,"interest":3,"engagement":2,"desiredEngagement":"supportive"}""", "engagement"),
        new("stakeholder-post-malformed", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO",,}""", "$"),
        new("stakeholder-post-empty-body", "POST", "/api/v1/projects/{key}/stakeholders", "", "$"),
        new("stakeholder-post-text-plain", "POST", "/api/v1/projects/{key}/stakeholders", """{"name":"CFO","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", null, "text/plain", 415),
        // Stakeholders PUT
        new("stakeholder-put-nul-name", "PUT", "/api/v1/stakeholders/{s}", """{"name":"{nul}","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","version":{sv}}""", "name"),
        new("stakeholder-put-nul-email", "PUT", "/api/v1/stakeholders/{s}", """{"name":"S","email":"s{nul}@example.com","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","version":{sv}}""", "email"),
        new("stakeholder-put-interest-6", "PUT", "/api/v1/stakeholders/{s}", """{"name":"S","power":3,"interest":6,"engagement":"neutral","desiredEngagement":"supportive","version":{sv}}""", "interest"),
        new("stakeholder-put-power-2pow31", "PUT", "/api/v1/stakeholders/{s}", """{"name":"S","power":2147483648,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","version":{sv}}""", "power"),
        new("stakeholder-put-interest-text", "PUT", "/api/v1/stakeholders/{s}", """{"name":"S","power":3,"interest":"low","engagement":"neutral","desiredEngagement":"supportive","version":{sv}}""", "interest"),
        new("stakeholder-put-version-text", "PUT", "/api/v1/stakeholders/{s}", """{"name":"S","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","version":"v"}""", "version"),
        new("stakeholder-put-malformed", "PUT", "/api/v1/stakeholders/{s}", """{"name":"S" """, "$"),
        new("stakeholder-put-text-plain", "PUT", "/api/v1/stakeholders/{s}", """{"name":"S","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","version":{sv}}""", null, "text/plain", 415),
        // RACI row PUT
        new("raci-put-nul-role", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[{"memberUserId":"{lead}","role":"A{nul}"}]}""", "cells[0].role"),
        new("raci-put-nul-member", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[{"memberUserId":"{nul}","role":"A"}]}""", "cells[0].memberUserId"),
        new("raci-put-nul-stakeholder", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[{"stakeholderId":"{s}{nul}","role":"A"}]}""", "cells[0].stakeholderId"),
        new("raci-put-role-number", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[{"memberUserId":"{lead}","role":1}]}""", "cells[0].role"),
        new("raci-put-role-x", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[{"memberUserId":"{lead}","role":"X"}]}""", "cells[0].role"),
        new("raci-put-both-people", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[{"memberUserId":"{lead}","stakeholderId":"{s}","role":"A"}]}""", "cells[0].memberUserId"),
        new("raci-put-same-person-twice", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[{"stakeholderId":"{s}","role":"A"},{"stakeholderId":"{s}","role":"R"}]}""", "cells[1].stakeholderId"),
        new("raci-put-cells-object", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":{"memberUserId":"{lead}","role":"A"}}""", "cells"),
        new("raci-put-no-cells", "PUT", "/api/v1/projects/{key}/raci/{m}", """{}""", "cells"),
        new("raci-put-task-row", "PUT", "/api/v1/projects/{key}/raci/{a}", """{"cells":[{"memberUserId":"{lead}","role":"A"}]}""", "itemKey"),
        new("raci-put-malformed", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[""", "$"),
        new("raci-put-empty-body", "PUT", "/api/v1/projects/{key}/raci/{m}", "", "$"),
        new("raci-put-text-plain", "PUT", "/api/v1/projects/{key}/raci/{m}", """{"cells":[]}""", null, "text/plain", 415),
        // Communications POST
        new("communication-post-nul-audience", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S{nul}","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01"}""", "audience"),
        new("communication-post-nul-notes", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01","notes":"{nul}"}""", "notes"),
        new("communication-post-nul-stakeholder", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01","stakeholderIds":["{s}{nul}"]}""", "stakeholderIds"),
        new("communication-post-nul-owner", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01","ownerId":"{nul}"}""", "ownerId"),
        new("communication-post-next-due-9999", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"9999-12-31"}""", "nextDue"),
        new("communication-post-next-due-number", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":20261201}""", "nextDue"),
        new("communication-post-frequency-number", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":1,"nextDue":"2026-12-01"}""", "frequency"),
        new("communication-post-stakeholders-string", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01","stakeholderIds":"{s}"}""", "stakeholderIds"),
        new("communication-post-malformed", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S",,}""", "$"),
        new("communication-post-empty-body", "POST", "/api/v1/projects/{key}/communications", "", "$"),
        new("communication-post-text-plain", "POST", "/api/v1/projects/{key}/communications", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01"}""", null, "text/plain", 415),
        // Communications PUT
        new("communication-put-nul-what", "PUT", "/api/v1/communications/{cm}", """{"audience":"S","what":"{nul}","channel":"Email","frequency":"weekly","nextDue":"2026-12-01","version":{cmv}}""", "what"),
        new("communication-put-next-due-year-1", "PUT", "/api/v1/communications/{cm}", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"0001-01-01","version":{cmv}}""", "nextDue"),
        new("communication-put-version-text", "PUT", "/api/v1/communications/{cm}", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01","version":"v"}""", "version"),
        new("communication-put-malformed", "PUT", "/api/v1/communications/{cm}", """{"audience":"S" """, "$"),
        new("communication-put-text-plain", "PUT", "/api/v1/communications/{cm}", """{"audience":"S","what":"w","channel":"Email","frequency":"weekly","nextDue":"2026-12-01","version":{cmv}}""", null, "text/plain", 415),
        // Communications mark sent
        new("communication-sent-nul-on", "POST", "/api/v1/communications/{cm}/sent", """{"on":"2026-11-02{nul}"}""", "on"),
        new("communication-sent-on-9999", "POST", "/api/v1/communications/{cm}/sent", """{"on":"9999-12-31"}""", "on"),
        new("communication-sent-on-number", "POST", "/api/v1/communications/{cm}/sent", """{"on":20261102}""", "on"),
        new("communication-sent-version-text", "POST", "/api/v1/communications/{cm}/sent", """{"version":"v"}""", "version"),
        new("communication-sent-malformed", "POST", "/api/v1/communications/{cm}/sent", """{"on":""", "$"),
        new("communication-sent-text-plain", "POST", "/api/v1/communications/{cm}/sent", """{"on":"2026-11-02"}""", null, "text/plain", 415),
        // Decisions POST
        new("decision-post-nul-title", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T{nul}","decision":"d"}""", "title"),
        new("decision-post-nul-context", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T","decision":"d","context":"{nul}"}""", "context"),
        new("decision-post-nul-link", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T","decision":"d","links":["{a}{nul}"]}""", "links"),
        new("decision-post-nul-superseded-by", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T","decision":"d","status":"superseded","decidedOn":"2026-01-05","supersededBy":"{d}{nul}"}""", "supersededBy"),
        new("decision-post-decided-on-9999", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T","decision":"d","status":"accepted","decidedOn":"9999-12-31"}""", "decidedOn"),
        new("decision-post-status-number", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T","decision":"d","status":2}""", "status"),
        new("decision-post-links-number", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T","decision":"d","links":[12]}""", "links[0]"),
        new("decision-post-malformed", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T",,}""", "$"),
        new("decision-post-empty-body", "POST", "/api/v1/projects/{key}/decisions", "", "$"),
        new("decision-post-text-plain", "POST", "/api/v1/projects/{key}/decisions", """{"title":"T","decision":"d"}""", null, "text/plain", 415),
        // Decisions PUT
        new("decision-put-nul-decision", "PUT", "/api/v1/decisions/{d}", """{"title":"T","decision":"{nul}","version":{dv}}""", "decision"),
        new("decision-put-decided-on-year-1", "PUT", "/api/v1/decisions/{d}", """{"title":"T","decision":"d","status":"accepted","decidedOn":"0001-01-01","version":{dv}}""", "decidedOn"),
        new("decision-put-self-superseded", "PUT", "/api/v1/decisions/{d}", """{"title":"T","decision":"d","status":"superseded","decidedOn":"2026-01-05","supersededBy":"{d}","version":{dv}}""", "supersededBy"),
        new("decision-put-version-text", "PUT", "/api/v1/decisions/{d}", """{"title":"T","decision":"d","version":"v"}""", "version"),
        new("decision-put-malformed", "PUT", "/api/v1/decisions/{d}", """{"title":"T" """, "$"),
        new("decision-put-text-plain", "PUT", "/api/v1/decisions/{d}", """{"title":"T","decision":"d","version":{dv}}""", null, "text/plain", 415),
        // Status reports POST
        new("status-report-post-nul-start", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":"{today}{nul}","periodEnd":"{today}"}""", "periodStart"),
        new("status-report-post-start-number", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":20261123,"periodEnd":"{today}"}""", "periodStart"),
        new("status-report-post-start-year-1", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":"0001-01-01","periodEnd":"{today}"}""", "periodStart"),
        new("status-report-post-end-9999", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":"{today}","periodEnd":"9999-12-31"}""", "periodEnd"),
        new("status-report-post-end-before-start", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":"{today}","periodEnd":"2026-01-05"}""", "periodEnd"),
        new("status-report-post-no-end", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":"{today}"}""", "periodEnd"),
        new("status-report-post-malformed", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":""", "$"),
        new("status-report-post-empty-body", "POST", "/api/v1/projects/{key}/status-reports", "", "$"),
        new("status-report-post-text-plain", "POST", "/api/v1/projects/{key}/status-reports", """{"periodStart":"{today}","periodEnd":"{today}"}""", null, "text/plain", 415),
        // Status reports PUT
        new("status-report-put-nul-narrative", "PUT", "/api/v1/status-reports/{sr}", """{"narrative":"a{nul}b","version":{srv}}""", "narrative"),
        new("status-report-put-narrative-number", "PUT", "/api/v1/status-reports/{sr}", """{"narrative":7,"version":{srv}}""", "narrative"),
        new("status-report-put-no-narrative", "PUT", "/api/v1/status-reports/{sr}", """{"version":{srv}}""", "narrative"),
        new("status-report-put-version-text", "PUT", "/api/v1/status-reports/{sr}", """{"narrative":"n","version":"v"}""", "version"),
        new("status-report-put-malformed", "PUT", "/api/v1/status-reports/{sr}", """{"narrative":"n" """, "$"),
        new("status-report-put-text-plain", "PUT", "/api/v1/status-reports/{sr}", """{"narrative":"n","version":{srv}}""", null, "text/plain", 415),
        // Meetings POST
        new("meeting-post-nul-title", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T{nul}","date":"2026-11-30"}""", "title"),
        new("meeting-post-nul-notes", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30","notes":"a{nul}"}""", "notes"),
        new("meeting-post-nul-attendee", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30","attendees":[{"name":"M{nul}"}]}""", "attendees[0]"),
        new("meeting-post-unknown-user", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30","attendees":[{"userId":"nobody"}]}""", "attendees[0].userId"),
        new("meeting-post-date-9999", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"9999-12-31"}""", "date"),
        new("meeting-post-date-number", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":20261130}""", "date"),
        new("meeting-post-time-25", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30","time":"25:00"}""", "time"),
        new("meeting-post-type-party", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30","type":"party"}""", "type"),
        new("meeting-post-agenda-unknown-link", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30","agenda":[{"text":"x","link":"{new}-1"}]}""", "agenda[0].link"),
        new("meeting-post-attendees-string", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30","attendees":"everyone"}""", "attendees"),
        new("meeting-post-malformed", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T",,}""", "$"),
        new("meeting-post-empty-body", "POST", "/api/v1/projects/{key}/meetings", "", "$"),
        new("meeting-post-text-plain", "POST", "/api/v1/projects/{key}/meetings", """{"title":"T","date":"2026-11-30"}""", null, "text/plain", 415),
        // Meetings PUT
        new("meeting-put-nul-notes", "PUT", "/api/v1/meetings/{mt}", """{"title":"T","date":"2026-11-30","notes":"{nul}","version":{mtv}}""", "notes"),
        new("meeting-put-no-version", "PUT", "/api/v1/meetings/{mt}", """{"title":"T","date":"2026-11-30"}""", "version"),
        new("meeting-put-version-text", "PUT", "/api/v1/meetings/{mt}", """{"title":"T","date":"2026-11-30","version":"v"}""", "version"),
        new("meeting-put-unknown-stakeholder", "PUT", "/api/v1/meetings/{mt}", """{"title":"T","date":"2026-11-30","attendees":[{"stakeholderId":"{mt}"}],"version":{mtv}}""", "attendees[0].stakeholderId"),
        new("meeting-put-malformed", "PUT", "/api/v1/meetings/{mt}", """{"title":"T" """, "$"),
        new("meeting-put-text-plain", "PUT", "/api/v1/meetings/{mt}", """{"title":"T","date":"2026-11-30","version":{mtv}}""", null, "text/plain", 415),
        // Accepting a suggestion
        new("suggestion-accept-nul-text", "POST", "/api/v1/meetings/{mt}/suggestions/{sg}/accept", """{"text":"a{nul}"}""", "text"),
        new("suggestion-accept-due-text", "POST", "/api/v1/meetings/{mt}/suggestions/{sg}/accept", """{"due":"friday"}""", "due"),
        new("suggestion-accept-due-9999", "POST", "/api/v1/meetings/{mt}/suggestions/{sg}/accept", """{"due":"9999-12-31"}""", "due"),
        new("suggestion-accept-owner-stranger", "POST", "/api/v1/meetings/{mt}/suggestions/{sg}/accept", """{"owner":"Nobody Here"}""", "owner"),
        new("suggestion-accept-text-number", "POST", "/api/v1/meetings/{mt}/suggestions/{sg}/accept", """{"text":5}""", "text"),
        new("suggestion-accept-malformed", "POST", "/api/v1/meetings/{mt}/suggestions/{sg}/accept", """{"text":""", "$"),
        new("suggestion-accept-text-plain", "POST", "/api/v1/meetings/{mt}/suggestions/{sg}/accept", """{"text":"x"}""", null, "text/plain", 415),
        // Time entries POST
        new("time-post-nul-note", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"2026-02-03","hours":1,"note":"a{nul}"}""", "note"),
        new("time-post-hours-25", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"2026-02-03","hours":25}""", "hours"),
        new("time-post-day-over-24", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"2026-02-02","hours":20}""", "hours"),
        new("time-post-before-start", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"2026-01-02","hours":1}""", "date"),
        new("time-post-date-9999", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"9999-12-31","hours":1}""", "date"),
        new("time-post-date-number", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":20260203,"hours":1}""", "date"),
        new("time-post-hours-text", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"2026-02-03","hours":"eight"}""", "hours"),
        new("time-post-person-number", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":7,"date":"2026-02-03","hours":1}""", "personId"),
        new("time-post-nul-work-item", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"2026-02-03","hours":1,"workItem":"{a}{nul}"}""", "workItem"),
        new("time-post-malformed", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}",,}""", "$"),
        new("time-post-empty-body", "POST", "/api/v1/projects/{key}/time-entries", "", "$"),
        new("time-post-text-plain", "POST", "/api/v1/projects/{key}/time-entries", """{"personId":"{tp}","date":"2026-02-03","hours":1}""", null, "text/plain", 415),
        // Time entries PUT
        new("time-put-nul-note", "PUT", "/api/v1/time-entries/{te}", """{"personId":"{tp}","date":"2026-02-02","hours":1,"note":"{nul}","version":{tev}}""", "note"),
        new("time-put-hours-zero", "PUT", "/api/v1/time-entries/{te}", """{"personId":"{tp}","date":"2026-02-02","hours":0,"version":{tev}}""", "hours"),
        new("time-put-version-text", "PUT", "/api/v1/time-entries/{te}", """{"personId":"{tp}","date":"2026-02-02","hours":1,"version":"v"}""", "version"),
        new("time-put-malformed", "PUT", "/api/v1/time-entries/{te}", """{"personId":"{tp}" """, "$"),
        new("time-put-text-plain", "PUT", "/api/v1/time-entries/{te}", """{"personId":"{tp}","date":"2026-02-02","hours":1,"version":{tev}}""", null, "text/plain", 415),
        // Allocations POST / PUT
        new("allocation-post-percent-0", "POST", "/api/v1/projects/{key}/allocations", """{"personId":"{tp}","percent":0,"from":"2026-02-02","to":"2026-03-02"}""", "percent"),
        new("allocation-post-percent-101", "POST", "/api/v1/projects/{key}/allocations", """{"personId":"{tp}","percent":101,"from":"2026-02-02","to":"2026-03-02"}""", "percent"),
        new("allocation-post-ends-before-start", "POST", "/api/v1/projects/{key}/allocations", """{"personId":"{tp}","percent":50,"from":"2026-03-02","to":"2026-02-02"}""", "to"),
        new("allocation-post-from-9999", "POST", "/api/v1/projects/{key}/allocations", """{"personId":"{tp}","percent":50,"from":"9999-01-01","to":"9999-12-31"}""", "from"),
        new("allocation-post-nul-from", "POST", "/api/v1/projects/{key}/allocations", """{"personId":"{tp}","percent":50,"from":"2026-02-02{nul}","to":"2026-03-02"}""", "from"),
        new("allocation-post-percent-text", "POST", "/api/v1/projects/{key}/allocations", """{"personId":"{tp}","percent":"half","from":"2026-02-02","to":"2026-03-02"}""", "percent"),
        new("allocation-post-person-number", "POST", "/api/v1/projects/{key}/allocations", """{"personId":3,"percent":50,"from":"2026-02-02","to":"2026-03-02"}""", "personId"),
        new("allocation-post-malformed", "POST", "/api/v1/projects/{key}/allocations", """{"personId":""", "$"),
        new("allocation-post-text-plain", "POST", "/api/v1/projects/{key}/allocations", """{"personId":"{tp}","percent":50,"from":"2026-02-02","to":"2026-03-02"}""", null, "text/plain", 415),
        new("allocation-put-no-version", "PUT", "/api/v1/allocations/{al}", """{"personId":"{tp}","percent":50,"from":"2026-02-02","to":"2026-03-02"}""", "version"),
        new("allocation-put-percent-200", "PUT", "/api/v1/allocations/{al}", """{"personId":"{tp}","percent":200,"from":"2026-02-02","to":"2026-03-02","version":{alv}}""", "percent"),
        new("allocation-put-malformed", "PUT", "/api/v1/allocations/{al}", """{"personId":"{tp}" """, "$"),
        new("allocation-put-text-plain", "PUT", "/api/v1/allocations/{al}", """{"personId":"{tp}","percent":50,"from":"2026-02-02","to":"2026-03-02","version":{alv}}""", null, "text/plain", 415),
        // Placeholders and filling them
        new("allocation-post-no-person-no-role", "POST", "/api/v1/projects/{key}/allocations", """{"percent":50,"from":"2026-02-02","to":"2026-03-02"}""", "personId"),
        new("allocation-post-role-201", "POST", "/api/v1/projects/{key}/allocations", $$"""{"role":"{{new string('r', 201)}}","percent":50,"from":"2026-02-02","to":"2026-03-02"}""", "role"),
        new("allocation-post-unknown-certification", "POST", "/api/v1/projects/{key}/allocations",
            """{"role":"Architect","percent":50,"from":"2026-02-02","to":"2026-03-02","requirements":[{"kind":"certification","name":"NOPE"}]}""", "requirements[0].name"),
        new("allocation-post-requirement-kind", "POST", "/api/v1/projects/{key}/allocations",
            """{"role":"Architect","percent":50,"from":"2026-02-02","to":"2026-03-02","requirements":[{"kind":"hobby","name":"Chess"}]}""", "requirements[0].kind"),
        new("allocation-post-skill-level-9", "POST", "/api/v1/projects/{key}/allocations",
            """{"role":"Architect","percent":50,"from":"2026-02-02","to":"2026-03-02","requirements":[{"kind":"skill","name":"AWS","minLevel":9}]}""", "requirements[0].minLevel"),
        new("allocation-assign-no-person", "POST", "/api/v1/allocations/{al}/assign", """{"version":{alv}}""", "personId"),
        new("allocation-assign-unknown-person", "POST", "/api/v1/allocations/{al}/assign", """{"personId":"00000000-0000-0000-0000-000000000001","version":{alv}}""", "personId"),
        new("allocation-assign-no-version", "POST", "/api/v1/allocations/{al}/assign", """{"personId":"{tp}"}""", "version"),
        new("allocation-assign-malformed", "POST", "/api/v1/allocations/{al}/assign", """{"personId":""", "$"),
        new("allocation-assign-text-plain", "POST", "/api/v1/allocations/{al}/assign", """{"personId":"{tp}","version":{alv}}""", null, "text/plain", 415),
        // Forecasts and their defaults
        new("forecast-iterations-50", "POST", "/api/v1/projects/{key}/forecasts", """{"iterations":50}""", "iterations"),
        new("forecast-iterations-text", "POST", "/api/v1/projects/{key}/forecasts", """{"iterations":"many"}""", "iterations"),
        new("forecast-distribution-normal", "POST", "/api/v1/projects/{key}/forecasts", """{"distribution":"normal"}""", "distribution"),
        new("forecast-target-bad-date", "POST", "/api/v1/projects/{key}/forecasts", """{"targetDate":"14/05/2027"}""", "targetDate"),
        new("forecast-target-9999", "POST", "/api/v1/projects/{key}/forecasts", """{"targetDate":"9999-01-01"}""", "targetDate"),
        new("forecast-malformed", "POST", "/api/v1/projects/{key}/forecasts", """{"iterations":""", "$"),
        new("forecast-text-plain", "POST", "/api/v1/projects/{key}/forecasts", """{"iterations":100}""", null, "text/plain", 415),
        new("forecast-settings-high-600", "PUT", "/api/v1/projects/{key}/forecast-settings", """{"distribution":"pert","spreadLowPercent":10,"spreadHighPercent":600}""", "spreadHighPercent"),
        new("forecast-settings-low-negative", "PUT", "/api/v1/projects/{key}/forecast-settings", """{"distribution":"pert","spreadLowPercent":-1,"spreadHighPercent":30}""", "spreadLowPercent"),
        new("forecast-settings-no-distribution", "PUT", "/api/v1/projects/{key}/forecast-settings", """{"spreadLowPercent":10,"spreadHighPercent":30}""", "distribution"),
        new("forecast-settings-malformed", "PUT", "/api/v1/projects/{key}/forecast-settings", """{"distribution":""", "$"),
        // Timesheet approval
        new("timesheet-approve-week-text", "POST", "/api/v1/projects/{key}/people/{tp}/timesheet/approve", """{"week":"this week"}""", "week"),
        new("timesheet-approve-nul-week", "POST", "/api/v1/projects/{key}/people/{tp}/timesheet/approve", """{"week":"2026-02-02{nul}"}""", "week"),
        new("timesheet-approve-week-number", "POST", "/api/v1/projects/{key}/people/{tp}/timesheet/approve", """{"week":20260202}""", "week"),
        new("timesheet-approve-no-week", "POST", "/api/v1/projects/{key}/people/{tp}/timesheet/approve", """{}""", "week"),
        new("timesheet-approve-malformed", "POST", "/api/v1/projects/{key}/people/{tp}/timesheet/approve", """{"week":""", "$"),
        new("timesheet-approve-text-plain", "POST", "/api/v1/projects/{key}/people/{tp}/timesheet/approve", """{"week":"2026-02-02"}""", null, "text/plain", 415),
        // People POST / PUT, certifications POST (admins), credentials POST / PUT, units POST ({pp} {ppv} a person and its version, {cr} {crv} a credential)
        new("person-post-nul-name", "POST", "/api/v1/people", """{"name":"A{nul}","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD"}""", "name"),
        new("person-post-rate-zero", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":0,"costCurrency":"USD"}""", "costRate"),
        new("person-post-rate-1e20", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":1e20,"costCurrency":"USD"}""", "costRate"),
        new("person-post-currency-lower", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"usd"}""", "costCurrency"),
        new("person-post-capacity-169", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":169,"costRate":90,"costCurrency":"USD"}""", "weeklyCapacityHours"),
        new("person-post-skill-level-6", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","skills":[{"name":"AWS","level":6}]}""", "skills[0].level"),
        new("person-post-skill-twice", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","skills":[{"name":"AWS","level":2},{"name":"aws","level":3}]}""", "skills[1].name"),
        new("person-post-nul-skill", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","skills":[{"name":"A{nul}","level":2}]}""", "skills[0].name"),
        new("person-post-time-off-backwards", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","timeOff":[{"from":"2026-08-10","to":"2026-08-01"}]}""", "timeOff[0].to"),
        new("person-post-time-off-9999", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","timeOff":[{"from":"2026-08-10","to":"9999-12-31"}]}""", "timeOff[0].to"),
        new("person-post-rate-from-1980", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","costRateFrom":"1980-01-01"}""", "costRateFrom"),
        new("person-post-unknown-user", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","userId":"nobody"}""", "userId"),
        new("person-post-taken-user", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","userId":"{lead}"}""", "userId"),
        new("person-post-rate-text", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":"ninety","costCurrency":"USD"}""", "costRate"),
        new("person-post-skills-string", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","skills":"AWS"}""", "skills"),
        new("person-post-malformed", "POST", "/api/v1/people", """{"name":"A",""", "$"),
        new("person-post-empty-body", "POST", "/api/v1/people", "", "$"),
        new("person-post-text-plain", "POST", "/api/v1/people", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD"}""", null, "text/plain", 415),
        new("person-put-nul-team", "PUT", "/api/v1/people/{pp}", """{"name":"A","team":"{nul}","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","version":{ppv}}""", "team"),
        new("person-put-no-version", "PUT", "/api/v1/people/{pp}", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD"}""", "version"),
        new("person-put-rate-before-history", "PUT", "/api/v1/people/{pp}", """{"name":"A","weeklyCapacityHours":40,"costRate":99,"costCurrency":"USD","costRateFrom":"2025-01-01","version":{ppv}}""", "costRateFrom"),
        new("person-put-rate-from-2101", "PUT", "/api/v1/people/{pp}", """{"name":"A","weeklyCapacityHours":40,"costRate":99,"costCurrency":"USD","costRateFrom":"2101-01-01","version":{ppv}}""", "costRateFrom"),
        new("person-put-version-text", "PUT", "/api/v1/people/{pp}", """{"name":"A","weeklyCapacityHours":40,"costRate":90,"costCurrency":"USD","version":"v"}""", "version"),
        new("person-put-malformed", "PUT", "/api/v1/people/{pp}", """{"name":"A" """, "$"),
        new("certification-post-nul-name", "POST", "/api/v1/certifications", """{"code":"{new}","name":"N{nul}","issuingBody":"B"}""", "name", AsAdmin: true),
        new("certification-post-bad-code", "POST", "/api/v1/certifications", """{"code":"a b","name":"N","issuingBody":"B"}""", "code", AsAdmin: true),
        new("certification-post-years-text", "POST", "/api/v1/certifications", """{"code":"{new}","name":"N","issuingBody":"B","renewalYears":"three"}""", "renewalYears", AsAdmin: true),
        new("certification-post-malformed", "POST", "/api/v1/certifications", """{"code":""", "$", AsAdmin: true),
        new("certification-post-text-plain", "POST", "/api/v1/certifications", """{"code":"{new}","name":"N","issuingBody":"B"}""", null, "text/plain", 415, AsAdmin: true),
        new("credential-post-nul-id", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"PMP","credentialId":"X{nul}","earnedOn":"2026-01-05"}""", "credentialId"),
        new("credential-post-expires-before-earned", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"PMP","earnedOn":"2026-01-05","expiresOn":"2026-01-04"}""", "expiresOn"),
        new("credential-post-earned-1980", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"PMP","earnedOn":"1980-01-01"}""", "earnedOn"),
        new("credential-post-expires-9999", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"PMP","earnedOn":"2026-01-05","expiresOn":"9999-12-31"}""", "expiresOn"),
        new("credential-post-unknown-certification", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"NOPE","earnedOn":"2026-01-05"}""", "certification"),
        new("credential-post-duplicate-id", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"CSM","credentialId":"CSM-SCENE-1","earnedOn":"2026-01-05"}""", "credentialId"),
        new("credential-post-earned-number", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"PMP","earnedOn":20260105}""", "earnedOn"),
        new("credential-post-malformed", "POST", "/api/v1/people/{pp}/credentials", """{"certification":""", "$"),
        new("credential-post-text-plain", "POST", "/api/v1/people/{pp}/credentials", """{"certification":"PMP","earnedOn":"2026-01-05"}""", null, "text/plain", 415),
        new("credential-put-expires-before-earned", "PUT", "/api/v1/credentials/{cr}", """{"certification":"CSM","credentialId":"CSM-SCENE-1","earnedOn":"2026-01-05","expiresOn":"2025-01-01","version":{crv}}""", "expiresOn"),
        new("credential-put-no-version", "PUT", "/api/v1/credentials/{cr}", """{"certification":"CSM","credentialId":"CSM-SCENE-1","earnedOn":"2026-01-05"}""", "version"),
        new("credential-put-malformed", "PUT", "/api/v1/credentials/{cr}", """{"certification":"CSM",}""", "$"),
        new("units-post-hours-zero", "POST", "/api/v1/credentials/{cr}/units", """{"date":"2026-02-02","hours":0,"activity":"Course"}""", "hours"),
        new("units-post-hours-1001", "POST", "/api/v1/credentials/{cr}/units", """{"date":"2026-02-02","hours":1001,"activity":"Course"}""", "hours"),
        new("units-post-outside-cycle", "POST", "/api/v1/credentials/{cr}/units", """{"date":"2025-12-31","hours":1,"activity":"Course"}""", "date"),
        new("units-post-date-9999", "POST", "/api/v1/credentials/{cr}/units", """{"date":"9999-12-31","hours":1,"activity":"Course"}""", "date"),
        new("units-post-nul-activity", "POST", "/api/v1/credentials/{cr}/units", """{"date":"2026-02-02","hours":1,"activity":"C{nul}"}""", "activity"),
        new("units-post-hours-text", "POST", "/api/v1/credentials/{cr}/units", """{"date":"2026-02-02","hours":"one","activity":"Course"}""", "hours"),
        new("units-post-malformed", "POST", "/api/v1/credentials/{cr}/units", """{"date":""", "$"),
        new("units-post-text-plain", "POST", "/api/v1/credentials/{cr}/units", """{"date":"2026-02-02","hours":1,"activity":"Course"}""", null, "text/plain", 415),
        // Members POST (admins)
        new("members-nul-user", "POST", "/api/v1/projects/{key}/members", """{"userId":"{nul}"}""", "userId", AsAdmin: true),
        new("members-user-number", "POST", "/api/v1/projects/{key}/members", """{"userId":42}""", "userId", AsAdmin: true),
        new("members-malformed", "POST", "/api/v1/projects/{key}/members", """{"userId":""", "$", AsAdmin: true),
        new("members-text-plain", "POST", "/api/v1/projects/{key}/members", """{"userId":"x"}""", null, "text/plain", 415, AsAdmin: true),
    ];

    private static readonly SemaphoreSlim SceneLock = new(1, 1);
    private static Scene? _scene;

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Catalogue)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Fact]
    public void Catalogue_CoversEveryWriteEndpointAndHasUniqueNames()
    {
        Catalogue.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        Catalogue.Select(c => $"{c.Method} {c.Path}").Distinct().Should().BeEquivalentTo(
            "POST /api/v1/projects", "PUT /api/v1/projects/{key}", "POST /api/v1/projects/{key}/work-items", "PUT /api/v1/work-items/{a}",
            "PATCH /api/v1/work-items/{a}", "PUT /api/v1/work-items/{a}/status", "POST /api/v1/projects/{key}/dependencies",
            "PUT /api/v1/projects/{key}/calendar", "POST /api/v1/projects/{key}/baselines", "POST /api/v1/projects/{key}/raid",
            "PUT /api/v1/raid/{r}", "POST /api/v1/projects/{key}/raid/templates", "POST /api/v1/projects/{key}/members",
            "POST /api/v1/projects/{key}/budget-lines", "PUT /api/v1/projects/{key}/budget-lines/{bl}", "POST /api/v1/projects/{key}/expenses",
            "PUT /api/v1/projects/{key}/expenses/{e}", "POST /api/v1/work-items/{a}/progress", "PUT /api/v1/projects/{key}/budget-settings",
            "POST /api/v1/projects/{key}/expenses/import", "POST /api/v1/projects/{key}/stakeholders", "PUT /api/v1/stakeholders/{s}",
            "PUT /api/v1/projects/{key}/health-override", "POST /api/v1/projects/{key}/share-links",
            "PUT /api/v1/projects/{key}/raci/{m}", "PUT /api/v1/projects/{key}/raci/{a}",
            "POST /api/v1/projects/{key}/communications", "PUT /api/v1/communications/{cm}", "POST /api/v1/communications/{cm}/sent",
            "POST /api/v1/projects/{key}/decisions", "PUT /api/v1/decisions/{d}",
            "POST /api/v1/projects/{key}/status-reports", "PUT /api/v1/status-reports/{sr}",
            "POST /api/v1/projects/{key}/meetings", "PUT /api/v1/meetings/{mt}", "POST /api/v1/meetings/{mt}/suggestions/{sg}/accept",
            "POST /api/v1/projects/{key}/time-entries", "PUT /api/v1/time-entries/{te}", "POST /api/v1/projects/{key}/people/{tp}/timesheet/approve",
            "POST /api/v1/projects/{key}/allocations", "PUT /api/v1/allocations/{al}", "POST /api/v1/allocations/{al}/assign",
            "POST /api/v1/projects/{key}/forecasts", "PUT /api/v1/projects/{key}/forecast-settings",
            "POST /api/v1/people", "PUT /api/v1/people/{pp}", "POST /api/v1/certifications", "POST /api/v1/people/{pp}/credentials",
            "PUT /api/v1/credentials/{cr}", "POST /api/v1/credentials/{cr}/units");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Write_BadInput_AnswersProblemDetailsNamingTheFieldAndChangesNothing(string name)
    {
        var bad = Catalogue.Single(c => c.Name == name);
        var scene = await SceneAsync();
        var before = await scene.StateAsync();

        var body = await scene.FillAsync(bad.Body);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), await scene.FillAsync(bad.Path))
        {
            Content = new StringContent(body, Encoding.UTF8, bad.ContentType),
        };
        var response = await (bad.AsAdmin ? scene.Admin : scene.Lead).SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{bad.Method} {bad.Path} → {(int)response.StatusCode} {text}");
        ((int)response.StatusCode).Should().Be(bad.Status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]!.GetValue<int>().Should().Be(bad.Status);
        if (bad.Field is not null)
        {
            problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain(bad.Field, text);
        }

        (await scene.StateAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("FS")]
    [InlineData("fs")]
    [InlineData("Ss")]
    public async Task Dependencies_TypeInAnyCase_IsAcceptedAndAnsweredUpperCase(string type)
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("A", 2);
        var b = await work.AddItemAsync("B", 2);

        var created = await work.LinkAsync(a, b, type);

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>().Should().Be(type.ToUpperInvariant());
        var listed = await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/dependencies");
        listed!.Single()!["type"]!.GetValue<string>().Should().Be(type.ToUpperInvariant());
    }

    [Fact]
    public async Task WorkItem_FinishingOnTheWindowsLastDay_IsAccepted()
    {
        var work = await WorkApi.NewProjectAsync(app);

        // Monday 2100-12-27 + 5 working days ends on Friday 2100-12-31, the last day of the window.
        var key = await work.AddItemAsync("Last", 5, startNoEarlierThan: "2100-12-27");

        (await work.ScheduledAsync(key))["earlyFinish"]!.GetValue<string>().Should().Be("2100-12-31");
    }

    [Fact]
    public async Task QueryValueThatDoesNotBind_AnswersProblemDetailsNamingTheParameter()
    {
        var work = await WorkApi.NewProjectAsync(app);

        var response = await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/work-items?page=abc");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Contain("page");
    }

    [Fact]
    public async Task Search_WithNul_IsAnsweredInsteadOfFailing()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await work.AddItemAsync("Alpha", 1);

        var response = await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/work-items?search=Al%00pha");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownPath_WithAPlainTextBody_StaysNotFound()
    {
        var (_, client) = await app.SignedInAsync(ProjectRole.TeamLead);

        var response = await client.PostAsync("/api/v1/no-such-thing", new StringContent("hello", Encoding.UTF8, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<Scene> SceneAsync()
    {
        await SceneLock.WaitAsync();
        try
        {
            return _scene ??= await Scene.CreateAsync(app);
        }
        finally
        {
            SceneLock.Release();
        }
    }

    /// <summary>One bad request: <paramref name="Field"/> is the error key the answer must name (null: none, e.g. for 415).</summary>
    private sealed record BadInput(string Name, string Method, string Path, string Body, string? Field, string ContentType = Json, int Status = 400,
        bool AsAdmin = false);

    /// <summary>A project with items A (5 days), B (3 days) and C (10,000 days), a link A → B, a holiday, a baseline, a risk, a budget line, an expense, progress on A, a stakeholder, milestone M with a RACI row, a communication, a decision and a draft status report.</summary>
    private sealed class Scene(WorkApi work, HttpClient admin, string a, string b, string c, string risk, string line, string expense, string stakeholder, string m,
        string communication, string decision, string report, string meeting, string suggestion, string person, string credential, string timePerson, string timeEntry, string allocation)
    {
        public HttpClient Lead => work.Client;

        public HttpClient Admin => admin;

        public static async Task<Scene> CreateAsync(TpmHubApp app)
        {
            var work = await WorkApi.NewProjectAsync(app);
            var a = await work.AddItemAsync("A", 5, budget: 1000m);
            var b = await work.AddItemAsync("B", 3);
            var c = await work.AddItemAsync("C", 10_000);
            (await work.LinkAsync(a, b)).StatusCode.Should().Be(HttpStatusCode.Created);
            (await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/calendar", new { holidays = new[] { "2026-05-01" } })).EnsureSuccessStatusCode();
            (await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "Approved" })).EnsureSuccessStatusCode();
            var risk = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid",
                new { kind = "risk", title = "R", probability = 2, impact = 2, category = "vendor", costImpact = 5000 });
            risk.StatusCode.Should().Be(HttpStatusCode.Created);
            var riskKey = (await risk.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
            var line = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/budget-lines",
                new { category = "labour", spendType = "opEx", month = "2026-02", amount = 1000m });
            line.StatusCode.Should().Be(HttpStatusCode.Created);
            var expense = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/expenses",
                new { date = "2026-02-02", amount = 250m, category = "labour", vendor = "Acme", workItem = a });
            expense.StatusCode.Should().Be(HttpStatusCode.Created);
            (await work.Client.PostAsJsonAsync($"/api/v1/work-items/{a}/progress", new { percentComplete = 20, asOf = "2026-01-07" })).StatusCode
                .Should().Be(HttpStatusCode.Created);
            var stakeholder = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders",
                new { name = "CFO", email = "cfo@example.com", power = 5, interest = 4, engagement = "neutral", desiredEngagement = "supportive", strategy = "Monthly" });
            stakeholder.StatusCode.Should().Be(HttpStatusCode.Created);
            var stakeholderId = (await stakeholder.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            var m = await work.AddItemAsync("M", 0, type: "milestone");
            (await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raci/{m}",
                new { cells = new object[] { new { memberUserId = work.Lead.Id, role = "R" }, new { stakeholderId, role = "A" } } })).EnsureSuccessStatusCode();
            var communication = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/communications",
                new { audience = "Steering committee", what = "Status", channel = "Email", frequency = "weekly", nextDue = "2026-11-30" });
            communication.StatusCode.Should().Be(HttpStatusCode.Created);
            var decision = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/decisions",
                new { title = "Use Direct Connect", decision = "Order it", status = "accepted", decidedOn = "2026-01-05", links = new[] { a, riskKey } });
            decision.StatusCode.Should().Be(HttpStatusCode.Created);
            var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var report = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/status-reports", new { periodStart = today, periodEnd = today });
            report.StatusCode.Should().Be(HttpStatusCode.Created);
            var meeting = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/meetings", new
            {
                title = "Steering committee", type = "steeringCommittee", date = "2026-11-30", attendees = new[] { new { userId = work.Lead.Id } },
                notes = "- ACTION: send the cutover runbook to the CAB by 2026-12-04",
            });
            meeting.StatusCode.Should().Be(HttpStatusCode.Created);
            var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            var suggestions = (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/meetings/{meetingId}/suggestions"))!;
            suggestions.Should().NotBeEmpty("the scene's meeting notes hold an explicit action");
            var timePerson = await People.PeopleTestData.PersonAsync(app, "Scene Person", (100m, "USD", new DateOnly(2026, 1, 5)));
            var timeEntry = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/time-entries", new { personId = timePerson, date = "2026-02-02", hours = 8 });
            timeEntry.StatusCode.Should().Be(HttpStatusCode.Created);
            var allocation = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/allocations",
                new { personId = timePerson, percent = 50, from = "2026-02-02", to = "2026-03-27" });
            allocation.StatusCode.Should().Be(HttpStatusCode.Created);
            var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
            // A person linked to the lead (so the lead's user is taken), and a CSM earned 2026-01-05 with a known credential id.
            var person = await work.Client.PostAsJsonAsync("/api/v1/people", new
            {
                name = "Scene Person", userId = work.Lead.Id, team = "Scene " + work.ProjectKey, weeklyCapacityHours = 40, costRate = 90, costCurrency = "USD",
                costRateFrom = "2026-01-01", skills = new[] { new { name = "AWS", level = 3 } },
            });
            person.StatusCode.Should().Be(HttpStatusCode.Created);
            var personId = (await person.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            var credential = await work.Client.PostAsJsonAsync($"/api/v1/people/{personId}/credentials",
                new { certification = "CSM", credentialId = $"CSM-SCENE-1", earnedOn = "2026-01-05" });
            credential.StatusCode.Should().Be(HttpStatusCode.Created);
            var credentialId = (await credential.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            return new Scene(work, admin, a, b, c, riskKey, (await line.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(),
                (await expense.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(), stakeholderId, m,
                (await communication.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(),
                (await decision.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(),
                (await report.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(), meetingId, suggestions[0]!["id"]!.GetValue<string>(),
                personId, credentialId, timePerson.ToString(), (await timeEntry.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(),
                (await allocation.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        }

        public async Task<string> FillAsync(string template)
        {
            var text = template.Replace("{key}", work.ProjectKey, StringComparison.Ordinal).Replace("{new}", TpmHubApp.NewKey(), StringComparison.Ordinal)
                .Replace("{a}", a, StringComparison.Ordinal).Replace("{b}", b, StringComparison.Ordinal).Replace("{c}", c, StringComparison.Ordinal)
                .Replace("{r}", risk, StringComparison.Ordinal).Replace("{nul}", "\\u0000", StringComparison.Ordinal)
                .Replace("{bl}", line, StringComparison.Ordinal).Replace("{e}", expense, StringComparison.Ordinal)
                .Replace("{sr}", report, StringComparison.Ordinal).Replace("{s}", stakeholder, StringComparison.Ordinal).Replace("{m}", m, StringComparison.Ordinal)
                .Replace("{lead}", work.Lead.Id, StringComparison.Ordinal)
                .Replace("{cm}", communication, StringComparison.Ordinal).Replace("{d}", decision, StringComparison.Ordinal)
                .Replace("{mt}", meeting, StringComparison.Ordinal).Replace("{sg}", suggestion, StringComparison.Ordinal)
                .Replace("{pp}", person, StringComparison.Ordinal).Replace("{cr}", credential, StringComparison.Ordinal)
                .Replace("{tp}", timePerson, StringComparison.Ordinal).Replace("{te}", timeEntry, StringComparison.Ordinal)
                .Replace("{al}", allocation, StringComparison.Ordinal)
                .Replace("{today}", DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (text.Contains("{pv}", StringComparison.Ordinal))
            {
                text = text.Replace("{pv}", (await GetAsync($"/api/v1/projects/{work.ProjectKey}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{av}", StringComparison.Ordinal))
            {
                text = text.Replace("{av}", (await GetAsync($"/api/v1/work-items/{a}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{blv}", StringComparison.Ordinal))
            {
                text = text.Replace("{blv}", (await GetAsync($"/api/v1/projects/{work.ProjectKey}/budget-lines/{line}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{ev}", StringComparison.Ordinal))
            {
                text = text.Replace("{ev}", (await GetAsync($"/api/v1/projects/{work.ProjectKey}/expenses/{expense}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{sv}", StringComparison.Ordinal))
            {
                text = text.Replace("{sv}", (await GetAsync($"/api/v1/stakeholders/{stakeholder}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{cmv}", StringComparison.Ordinal))
            {
                text = text.Replace("{cmv}", (await GetAsync($"/api/v1/communications/{communication}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{dv}", StringComparison.Ordinal))
            {
                text = text.Replace("{dv}", (await GetAsync($"/api/v1/decisions/{decision}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{alv}", StringComparison.Ordinal))
            {
                text = text.Replace("{alv}", (await GetNodeAsync($"/api/v1/projects/{work.ProjectKey}/allocations")).AsArray()
                    .Single(a => a!["id"]!.GetValue<string>() == allocation)!["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{tev}", StringComparison.Ordinal))
            {
                text = text.Replace("{tev}", (await GetAsync($"/api/v1/time-entries/{timeEntry}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{mtv}", StringComparison.Ordinal))
            {
                text = text.Replace("{mtv}", (await GetAsync($"/api/v1/meetings/{meeting}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{srv}", StringComparison.Ordinal))
            {
                text = text.Replace("{srv}", (await GetAsync($"/api/v1/status-reports/{report}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{ppv}", StringComparison.Ordinal))
            {
                text = text.Replace("{ppv}", (await GetAsync($"/api/v1/people/{person}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{crv}", StringComparison.Ordinal))
            {
                text = text.Replace("{crv}", (await GetAsync($"/api/v1/credentials/{credential}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            if (text.Contains("{rv}", StringComparison.Ordinal))
            {
                text = text.Replace("{rv}", (await GetAsync($"/api/v1/raid/{risk}"))["version"]!.ToJsonString(), StringComparison.Ordinal);
            }

            return text;
        }

        /// <summary>Everything a bad write could have touched, as one string.</summary>
        public async Task<string> StateAsync()
        {
            var key = work.ProjectKey;
            var parts = new List<string>
            {
                (await GetAsync($"/api/v1/projects?pageSize=200"))["total"]!.ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/work-items?pageSize=200")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/dependencies")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/calendar")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/baselines")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/raid?pageSize=200")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/members")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/schedule")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/budget-lines")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/expenses?pageSize=200")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/budget-summary")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/work-items/{a}/progress")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/stakeholders")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/raci")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/communications")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/decisions")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/status-reports?pageSize=200")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/meetings")).ToJsonString(),
                (await GetAsync($"/api/v1/meetings/{meeting}")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/meetings/{meeting}/suggestions")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/time-entries")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/projects/{key}/allocations")).ToJsonString(),
                (await GetAsync($"/api/v1/projects/{key}/earned-value")).ToJsonString(),
                (await GetAsync("/api/v1/people?pageSize=1"))["total"]!.ToJsonString(),
                (await GetAsync($"/api/v1/people/{person}")).ToJsonString(),
                (await GetNodeAsync("/api/v1/certifications")).ToJsonString(),
                (await GetNodeAsync($"/api/v1/people/{person}/credentials")).ToJsonString(),
            };
            return string.Join("\n", parts);
        }

        private async Task<JsonObject> GetAsync(string path) => (await GetNodeAsync(path)).AsObject();

        private async Task<JsonNode> GetNodeAsync(string path)
        {
            var response = await work.Client.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path}: {text}");
            return JsonNode.Parse(text)!;
        }
    }
}
