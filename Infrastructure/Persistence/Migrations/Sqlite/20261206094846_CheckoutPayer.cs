using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_Complement",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_District",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_Number",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_PostalCode",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_State",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress_Street",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerEmail",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerName",
                table: "Checkouts",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerPhone",
                table: "Checkouts",
                type: "TEXT",
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
