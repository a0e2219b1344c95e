/** Formats a size in bytes in pt-BR, the way the API words it: "850 bytes", "120 KB", "2,5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} bytes`;
  }
  if (bytes < 1024 * 1024) {
    return `${Math.ceil(bytes / 1024)} KB`;
  }
  const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${megabytes.toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;
}
