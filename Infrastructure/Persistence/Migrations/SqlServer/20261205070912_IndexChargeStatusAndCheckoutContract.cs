using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IndexChargeStatusAndCheckoutContract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Checkouts_ContractId",
                table: "Checkouts",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_Status",
                table: "Charges",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Checkouts_ContractId",
                table: "Checkouts");

            migrationBuilder.DropIndex(
                name: "IX_Charges_Status",
                table: "Charges");
        }
    }
}
