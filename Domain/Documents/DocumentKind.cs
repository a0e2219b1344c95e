namespace Conexa.Domain.Documents;

public enum DocumentKind
{
    Cpf,
    Cnpj,
}
