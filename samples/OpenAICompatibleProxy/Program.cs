// An OpenAI-compatible HTTP proxy that puts the instruction hierarchy in front of any OpenAI-compatible server.
// Point any OpenAI client (any language) at http://127.0.0.1:5080/v1:
//   dotnet run --project samples/OpenAICompatibleProxy -- --Upstream:BaseUrl https://api.openai.com/v1 --urls http://127.0.0.1:5080
// Offline demonstration (stub upstream + proxy on loopback, exits when done):
//   dotnet run --project samples/OpenAICompatibleProxy -- --self-test
using OpenAICompatibleProxy;

if (args.Contains("--self-test"))
{
    return await SelfTest.RunAsync(Console.Out);
}

WebApplication app = ProxyApp.Create(args);
await app.RunAsync();
return 0;
