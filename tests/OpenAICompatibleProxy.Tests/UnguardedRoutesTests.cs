namespace OpenAICompatibleProxy.Tests;

public sealed class UnguardedRoutesTests
{
    [Theory]
    [InlineData("/v1/completions")]
    [InlineData("/v1/engines/davinci/completions")]
    [InlineData("/v1/assistants/asst_1")]
    [InlineData("/v1/threads/thread_1/messages")]
    [InlineData("/v1/threads/runs")]
    [InlineData("/v1/realtime")]
    [InlineData("/v1/realtime/client_secrets")]
    [InlineData("/v1/batches")]
    [InlineData("/v1/conversations/conv_1/items")]
    [InlineData("/v1/responses/resp_1/input_items")]
    [InlineData("/v1/chat/completions/chatcmpl_1")]
    [InlineData("/v1//responses")]
    [InlineData("/v1/chat%2Fcompletions")]
    [InlineData("/V1/COMPLETIONS/")]
    public void IsRefused_GenerationRoute_True(string path) => Assert.True(UnguardedRoutes.IsRefused(path));

    [Theory]
    [InlineData("/v1/models")]
    [InlineData("/v1/models/gpt-4o")]
    [InlineData("/v1/embeddings")]
    [InlineData("/v1/files/file_1/content")]
    [InlineData("/v1/moderations")]
    [InlineData("/v1/audio/transcriptions")]
    [InlineData("/v1/")]
    [InlineData("/v1/chat")]
    public void IsRefused_OtherRoute_False(string path) => Assert.False(UnguardedRoutes.IsRefused(path));
}
