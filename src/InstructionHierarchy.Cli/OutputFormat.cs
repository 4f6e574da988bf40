namespace InstructionHierarchy.Cli;

internal enum OutputFormat
{
    Table,
    Json,
}
