using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoPermits.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionLegalBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegalBasis",
                table: "Decisions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LegalBasis",
                table: "Decisions");
        }
    }
}
