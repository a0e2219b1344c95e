namespace Conexa.Infrastructure.Reports;

internal static class TemporaryFiles
{
    /// <summary>Creates a temporary file that the operating system deletes when the stream is closed.</summary>
    public static FileStream Create() => new(
        Path.Combine(Path.GetTempPath(), $"conexa-report-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize: 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>Copies the whole temporary file to the output from its start.</summary>
    public static async Task CopyToAsync(FileStream file, Stream output, CancellationToken cancellationToken)
    {
        file.Position = 0;
        await file.CopyToAsync(output, cancellationToken);
    }
}
