using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ChargeSettledOutsideProvider : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DuplicatePaymentAt",
                table: "Charges",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SettledOutsideProvider",
                table: "Charges",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Charges paid earlier with a customer's credit were settled outside the provider too.
            migrationBuilder.Sql("UPDATE [Charges] SET [SettledOutsideProvider] = 1 WHERE [Id] IN (SELECT [EntityId] FROM [AuditEntries] WHERE [Action] = 'charge.settled-by-credit');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DuplicatePaymentAt",
                table: "Charges");

            migrationBuilder.DropColumn(
                name: "SettledOutsideProvider",
                table: "Charges");
        }
    }
}
