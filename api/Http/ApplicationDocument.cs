using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;

namespace AutoPermits.Api.Http;

/// <summary>
/// The shape of an application for the OpenAPI description (spec/contract.md, "An application"). Requests are
/// read by the engine's <see cref="ApplicationReader"/>, which reports every problem at once; this type only documents.
/// </summary>
/// <param name="Type">One of the type catalogue's types, e.g. <c>carport</c> or <c>vehicle-valuation</c>.</param>
/// <param name="Data">Type-specific: see spec/carport.md and spec/vehicle-valuation.md.</param>
public sealed record ApplicationDocument(
    string Type,
    Applicant? Applicant,
    string? Description,
    bool? RequestHumanReview,
    Consents? Consents,
    JsonObject Data);
