using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CheckoutPayer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_City",
                table: "Checkouts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_Complement",
                table: "Checkouts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_District",
                table: "Checkouts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_Number",
                table: "Checkouts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_PostalCode",
                table: "Checkouts",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_State",
                table: "Checkouts",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_Street",
                table: "Checkouts",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerEmail",
                table: "Checkouts",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerName",
                table: "Checkouts",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerPhone",
                table: "Checkouts",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PayerAddress_City",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerAddress_Complement",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerAddress_District",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerAddress_Number",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerAddress_PostalCode",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerAddress_State",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerAddress_Street",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerEmail",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerName",
                table: "Checkouts");

            migrationBuilder.DropColumn(
                name: "PayerPhone",
                table: "Checkouts");
        }
    }
}
