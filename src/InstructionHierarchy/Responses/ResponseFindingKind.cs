namespace InstructionHierarchy.Responses;

/// <summary>What a <see cref="ResponseFinding"/> is about.</summary>
public enum ResponseFindingKind
{
    /// <summary>A long passage of the system prompt repeated in the answer.</summary>
    SystemPromptLeak = 0,

    /// <summary>A protected secret in the answer: as is, reversed, spaced, split by punctuation, case-changed, base64'd or hex'd.</summary>
    SecretLeak = 1,

    /// <summary>The leak canary of the preamble in the answer: the model revealed its instructions.</summary>
    CanaryLeak = 2,

    /// <summary>The must-echo canary is missing at the start of the answer: the model's goal may have been hijacked.</summary>
    MissingEchoCanary = 3,

    /// <summary>A markdown image or link to a host outside the allow-list that carries data (EchoLeak-style exfiltration).</summary>
    ExfiltrationLink = 4,
}
