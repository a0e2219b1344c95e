using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DropChargeQrImage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PixQrCodeImage",
                table: "Charges");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PixQrCodeImage",
                table: "Charges",
                type: "nvarchar(max)",
                nullable: true);
        }
    }
}
