using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniqueCustomerDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // NOTE: creating the unique index fails while two customers of one tenant that are not anonymised share a
            // document, which concurrent first checkouts could create before this migration. Merge them first.
            migrationBuilder.DropIndex(
                name: "IX_Customers_TenantId_Document",
                table: "Customers");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_TenantId_Document",
                table: "Customers",
                columns: new[] { "TenantId", "Document" },
                unique: true,
                filter: "AnonymisedAt IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_TenantId_Document",
                table: "Customers");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_TenantId_Document",
                table: "Customers",
                columns: new[] { "TenantId", "Document" });
        }
    }
}
