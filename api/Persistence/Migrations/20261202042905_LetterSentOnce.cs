using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoPermits.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LetterSentOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
