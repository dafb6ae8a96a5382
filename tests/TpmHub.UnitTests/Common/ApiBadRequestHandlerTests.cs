using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Work.Items;

namespace TpmHub.UnitTests.Common;

public sealed class ApiBadRequestHandlerTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("""{"title":7}""", "title", "must be text")]
    [InlineData("""{"durationDays":1e20}""", "durationDays", "whole number")]
    [InlineData("""{"budget":1e308}""", "budget", "must be a number")]
    [InlineData("""{"estimate":{"optimistic":"x"}}""", "estimate.optimistic", "must be a number")]
    [InlineData("""{"version":"new"}""", "version", "whole number")]
    public void Describe_ValueOfTheWrongTypeOrRange_NamesItsField(string body, string field, string message)
    {
        var error = ApiBadRequestHandler.Describe(Bind(body));

        error.Fields!.Should().ContainKey(field);
        error.Fields![field].Single().Should().Contain(message);
    }

    [Theory]
    [InlineData("""{"title":""")]
    [InlineData("""{"title":"t",}""")]
    [InlineData("""[1,2""")]
    public void Describe_MalformedJson_NamesTheBody(string body) =>
        ApiBadRequestHandler.Describe(Bind(body)).Fields!.Should().ContainKey(ApiBadRequestHandler.BodyField)
            .WhoseValue.Single().Should().StartWith("The body is not valid JSON");

    [Fact]
    public void Describe_NoBody_NamesTheBody() =>
        ApiBadRequestHandler.Describe(new BadHttpRequestException("Implicit body inferred for parameter \"WorkItemRequest request\" but no body was provided."))
            .Fields!.Should().ContainKey("$");

    [Fact]
    public void Describe_QueryValueThatDoesNotBind_NamesTheParameter() =>
        ApiBadRequestHandler.Describe(new BadHttpRequestException("Failed to bind parameter \"int? page\" from \"abc\"."))
            .Fields!.Should().ContainKey("page").WhoseValue.Single().Should().Contain("'abc'");

    [Theory]
    [InlineData("$.name", "name")]
    [InlineData("$.estimate.optimistic", "estimate.optimistic")]
    [InlineData("$.holidays[0]", "holidays[0]")]
    public void FieldOf_JsonPath_IsTheFieldName(string path, string field) => ApiBadRequestHandler.FieldOf(path).Should().Be(field);

    private static BadHttpRequestException Bind(string body)
    {
        try
        {
            JsonSerializer.Deserialize<WorkItemRequest>(body, Web);
        }
        catch (JsonException json)
        {
            return new BadHttpRequestException("Failed to read parameter \"WorkItemRequest request\" from the request body as JSON.", json);
        }

        throw new InvalidOperationException("The body bound: " + body);
    }
}
