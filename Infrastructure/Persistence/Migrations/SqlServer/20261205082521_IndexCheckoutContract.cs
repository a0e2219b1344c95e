using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IndexCheckoutContract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Checkouts_ContractId",
                table: "Checkouts",
                column: "ContractId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Checkouts_ContractId",
                table: "Checkouts");
        }
    }
}
