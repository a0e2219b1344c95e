using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conexa.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttachmentSenderKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SenderKey",
                table: "Attachments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_TenantId_SenderKey",
                table: "Attachments",
                columns: new[] { "TenantId", "SenderKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attachments_TenantId_SenderKey",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "SenderKey",
                table: "Attachments");
        }
    }
}
