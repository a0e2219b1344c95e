using Conexa.Application.Attachments.Shared;
using Conexa.Application.Attachments.UploadAttachment;
using Conexa.Application.Common.Exceptions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Features;

namespace Conexa.Api.Endpoints;

/// <summary>Reads the one file of an upload request, under a body limit of its own instead of the API's 1 MB.</summary>
internal static class AttachmentUploadForm
{
    /// <summary>Room for the multipart boundaries and part headers around the file, in bytes.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    private const string FileField = UploadAttachmentCommandHandler.FileField;

    /// <summary>Returns the file's name and bytes, or nulls when the form has no file.</summary>
    public static async Task<(string? FileName, byte[]? Content)> ReadAsync(HttpRequest request, long maxFileSizeBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("Envie o arquivo como multipart/form-data, no campo \"file\".");
        }

        // The body contains the file plus the multipart framing. Kestrel rejects a larger body with 413 while it is read.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxFileSizeBytes + MultipartOverheadBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new FileRejectedException(
                FileRejection.TooLarge,
                FileField,
                $"O arquivo passa do limite de {FileSizes.Describe(maxFileSizeBytes)} por arquivo. Envie um arquivo menor.");
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            throw Invalid("O formulário multipart/form-data está malformado. Envie o arquivo no campo \"file\".");
        }

        if (form.Files.Count > 1)
        {
            throw Invalid("Envie um arquivo por requisição.");
        }

        var file = form.Files.GetFile(FileField);
        if (file is null)
        {
            return (null, null);
        }

        var content = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, cancellationToken);
        return (file.FileName, content);
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure(FileField, message)]);
}
