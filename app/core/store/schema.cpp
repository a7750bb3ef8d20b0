#include "app/core/store/schema.h"
#include "app/core/store/schemasteps.h"

#include "app/core/store/hazardworkflow.h"

#include "app/core/base/gpkg.h"
#include "app/core/base/readingdays.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace fc {

const ColumnSpec *TableSpec::column(const QString &name) const
{
    for (const ColumnSpec &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList TableSpec::columnNames(int version) const
{
    QStringList out;
    for (const ColumnSpec &c : columns)
        if (c.since <= version)
            out.append(c.name);
    return out;
}

namespace Schema {

namespace {

using T = ColumnType;

ColumnSpec col(const char *name, ColumnType type = T::Text, int since = 1)
{
    return {QString::fromLatin1(name), type, since, {}, {}, false};
}
ColumnSpec coded(const char *name, std::initializer_list<const char *> values, int since = 1)
{
    ColumnSpec c = col(name, T::Text, since);
    for (const char *v : values)
        c.allowed.append(QString::fromLatin1(v));
    return c;
}
ColumnSpec ref(const char *name, const char *table, int since = 1)
{
    ColumnSpec c = col(name, T::Integer, since);
    c.references = QString::fromLatin1(table);
    return c;
}
ColumnSpec required(ColumnSpec c)
{
    c.notNull = true;
    return c;
}

TableSpec feature(const char *name, const char *geom, const char *description, QList<ColumnSpec> columns)
{
    columns.prepend(col("id"));
    // v4: source fields an import maps to no column, kept per feature as a JSON object.
    columns.append(col("extra", T::Text, 4));
    return {QString::fromLatin1(name), QString::fromLatin1(geom), QString::fromLatin1(description), columns, 1, false};
}
TableSpec attributes(const char *name, const char *description, QList<ColumnSpec> columns, int since = 1)
{
    for (ColumnSpec &c : columns)
        c.since = std::max(c.since, since);
    return {QString::fromLatin1(name), {}, QString::fromLatin1(description), columns, since, false};
}

QList<TableSpec> buildTables()
{
    QList<TableSpec> t = {
        feature("district_boundary", "POLYGON", "District boundary",
                {col("name"), col("name_en"), col("area_km2", T::Real)}),
        feature("blocks", "POLYGON", "City blocks", {col("name"), col("landuse")}),
        feature("river", "POLYGON", "River and creek", {col("name"), col("name_en"), col("kind")}),
        feature("roads", "LINESTRING", "Roads",
                {col("name"), col("name_en"), col("class"), col("lanes", T::Integer), col("oneway", T::Integer, 4)}),
        feature("underground_spaces", "POLYGON", "Underground spaces",
                {col("name"), col("kind"), col("levels", T::Integer), col("area_m2", T::Integer),
                 col("entrances", T::Integer), col("flood_barriers", T::Integer)}),
        feature("construction_sites", "POLYGON", "Construction sites",
                {col("name"), col("contractor"), col("tower_cranes", T::Integer), col("deep_pit", T::Boolean)}),
        feature("flood_walls", "LINESTRING", "First-line flood wall segments",
                {col("name"), col("crest_m", T::Real), col("design_tide_m", T::Real), col("unit"),
                 coded("condition", {"good", "fair", "poor"}), col("built_year", T::Integer), col("kind", T::Text, 2),
                 col("length_m", T::Integer, 2)}),
        feature("waterlogging_roads", "LINESTRING", "Waterlogging-prone road sections",
                {col("name"), col("road"), col("road_segment_id"), col("max_depth_cm", T::Integer),
                 col("last_event", T::Date), col("low_point_elev_m", T::Real)}),
        feature("flood_gates", "POINT", "Flood gates",
                {col("name"), col("wall_id"), col("width_m", T::Integer), coded("state", {"open", "closed"}),
                 col("last_operated", T::DateTime), col("unit")}),
        feature("greenery", "POINT", "Rooftop and podium-roof greenery",
                {col("name"), col("address"), col("kind"), col("area_m2", T::Integer), col("tall_trees", T::Integer),
                 col("last_inspection", T::Date), col("status"),
                 // v6 hazards and greenery: the building, how the trees are anchored, the unit responsible, the
                 // last inspection's time and result (written with each result).
                 col("building", T::Text, 6), col("anchoring", T::Text, 6), col("unit", T::Text, 6),
                 col("last_inspected_at", T::DateTime, 6),
                 coded("last_result", {"fine", "pruned", "braced", "trees_removed", "closed_to_public"}, 6)}),
        feature("hazards", "POINT", "Hazard points",
                {col("name"), col("category"), coded("severity", {"low", "medium", "high", "major"}),
                 col("status"), col("found", T::Date), col("deadline", T::Date), col("unit"), col("street"),
                 col("description"),
                 // v6 hazards and greenery: the round that found it, since when it is in its status (the workflow,
                 // HazardWorkflow), when it was closed, and the greenery site it came from.
                 ref("round_fid", "hazard_rounds", 6), col("status_since", T::DateTime, 6),
                 col("closed_at", T::DateTime, 6), ref("greenery_fid", "greenery", 6)}),
        feature("pumping_stations", "POINT", "Pumping stations",
                {col("name"), col("capacity_m3s", T::Real), col("pumps", T::Integer), col("operator")}),
        feature("shelters", "POINT", "Shelters",
                {col("name"), col("address"), col("capacity", T::Integer), col("occupancy", T::Integer),
                 col("phone")}),
        feature("warehouses", "POINT", "Emergency supplies warehouses",
                {col("name"), col("address"), col("kinds", T::Integer), col("items", T::Integer)}),
        feature("sensors", "POINT", "Gauges and sensors",
                {col("name"), col("kind"), col("unit"), col("warn", T::Real), col("alarm", T::Real),
                 col("road_id"),
                 // v4 gauges and alarms: station code on the city platform, per-level thresholds
                 // (a reading at or above a level's value reaches it; NULL = level not used), hysteresis and
                 // minimum duration before a level changes, and the flood wall a tide gauge stands for.
                 col("code", T::Text, 4), col("blue", T::Real, 4), col("yellow", T::Real, 4),
                 col("orange", T::Real, 4), col("red", T::Real, 4), col("hysteresis", T::Real, 4),
                 col("min_duration_s", T::Integer, 4)}),
        feature("rescue_teams", "POINT", "Rescue teams (geometry = current position)",
                {col("name"), col("kind"), col("members", T::Integer), col("leader"), col("phone"),
                 col("equipment"), col("status"), col("base", T::Text, 3), col("position_updated", T::DateTime, 3),
                 coded("duty_status", {"available", "standing_watch", "dispatched", "en_route", "on_scene",
                                       "returning", "off_duty"}, 4),
                 col("status_since", T::DateTime, 4), ref("current_incident_fid", "incidents", 4), col("post", T::Text, 4)}),
        attributes("schema_version", "FloodCommand schema versions applied to this file",
                   {required(col("version", T::Integer)), col("applied_at", T::DateTime), col("description")}),
        attributes("roles", "User roles",
                   {required(col("name")), col("description"), col("can_edit", T::Boolean),
                    col("can_admin", T::Boolean)}),
        attributes("users", "Users", {required(col("login")), col("display_name"), col("role"), col("phone"),
                                      col("active", T::Boolean)}),
        attributes("incidents", "Incidents (险情) reported to the HQ",
                   {col("code"), required(col("title")), col("kind"),
                    coded("severity", {"low", "medium", "high", "major"}),
                    coded("status", {"reported", "dispatched", "handling", "closed"}), col("reported_at", T::DateTime),
                    col("lon", T::Real), col("lat", T::Real), col("address"), col("reporter"), col("description"),
                    col("closed_at", T::DateTime),
                    coded("state", {"reported", "dispatched", "en_route", "on_scene", "resolved", "closed",
                                    "cancelled"}, 4),
                    coded("priority", {"low", "normal", "high", "urgent"}, 4), col("state_since", T::DateTime, 4),
                    col("phone", T::Text, 4), col("depth_cm", T::Real, 4), col("required_equipment", T::Text, 4)}),
        attributes("dispatches", "Rescue team dispatches to incidents",
                   {ref("incident_fid", "incidents"), ref("team_fid", "rescue_teams"),
                    coded("status", {"ordered", "en_route", "on_site", "done", "cancelled"}),
                    col("ordered_at", T::DateTime), col("arrived_at", T::DateTime), col("done_at", T::DateTime),
                    col("note"), col("eta_at", T::DateTime, 4), col("travel_s", T::Real, 4),
                    col("route_m", T::Real, 4), col("dispatched_by", T::Text, 4)}),
        attributes("warning_signals", "Meteorological and hydrological warning signals",
                   {required(coded("kind", {"typhoon", "rainstorm", "high_wind", "thunder", "high_tide", "cold_wave",
                                            "fog", "road_icing", "heat", "hail", "haze"})),
                    required(coded("colour", {"blue", "yellow", "orange", "red"})), col("issued_at", T::DateTime),
                    col("lifted_at", T::DateTime), col("source"), col("text"),
                    coded("action", {"issue", "upgrade", "downgrade"}, 4),
                    coded("ended", {"upgrade", "downgrade", "lift", "cancel"}, 4), col("issuer", T::Text, 4),
                    col("area", T::Text, 4), col("entered_by", T::Text, 4), col("entered_at", T::DateTime, 4),
                    col("lifted_by", T::Text, 4), col("cap_identifier", T::Text, 4),
                    ref("previous_fid", "warning_signals", 4)}),
        attributes("response_levels", "Emergency response level changes",
                   {required(coded("level", {"none", "IV", "III", "II", "I"})), col("changed_at", T::DateTime),
                    ref("signal_fid", "warning_signals"), col("reason"), col("decided_by"),
                    coded("proposed", {"none", "IV", "III", "II", "I"}, 4),
                    coded("decision", {"confirm", "override"}, 4), ref("plan_fid", "plans", 4),
                    col("ended_at", T::DateTime, 4), col("scope", T::Text, 4), col("entered_at", T::DateTime, 4)}),
        attributes("plans", "Contingency plans", {col("code"), required(col("title")), col("kind"), col("edition"),
                                                  col("owner"), col("version", T::Integer, 4),
                                                  col("body", T::Text, 4), col("created_at", T::DateTime, 4),
                                                  col("created_by", T::Text, 4)}),
        attributes("checklist_items", "Checklist items started by a response level",
                   {ref("plan_fid", "plans"), coded("level", {"IV", "III", "II", "I"}), required(col("task")),
                    col("owner"), col("due_minutes", T::Integer), coded("status", {"open", "doing", "done"}),
                    col("done_at", T::DateTime), col("done_by"), ref("response_fid", "response_levels", 4),
                    col("item_code", T::Text, 4), col("started_at", T::DateTime, 4), col("due_at", T::DateTime, 4),
                    col("remark", T::Text, 4), col("closed_at", T::DateTime, 4), col("closed_reason", T::Text, 4)}),
        attributes("duty_log", "Duty log", {required(col("at", T::DateTime)), col("officer"), required(col("entry"))}),
        attributes("audit_log", "Append-only audit trail of every change made through FloodCommand",
                   {required(col("at", T::DateTime)), required(col("actor")),
                    required(coded("action", {"insert", "update", "delete", "import", "create", "migrate"})),
                    col("table_name"), col("row_fid", T::Integer), col("before"), col("after"), col("note")}),
        attributes("sensor_readings", "Sensor readings",
                   {ref("sensor_fid", "sensors"), required(col("observed_at", T::DateTime)),
                    col("value", T::Real), col("quality")},
                   2),
        attributes("stock_items", "Emergency supplies in stock",
                   {ref("warehouse_fid", "warehouses"), col("code"), required(col("name")), col("category"),
                    col("unit"), col("quantity", T::Integer), col("min_quantity", T::Integer)},
                   2),
        attributes("stock_movements", "Stock in and out",
                   {ref("item_fid", "stock_items"), required(coded("direction", {"in", "out"})),
                    col("quantity", T::Integer), col("at", T::DateTime), col("counterparty"), col("note")},
                   2),
        attributes("team_members", "Rescue team members",
                   {ref("team_fid", "rescue_teams"), required(col("name")), col("role"), col("phone")}, 3),
        // Version 4 tables go in the marker sections below (one section per feature, so work merges cleanly).
        // -- v4 warnings and response --
        // -- end v4 warnings and response --
        // -- v4 gauges and alarms --
        attributes("alarms", "Alarms raised by sensor readings and derived values (rain totals, wall freeboard)",
                   {ref("sensor_fid", "sensors"),
                    required(coded("source", {"reading", "rain_1h", "rain_6h", "freeboard"})),
                    ref("wall_fid", "flood_walls"),
                    required(coded("level", {"blue", "yellow", "orange", "red"})),
                    coded("peak_level", {"blue", "yellow", "orange", "red"}), col("value", T::Real),
                    col("peak_value", T::Real), required(col("raised_at", T::DateTime)),
                    col("escalated_at", T::DateTime), col("cleared_at", T::DateTime), col("acknowledged_by"),
                    col("acknowledged_at", T::DateTime), col("remark")},
                   4),
        // -- end v4 gauges and alarms --
        // -- v4 import fidelity --
        attributes("import_mappings", "Saved import mappings (floodctl import --mapping NAME, the import dialog)",
                   {required(col("name")), col("kind"), col("fields"), col("value_map"), col("source")}, 4),
        // -- end v4 import fidelity --
        // -- v4 incidents and dispatch --
        attributes("incident_log", "Every step of an incident, timestamped, with who did it",
                   {ref("incident_fid", "incidents"), required(col("at", T::DateTime)), col("actor"),
                    coded("from_state", {"reported", "dispatched", "en_route", "on_scene", "resolved", "closed",
                                         "cancelled"}),
                    required(coded("to_state", {"reported", "dispatched", "en_route", "on_scene", "resolved",
                                                "closed", "cancelled"})),
                    ref("team_fid", "rescue_teams"), col("note")},
                   4),
        attributes("team_equipment", "Rescue team equipment (pumps with capacity, boats, chainsaws ...)",
                   {ref("team_fid", "rescue_teams"),
                    required(coded("kind", {"pump", "boat", "chainsaw", "generator", "sandbags", "vehicle",
                                            "lighting", "other"})),
                    col("count", T::Integer), col("capacity", T::Real), col("unit"), col("note")},
                   4),
        attributes("shift_handovers", "Shift handovers: the summary the next duty officer signed for",
                   {required(col("at", T::DateTime)), col("from_officer"), required(col("to_officer")),
                    col("summary"), col("signed_at", T::DateTime)},
                   4),
        // -- end v4 incidents and dispatch --
        // -- v5 readings as day blocks --
        attributes("reading_days", "Sensor readings: one row per sensor and UTC day, the day's readings in one block "
                   "(see readingdays.h)",
                   {required(ref("sensor_fid", "sensors", 5)), required(col("day", T::Integer, 5)),
                    col("first_at", T::DateTime, 5), col("last_at", T::DateTime, 5),
                    col("n_readings", T::Integer, 5), required(col("data", T::Blob, 5))},
                   5),
        // -- end v5 readings as day blocks --
        // Version 6 tables (this wave's features) go in the marker sections below, since = 6.
        // -- v6 typhoon --
        // Storms and their tracks (CMA best track, bulletins, positions typed by the duty officer). Points refer to
        // their storm by its code (the international number), so one import writes a storm and its points in one
        // transaction. Times: `at` the instant (UTC), `at_text` as the source wrote it, `utc_offset_min` the
        // source's offset (0 for CMA, 480 for Beijing-time bulletins). Radii in km per quadrant: NULL = not issued,
        // 0 = none.
        attributes("typhoon_storms", "Tropical cyclones (typhoons): one row per storm",
                   {required(col("code", T::Text, 6)), col("cn_number", T::Text, 6), col("name_zh", T::Text, 6),
                    col("name_en", T::Text, 6), col("begin_at", T::DateTime, 6), col("end_at", T::DateTime, 6),
                    col("end_flag", T::Integer, 6), col("note", T::Text, 6)},
                   6),
        attributes("typhoon_points", "Typhoon track points (observed), with their source and wind radii per quadrant",
                   {required(col("storm_code", T::Text, 6)), required(col("at", T::DateTime, 6)), col("at_text", T::Text, 6),
                    col("utc_offset_min", T::Integer, 6), required(col("lon", T::Real, 6)), required(col("lat", T::Real, 6)),
                    col("grade", T::Integer, 6), col("grade_text", T::Text, 6), col("pressure_hpa", T::Real, 6),
                    col("wind_ms", T::Real, 6), col("power", T::Integer, 6), col("move_dir", T::Text, 6),
                    col("move_kmh", T::Real, 6),
                    col("r7_ne", T::Real, 6), col("r7_se", T::Real, 6), col("r7_sw", T::Real, 6), col("r7_nw", T::Real, 6),
                    col("r10_ne", T::Real, 6), col("r10_se", T::Real, 6), col("r10_sw", T::Real, 6), col("r10_nw", T::Real, 6),
                    col("r12_ne", T::Real, 6), col("r12_se", T::Real, 6), col("r12_sw", T::Real, 6), col("r12_nw", T::Real, 6),
                    required(coded("source", {"file", "feed", "officer"}, 6)), col("origin", T::Text, 6)},
                   6),
        attributes("typhoon_forecasts", "Typhoon forecast points, by agency and the point they were issued from",
                   {required(col("storm_code", T::Text, 6)), required(col("agency", T::Text, 6)),
                    required(col("base_at", T::DateTime, 6)), required(col("at", T::DateTime, 6)),
                    col("at_text", T::Text, 6), col("utc_offset_min", T::Integer, 6), required(col("lon", T::Real, 6)),
                    required(col("lat", T::Real, 6)), col("grade", T::Integer, 6), col("grade_text", T::Text, 6),
                    col("pressure_hpa", T::Real, 6), col("wind_ms", T::Real, 6), col("power", T::Integer, 6),
                    col("r7_ne", T::Real, 6), col("r7_se", T::Real, 6), col("r7_sw", T::Real, 6), col("r7_nw", T::Real, 6),
                    required(coded("source", {"file", "feed", "officer"}, 6)), col("origin", T::Text, 6)},
                   6),
        attributes("typhoon_landfalls", "Typhoon landfalls: time, place and position",
                   {required(col("storm_code", T::Text, 6)), required(col("at", T::DateTime, 6)), col("at_text", T::Text, 6),
                    col("utc_offset_min", T::Integer, 6), col("place", T::Text, 6), required(col("lon", T::Real, 6)),
                    required(col("lat", T::Real, 6)), col("grade_text", T::Text, 6),
                    required(coded("source", {"file", "feed", "officer"}, 6)), col("origin", T::Text, 6)},
                   6),
        // -- end v6 typhoon --
        // -- v6 briefings --
        attributes("briefings", "Reports issued: situation reports and incident reports (首报/续报/核报), one row per "
                   "issue; reissuing makes a new serial, never overwrites",
                   {required(col("serial")), required(coded("kind", {"situation", "incident-first", "incident-followup",
                                                                     "incident-verified"})),
                    ref("incident_fid", "incidents"), required(col("as_of", T::DateTime)),
                    required(col("issued_at", T::DateTime)), col("author"),
                    required(coded("format", {"pdf", "odt", "html"})), coded("paper", {"A4", "A3"}),
                    coded("language", {"zh_CN", "en"}), col("title"), col("file_name"),
                    required(col("size_bytes", T::Integer)), required(col("sha256"))},
                   6),
        // -- end v6 briefings --
        // -- v6 wall --
        attributes("wall_commands", "What a desk seat (or floodctl wall) put on the wall displays: one row per command",
                   {required(col("target", T::Text, 6)), col("wall", T::Text, 6), required(col("issued_at", T::DateTime, 6)),
                    col("issued_by", T::Text, 6)},
                   6),
        // -- end v6 wall --
        // -- v6 hazards and greenery --
        // Investigation rounds (隐患排查): scope, dates, units; the geometry is the round's coverage (the areas walked).
        TableSpec{QStringLiteral("hazard_rounds"), QStringLiteral("POLYGON"),
                  QStringLiteral("Hazard investigation rounds (geometry = the areas the round covered)"),
                  {col("id", T::Text, 6), required(col("name", T::Text, 6)), col("year", T::Integer, 6),
                   col("started", T::Date, 6), col("ended", T::Date, 6), col("areas", T::Text, 6),
                   col("categories", T::Text, 6), col("units", T::Text, 6), col("lead_unit", T::Text, 6),
                   col("note", T::Text, 6), col("extra", T::Text, 6)},
                  6},
        // Every step of a hazard's rectification (the hazard's history is this log); the status column of hazards
        // moves only along HazardWorkflow::transitions() (database triggers on both backends).
        attributes("hazard_steps", "Hazard rectification steps: who moved a hazard, when, from which state to which",
                   {required(ref("hazard_fid", "hazards")), required(col("at", T::DateTime)), col("actor"),
                    coded("from_state", {"found", "assigned", "rectifying", "awaiting_check", "closed"}),
                    required(coded("to_state", {"found", "assigned", "rectifying", "awaiting_check", "closed"})),
                    col("remark")},
                   6),
        // Photos and documents, bytes in the store (both backends), with a small thumbnail for images; of a hazard
        // or of a greenery inspection result. At most HazardWorkflow::MaxAttachmentBytes (database triggers).
        attributes("attachments", "Photos and documents of hazards and greenery inspections",
                   {ref("hazard_fid", "hazards"), ref("result_fid", "greenery_results"), required(col("name")),
                    col("mime"), col("size_bytes", T::Integer), required(col("data", T::Blob)),
                    col("thumbnail", T::Blob), col("sha256"), col("added_at", T::DateTime), col("added_by"),
                    col("caption")},
                   6),
        // Pre-typhoon greenery inspection campaigns and one result row per site.
        attributes("greenery_campaigns", "Rooftop greenery inspection campaigns (before a typhoon)",
                   {required(col("name")), required(col("started_at", T::DateTime)), col("started_by"),
                    ref("signal_fid", "warning_signals"), col("closed_at", T::DateTime), col("note")},
                   6),
        attributes("greenery_results", "Greenery inspection results: one row per campaign and site",
                   {required(ref("campaign_fid", "greenery_campaigns")), required(ref("site_fid", "greenery")),
                    coded("result", {"fine", "pruned", "braced", "trees_removed", "closed_to_public"}),
                    col("inspected_at", T::DateTime), col("inspector"), col("remark"), col("finding"),
                    ref("hazard_fid", "hazards")},
                   6),
        // -- end v6 hazards and greenery --
        // -- v6 supplies and shelters --
        // Supplies: a catalogue of kinds, shelf locations, and movements whose sum is the stock (per kind and
        // warehouse the database keeps a balance row, supply_balances, maintained by trigger and never below zero;
        // it is not in this description: it is derived, rebuilt from the movements whenever they are loaded).
        attributes("supply_kinds", "Catalogue of emergency supply kinds (应急物资品种)",
                   {required(col("code")), required(col("name")), col("name_en"), col("category"), col("unit"),
                    col("min_level", T::Integer), col("shelf_life_days", T::Integer),
                    col("expiry_warn_days", T::Integer), col("note")},
                   6),
        attributes("supply_locations", "Shelf locations in the supplies warehouses",
                   {required(ref("warehouse_fid", "warehouses")), required(col("code")), col("category"),
                    col("note")},
                   6),
        attributes("supply_requests", "Allocation requests from a shelter or an incident, confirmed by the warehouse",
                   {required(coded("for_kind", {"shelter", "incident", "team"})), required(col("for_fid", T::Integer)),
                    required(ref("kind_fid", "supply_kinds")), required(col("quantity", T::Integer)),
                    required(coded("status", {"requested", "confirmed", "refused", "cancelled"})),
                    col("requested_at", T::DateTime), col("requested_by"), ref("warehouse_fid", "warehouses"),
                    col("decided_at", T::DateTime), col("decided_by"), col("note")},
                   6),
        attributes("supply_movements", "Stock movements (入库/出库): the stock of a kind in a warehouse is their sum",
                   {required(ref("kind_fid", "supply_kinds")), required(ref("warehouse_fid", "warehouses")),
                    ref("location_fid", "supply_locations"),
                    required(coded("type", {"opening", "purchase", "return", "issue", "transfer_out", "transfer_in",
                                            "write_off", "stocktake"})),
                    required(col("delta", T::Integer)), required(col("at", T::DateTime)), required(col("actor")),
                    col("reason"), col("document"),
                    coded("party_kind", {"incident", "shelter", "team", "drill", "warehouse", "supplier", "unit"}),
                    col("party_fid", T::Integer), col("party"), ref("request_fid", "supply_requests"),
                    col("expires", T::Date)},
                   6),
        attributes("stock_counts", "Stock-taking (盘点): counted per location against the movements",
                   {required(ref("warehouse_fid", "warehouses")), ref("location_fid", "supply_locations"),
                    required(ref("kind_fid", "supply_kinds")), required(col("counted", T::Integer)),
                    required(col("expected", T::Integer)), required(col("at", T::DateTime)), col("actor"),
                    col("reason"), col("document")},
                   6),
        // Shelters: status, facilities and contact per shelter; people moved in and out as events (occupancy is
        // their sum, kept in shelters.occupancy by trigger).
        attributes("shelter_profiles", "Shelter opening status (closed, opening, open, full), facilities and contact",
                   {required(ref("shelter_fid", "shelters")),
                    required(coded("status", {"closed", "opening", "open", "full"})), col("status_since", T::DateTime),
                    col("facilities"), col("contact"), col("contact_phone"), col("note")},
                   6),
        attributes("people_transfers", "People moved to and from shelters (人员转移): arrivals and departures",
                   {required(ref("shelter_fid", "shelters")), required(coded("direction", {"arrival", "departure"})),
                    required(col("people", T::Integer)), required(col("at", T::DateTime)), col("from_place"),
                    col("estate"), col("street"), col("elderly", T::Integer), col("disabled", T::Integer),
                    col("children", T::Integer), col("actor"), col("note"), col("override_reason")},
                   6),
        // -- end v6 supplies and shelters --
        // -- v6 forecast --
        // -- end v6 forecast --
        // -- v6 event time --
        // -- end v6 event time --
    };
    for (TableSpec &s : t) {
        if (s.name == QLatin1String("sensor_readings"))
            s.until = 5; // readings moved into reading_days
        if (s.name == QLatin1String("reading_days"))
            s.bulkOnly = true;
        if (s.name == QLatin1String("audit_log")) {
            s.appendOnly = true;
            continue;
        }
        if (s.name == QLatin1String("schema_version"))
            continue;
        // Every row carries a revision: an edit made on a stale copy of a row is refused (optimistic concurrency).
        ColumnSpec rev = col("rev", T::Integer, 4);
        rev.notNull = true;
        rev.defaultValue = QStringLiteral("1");
        s.columns.append(rev);
    }
    return t;
}

QString columnSql(const ColumnSpec &c)
{
    QString s = Gpkg::quoted(c.name) + QLatin1Char(' ') + sqlType(c.type);
    if (c.notNull)
        s += QStringLiteral(" NOT NULL");
    if (!c.defaultValue.isEmpty())
        s += QStringLiteral(" DEFAULT ") + c.defaultValue;
    if (!c.allowed.isEmpty())
        s += QStringLiteral(" CHECK (%1 IN ('%2'))").arg(Gpkg::quoted(c.name), c.allowed.join(QLatin1String("', '")));
    if (c.type == T::Boolean)
        s += QStringLiteral(" CHECK (%1 IN (0, 1))").arg(Gpkg::quoted(c.name));
    if (!c.references.isEmpty())
        s += QStringLiteral(" REFERENCES %1(fid)").arg(Gpkg::quoted(c.references));
    return s;
}

QStringList tableSql(const TableSpec &t, int version)
{
    QStringList cols;
    for (const ColumnSpec &c : t.columns)
        if (c.since <= version)
            cols.append(columnSql(c));
    if (t.isFeature())
        return Gpkg::featureTableSql(t.name, t.geometryType, cols.join(QLatin1String(", ")), t.description);
    QStringList sql = {
        QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, %2)")
            .arg(Gpkg::quoted(t.name), cols.join(QLatin1String(", "))),
        Gpkg::registerAttributesSql(t.name, t.description),
    };
    if (t.appendOnly) {
        for (const char *op : {"UPDATE", "DELETE"})
            sql.append(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%3 is append-only'); END")
                           .arg(Gpkg::quoted(t.name + QStringLiteral("_no_") + QString::fromLatin1(op).toLower()),
                                QLatin1String(op), t.name));
    }
    return sql;
}

bool execAll(QSqlDatabase &db, const QStringList &sql, QString *error)
{
    QSqlQuery q(db);
    for (const QString &s : sql) {
        if (!q.exec(s)) {
            if (error)
                *error = QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), s.left(200));
            return false;
        }
    }
    return true;
}

bool recordVersion(QSqlDatabase &db, int version, const QString &description, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(description);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

const char *stepDescription(int version)
{
    switch (version) {
    case 1:
        return "initial schema: feature tables, incidents, dispatches, signals, response levels, plans, duty log, "
               "users, audit log";
    case 2:
        return "sensor readings, stock items and movements; flood wall kind and length";
    case 3:
        return "team members; rescue team base and position time";
    case 4:
        return "multi-seat revisions and invariants; warnings and plans; sensors, thresholds and alarms; "
               "incidents, team status and dispatch; extra attributes on import";
    case 5:
        return "sensor readings stored as one block per sensor and day (reading_days)";
    case 6:
        return "typhoon tracks, briefings, wall, hazards and greenery, supplies and shelters, forecasts, event time";
    default:
        return "";
    }
}

} // namespace

QStringList suppliesCarryOverSql(const QString &now)
{
    QStringList sql;
    sql.append(QStringLiteral(
        "INSERT INTO supply_kinds (code, name, category, unit, min_level, note) SELECT coalesce(max(code), 'SI-' || "
        "min(fid)), max(name), max(category), max(unit), max(min_quantity), 'from stock_items at schema 6' FROM "
        "stock_items GROUP BY coalesce(code, name)"));
    sql.append(QStringLiteral(
        "INSERT INTO supply_movements (kind_fid, warehouse_fid, type, delta, at, actor, reason) SELECT k.fid, "
        "s.warehouse_fid, 'opening', s.quantity, %1, 'floodcommand', 'stock_items.quantity at schema 6' FROM "
        "stock_items s JOIN supply_kinds k ON (s.code IS NOT NULL AND k.code = s.code) OR (s.code IS NULL AND "
        "k.code = 'SI-' || (SELECT min(s2.fid) FROM stock_items s2 WHERE s2.code IS NULL AND s2.name = s.name)) "
        "WHERE s.quantity > 0 AND s.warehouse_fid IS NOT NULL ORDER BY s.fid").arg(now));
    // Stock items recorded without a warehouse cannot become movements: the kind says how many were left behind.
    sql.append(QStringLiteral(
        "UPDATE supply_kinds SET note = supply_kinds.note || '; ' || u.q || ' in stock_items without a warehouse, "
        "not carried over: record them with a receipt' FROM (SELECT k.code AS code, sum(s.quantity) AS q FROM "
        "stock_items s JOIN supply_kinds k ON (s.code IS NOT NULL AND k.code = s.code) OR (s.code IS NULL AND "
        "k.code = 'SI-' || (SELECT min(s2.fid) FROM stock_items s2 WHERE s2.code IS NULL AND s2.name = s.name)) "
        "WHERE s.quantity > 0 AND s.warehouse_fid IS NULL GROUP BY k.code) u WHERE supply_kinds.code = u.code"));
    sql.append(QStringLiteral(
        "INSERT INTO people_transfers (shelter_fid, direction, people, at, actor, note, override_reason) SELECT "
        "fid, 'arrival', occupancy, %1, 'floodcommand', 'occupancy recorded before transfers were kept', "
        "'carried over at schema 6' FROM shelters WHERE occupancy > 0").arg(now));
    return sql;
}

const QList<TableSpec> &tables()
{
    static const QList<TableSpec> t = buildTables();
    return t;
}

QList<TableSpec> currentTables()
{
    QList<TableSpec> out;
    for (const TableSpec &t : tables())
        if (t.existsAt(CurrentVersion))
            out.append(t);
    return out;
}

const TableSpec *table(const QString &name)
{
    for (const TableSpec &t : tables())
        if (t.name == name && t.existsAt(CurrentVersion))
            return &t;
    return nullptr;
}

QStringList featureKinds()
{
    QStringList out;
    for (const TableSpec &t : tables())
        if (t.isFeature())
            out.append(t.name);
    return out;
}

const QList<RowRule> &rowRules()
{
    static const QList<RowRule> rules = {
        {QStringLiteral("shelter_occupancy_valid"), QStringLiteral("shelters"), QStringLiteral("occupancy"),
         QStringLiteral("shelter occupancy cannot be negative"), 4},
        {QStringLiteral("stock_never_negative"), QStringLiteral("stock_items"), QStringLiteral("quantity"),
         QStringLiteral("stock cannot go below zero"), 4},
    };
    return rules;
}

QStringList uniqueRulesSql(int version)
{
    // The one-of rules live with their features' migration steps (e.g. idx_dispatches_one_active_per_team, after
    // the step closes older duplicates); none is added here at present.
    Q_UNUSED(version);
    return {};
}

bool adminOnly(const QString &table)
{
    static const QStringList admin = {
        QStringLiteral("district_boundary"), QStringLiteral("blocks"), QStringLiteral("river"),
        QStringLiteral("roads"), QStringLiteral("underground_spaces"), QStringLiteral("construction_sites"),
        QStringLiteral("flood_walls"), QStringLiteral("waterlogging_roads"), QStringLiteral("pumping_stations"),
        QStringLiteral("warehouses"), QStringLiteral("roles"), QStringLiteral("users"), QStringLiteral("plans"),
        QStringLiteral("schema_version"), QStringLiteral("audit_log")};
    return admin.contains(table);
}

QString sqlType(ColumnType type)
{
    switch (type) {
    case T::Integer:
        return QStringLiteral("INTEGER");
    case T::Real:
        return QStringLiteral("REAL");
    case T::Boolean:
        return QStringLiteral("BOOLEAN");
    case T::Date:
        return QStringLiteral("DATE");
    case T::DateTime:
        return QStringLiteral("DATETIME");
    case T::Blob:
        return QStringLiteral("BLOB");
    case T::Text:
        break;
    }
    return QStringLiteral("TEXT");
}

QStringList createSql()
{
    QStringList sql = Gpkg::coreTablesSql();
    sql.append(QStringLiteral("CREATE TABLE fc_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"));
    sql.append(QStringLiteral("INSERT INTO fc_meta VALUES ('application', '%1')").arg(QLatin1String(ApplicationName)));
    for (const TableSpec &t : tables())
        if (t.since == 1)
            sql += tableSql(t, 1);
    sql.append(QStringLiteral("CREATE INDEX idx_audit_log_at ON audit_log (at)"));
    sql.append(QStringLiteral("CREATE INDEX idx_dispatches_incident ON dispatches (incident_fid)"));
    return sql;
}

QStringList migrationSql(int toVersion)
{
    QStringList sql;
    for (const TableSpec &t : tables()) {
        if (t.since == toVersion) {
            sql += tableSql(t, toVersion);
            continue;
        }
        if (!t.existsAt(toVersion))
            continue;
        for (const ColumnSpec &c : t.columns)
            if (c.since == toVersion)
                sql.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(Gpkg::quoted(t.name), columnSql(c)));
    }
    if (toVersion == 2) {
        sql.append(QStringLiteral("CREATE INDEX idx_sensor_readings_sensor ON sensor_readings (sensor_fid, observed_at)"));
        sql.append(QStringLiteral("CREATE INDEX idx_stock_movements_item ON stock_movements (item_fid)"));
    }
    if (toVersion == 3) {
        sql.append(QStringLiteral("CREATE INDEX idx_team_members_team ON team_members (team_fid)"));
    }
    for (const RowRule &r : rowRules()) {
        if (r.since != toVersion)
            continue;
        for (const char *op : {"INSERT", "UPDATE"})
            sql.append(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 WHEN NOT (%4) BEGIN SELECT RAISE(ABORT, '%5'); END")
                           .arg(Gpkg::quoted(r.name + QStringLiteral("_") + QString::fromLatin1(op).toLower()),
                                QLatin1String(op), Gpkg::quoted(r.table), r.condition(QStringLiteral("NEW.")), r.message));
    }
    sql += uniqueRulesSql(toVersion);
    // -- v4 gauges and alarms indexes --
    if (toVersion == 4) {
        // A reading is idempotent: one value per sensor and time (older stores keep their first duplicate).
        sql.append(QStringLiteral("DELETE FROM sensor_readings WHERE fid NOT IN (SELECT min(fid) FROM sensor_readings "
                                  "GROUP BY sensor_fid, observed_at)"));
        sql.append(QStringLiteral("DROP INDEX IF EXISTS idx_sensor_readings_sensor"));
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_sensor_readings_unique ON sensor_readings (sensor_fid, observed_at)"));
        // One alarm in force per sensor, source and wall segment, whichever seat evaluates it.
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_alarms_in_force ON alarms (source, ifnull(sensor_fid, 0), "
                                  "ifnull(wall_fid, 0)) WHERE cleared_at IS NULL"));
        sql.append(QStringLiteral("CREATE INDEX idx_alarms_raised ON alarms (raised_at)"));
    }
    // -- end v4 gauges and alarms indexes --
    // -- v4 indexes and invariants: warnings and response --
    if (toVersion == 4) {
        // One kind has at most one signal in force; one response in force per scope (across every seat).
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_warning_signals_in_force ON warning_signals (kind) "
                                  "WHERE lifted_at IS NULL"));
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_response_levels_in_force ON response_levels "
                                  "(coalesce(scope, '')) WHERE ended_at IS NULL"));
        sql.append(QStringLiteral("CREATE INDEX idx_checklist_items_response ON checklist_items (response_fid)"));
        // A checklist item started without a response row links to the response in force (the item and the
        // decision that starts it are written in one transaction).
        sql.append(QStringLiteral("CREATE TRIGGER checklist_items_response AFTER INSERT ON checklist_items "
                                  "WHEN NEW.response_fid IS NULL BEGIN UPDATE checklist_items SET response_fid = "
                                  "(SELECT max(fid) FROM response_levels WHERE ended_at IS NULL) WHERE fid = NEW.fid; "
                                  "END"));
        // A signal is lifted no earlier than it was issued.
        sql.append(QStringLiteral("CREATE TRIGGER warning_signals_lift_order BEFORE UPDATE OF lifted_at ON "
                                  "warning_signals WHEN NEW.lifted_at IS NOT NULL AND NEW.issued_at IS NOT NULL AND "
                                  "NEW.lifted_at < NEW.issued_at BEGIN SELECT RAISE(ABORT, 'a signal cannot be "
                                  "lifted before it was issued'); END"));
    }
    // -- end v4 indexes and invariants: warnings and response --
    // -- v4 incidents and dispatch --
    if (toVersion == 4) {
        // Lifecycle state and team duty status from the v1 columns, for rows written before v4.
        sql.append(QStringLiteral("UPDATE incidents SET state = CASE status WHEN 'dispatched' THEN 'dispatched' "
                                  "WHEN 'handling' THEN 'on_scene' WHEN 'closed' THEN 'closed' ELSE 'reported' END, "
                                  "priority = CASE severity WHEN 'major' THEN 'urgent' WHEN 'high' THEN 'high' "
                                  "WHEN 'low' THEN 'low' ELSE 'normal' END WHERE state IS NULL"));
        sql.append(QStringLiteral("UPDATE rescue_teams SET duty_status = CASE status WHEN 'off_duty' THEN 'off_duty' "
                                  "WHEN 'dispatched' THEN 'dispatched' ELSE 'available' END WHERE duty_status IS NULL"));
        // One active dispatch per team, whichever seat writes (older duplicates are closed as cancelled first).
        sql.append(QStringLiteral("UPDATE dispatches SET status = 'cancelled', note = 'closed at schema 4: the team had "
                                  "a later active dispatch' WHERE status IN ('ordered', 'en_route', 'on_site') AND "
                                  "fid NOT IN (SELECT max(fid) FROM dispatches WHERE status IN ('ordered', "
                                  "'en_route', 'on_site') GROUP BY team_fid)"));
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_dispatches_one_active_per_team ON dispatches (team_fid) "
                                  "WHERE status IN ('ordered', 'en_route', 'on_site')"));
        sql.append(QStringLiteral("CREATE INDEX idx_incident_log_incident ON incident_log (incident_fid, at)"));
        sql.append(QStringLiteral("CREATE INDEX idx_team_equipment_team ON team_equipment (team_fid)"));
    }
    // -- end v4 incidents and dispatch --
    // -- v5 readings as day blocks --
    if (toVersion == 5)
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_reading_days_sensor_day ON reading_days (sensor_fid, day)"));
    // -- end v5 readings as day blocks --
    // Version 6: SQLite triggers and indexes of this wave's features (the server's in pgRulesSql(6)).
    // -- v6 typhoon --
    if (toVersion == 6) {
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_typhoon_storms_code ON typhoon_storms (code)"));
        sql.append(QStringLiteral("CREATE INDEX idx_typhoon_points_storm ON typhoon_points (storm_code, at)"));
        sql.append(QStringLiteral("CREATE INDEX idx_typhoon_forecasts_storm ON typhoon_forecasts (storm_code, base_at)"));
        sql.append(QStringLiteral("CREATE INDEX idx_typhoon_landfalls_storm ON typhoon_landfalls (storm_code)"));
    }
    // -- end v6 typhoon --
    // -- v6 briefings --
    // A serial is issued once, whichever seat issues it.
    if (toVersion == 6)
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_briefings_serial ON briefings (kind, serial, format)"));
    // -- end v6 briefings --
    // -- v6 wall --
    // -- end v6 wall --
    // -- v6 hazards and greenery --
    if (toVersion == 6) {
        sql.append(QStringLiteral("CREATE INDEX idx_hazard_steps_hazard ON hazard_steps (hazard_fid, at)"));
        sql.append(QStringLiteral("CREATE INDEX idx_attachments_hazard ON attachments (hazard_fid)"));
        sql.append(QStringLiteral("CREATE INDEX idx_attachments_result ON attachments (result_fid)"));
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_greenery_results_site ON greenery_results (campaign_fid, site_fid)"));
        sql += HazardWorkflow::sqliteSql();
    }
    // -- end v6 hazards and greenery --
    // -- v6 supplies and shelters --
    if (toVersion == 6) {
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_supply_kinds_code ON supply_kinds (code)"));
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_supply_locations_code ON supply_locations (warehouse_fid, code)"));
        sql.append(QStringLiteral("CREATE INDEX idx_supply_movements_kind ON supply_movements (kind_fid, warehouse_fid)"));
        sql.append(QStringLiteral("CREATE INDEX idx_supply_movements_at ON supply_movements (at)"));
        sql.append(QStringLiteral("CREATE UNIQUE INDEX idx_shelter_profiles_shelter ON shelter_profiles (shelter_fid)"));
        sql.append(QStringLiteral("CREATE INDEX idx_people_transfers_shelter ON people_transfers (shelter_fid, at)"));
        // The stock of each kind in each warehouse, kept by the movements' triggers in the movement's transaction
        // (derived: not in the schema description, never copied; a load of the movements rebuilds it).
        sql.append(QStringLiteral("CREATE TABLE supply_balances (kind_fid INTEGER NOT NULL, warehouse_fid INTEGER NOT NULL, "
                                  "quantity INTEGER NOT NULL DEFAULT 0 CONSTRAINT supply_balance_never_negative "
                                  "CHECK (quantity >= 0), PRIMARY KEY (kind_fid, warehouse_fid))"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER supply_movements_sign BEFORE INSERT ON supply_movements WHEN NEW.delta IS NULL OR "
            "NEW.delta = 0 OR (NEW.type IN ('opening', 'purchase', 'return', 'transfer_in') AND NEW.delta < 0) OR "
            "(NEW.type IN ('issue', 'transfer_out', 'write_off') AND NEW.delta > 0) BEGIN SELECT RAISE(ABORT, "
            "'supply movement: the quantity must be above zero (stock in) or below zero (stock out) for its type'); END"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER supply_movements_stock BEFORE INSERT ON supply_movements WHEN coalesce((SELECT quantity "
            "FROM supply_balances WHERE kind_fid = NEW.kind_fid AND warehouse_fid = NEW.warehouse_fid), 0) + NEW.delta "
            "< 0 BEGIN SELECT RAISE(ABORT, 'not enough stock: stock cannot go below zero'); END"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER supply_movements_balance AFTER INSERT ON supply_movements BEGIN "
            "INSERT OR IGNORE INTO supply_balances (kind_fid, warehouse_fid, quantity) VALUES (NEW.kind_fid, "
            "NEW.warehouse_fid, 0); UPDATE supply_balances SET quantity = quantity + NEW.delta WHERE kind_fid = "
            "NEW.kind_fid AND warehouse_fid = NEW.warehouse_fid; END"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER supply_movements_fixed BEFORE UPDATE OF kind_fid, warehouse_fid, type, delta ON "
            "supply_movements BEGIN SELECT RAISE(ABORT, 'a stock movement is never changed: record a correcting "
            "movement'); END"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER supply_movements_kept BEFORE DELETE ON supply_movements BEGIN SELECT RAISE(ABORT, "
            "'a stock movement is never deleted: record a correcting movement'); END"));
        // Shelters: a transfer is refused when it takes the shelter over capacity without an override reason, or
        // below nobody; shelters.occupancy is the sum of the shelter's transfers after each one.
        sql.append(QStringLiteral(
            "CREATE TRIGGER people_transfers_check BEFORE INSERT ON people_transfers BEGIN "
            "SELECT RAISE(ABORT, 'people transfer: the number of people must be at least 1') WHERE NEW.people IS NULL "
            "OR NEW.people < 1; "
            "SELECT RAISE(ABORT, 'shelter over capacity: an override with a reason is needed') WHERE NEW.direction = "
            "'arrival' AND coalesce(trim(NEW.override_reason), '') = '' AND (SELECT capacity FROM shelters WHERE fid = "
            "NEW.shelter_fid) IS NOT NULL AND (SELECT coalesce(sum(CASE direction WHEN 'arrival' THEN people ELSE "
            "-people END), 0) FROM people_transfers WHERE shelter_fid = NEW.shelter_fid) + NEW.people > (SELECT "
            "capacity FROM shelters WHERE fid = NEW.shelter_fid); "
            "SELECT RAISE(ABORT, 'people transfer: more people leave than the shelter holds') WHERE NEW.direction = "
            "'departure' AND (SELECT coalesce(sum(CASE direction WHEN 'arrival' THEN people ELSE -people END), 0) FROM "
            "people_transfers WHERE shelter_fid = NEW.shelter_fid) - NEW.people < 0; END"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER people_transfers_occupancy AFTER INSERT ON people_transfers BEGIN UPDATE shelters SET "
            "occupancy = (SELECT coalesce(sum(CASE direction WHEN 'arrival' THEN people ELSE -people END), 0) FROM "
            "people_transfers WHERE shelter_fid = NEW.shelter_fid) WHERE fid = NEW.shelter_fid; END"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER people_transfers_fixed BEFORE UPDATE OF shelter_fid, direction, people ON people_transfers "
            "BEGIN SELECT RAISE(ABORT, 'a people transfer is never changed: record a correcting transfer'); END"));
        sql.append(QStringLiteral(
            "CREATE TRIGGER people_transfers_kept BEFORE DELETE ON people_transfers BEGIN SELECT RAISE(ABORT, "
            "'a people transfer is never deleted: record a correcting transfer'); END"));
        // What an older store holds becomes the opening of the new books: stock_items as kinds and opening
        // movements, each shelter's occupancy as one arrival.
        sql += suppliesCarryOverSql(QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
    }
    // -- end v6 supplies and shelters --
    // -- v6 forecast --
    // -- end v6 forecast --
    // -- v6 event time --
    // -- end v6 event time --
    return sql;
}

QStringList dropSql(int toVersion)
{
    QStringList sql;
    for (const TableSpec &t : tables()) {
        if (t.until != toVersion)
            continue;
        sql.append(QStringLiteral("DROP TABLE %1").arg(Gpkg::quoted(t.name)));
        sql.append(QStringLiteral("DELETE FROM gpkg_contents WHERE table_name = '%1'").arg(t.name));
    }
    return sql;
}

bool runStep(QSqlDatabase &db, int toVersion, QString *note, QString *error)
{
    if (!execAll(db, migrationSql(toVersion), error))
        return false;
    if (toVersion == 5 && !ReadingDays::convertRows(db, note, error))
        return false;
    return execAll(db, dropSql(toVersion), error);
}

bool create(QSqlDatabase &db, int version, QString *error)
{
    if (version < 1 || version > CurrentVersion) {
        if (error)
            *error = QStringLiteral("no schema version %1").arg(version);
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    bool ok = execAll(db, createSql(), error)
              && recordVersion(db, 1, QString::fromLatin1(stepDescription(1)), error);
    QString note;
    for (int v = 2; ok && v <= version; ++v)
        ok = runStep(db, v, &note, error) && recordVersion(db, v, QString::fromLatin1(stepDescription(v)), error);
    if (!ok) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    QSqlQuery q(db);
    for (int v = fromVersion + 1; v <= CurrentVersion; ++v) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        QString err;
        const QString what = QString::fromLatin1(stepDescription(v));
        QString note;
        bool ok = runStep(db, v, &note, &err) && recordVersion(db, v, what, &err);
        if (ok) {
            QSqlQuery a(db);
            a.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, note) VALUES (?, 'floodcommand', "
                                     "'migrate', ?)"));
            a.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            a.addBindValue(QStringLiteral("schema %1 -> %2: %3%4").arg(v - 1).arg(v).arg(what, note.isEmpty() ? QString() : QStringLiteral("; ") + note));
            ok = a.exec();
            if (!ok)
                err = a.lastError().text();
        }
        if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
            q.exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = QStringLiteral("migration to schema version %1 failed: %2").arg(v).arg(err);
            return false;
        }
    }
    return true;
}

int version(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM fc_meta WHERE key = 'application'")) || !q.next()
        || q.value(0).toString() != QLatin1String(ApplicationName)) {
        if (error)
            *error = QStringLiteral("not a FloodCommand operation store");
        return -1;
    }
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next() || q.value(0).isNull()) {
        if (error)
            *error = QStringLiteral("a FloodCommand store without a schema version (damaged?)");
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace Schema

} // namespace fc
