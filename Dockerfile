# Builds the TpmHub web app for users who have Docker (not used by tests or CI).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/TpmHub.Web/TpmHub.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER app
# Applies pending migrations, then serves. Demo data only when TPMHUB_SEED_DEMO=1 (see docker-compose.yml).
ENTRYPOINT ["sh", "-c", "if [ \"$TPMHUB_SEED_DEMO\" = 1 ]; then exec dotnet TpmHub.Web.dll --migrate --seed-demo --banner --urls http://0.0.0.0:8080; else exec dotnet TpmHub.Web.dll --migrate --urls http://0.0.0.0:8080; fi"]
