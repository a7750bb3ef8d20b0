#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fc {

// The hazard rectification workflow (隐患整改), described once: its states, the transitions that exist, and the
// size limit of an attachment. The database rules of both backends (a SQLite trigger in the GeoPackage, a plpgsql
// trigger on the server) are generated from this description, so the store refuses any other transition whoever
// writes (the window, floodctl, another program), naming it: "found -> closed is not allowed".
namespace HazardWorkflow {

// found -> assigned -> rectifying -> awaiting_check -> closed; the check may send it back (awaiting_check ->
// rectifying).
QStringList states();
QList<QPair<QString, QString>> transitions();
bool isState(const QString &state);
bool allowed(const QString &from, const QString &to);
// The states a hazard may go to from `from`.
QStringList next(const QString &from);
// A hazard in one of these states is still open (counts as open, can be overdue).
bool isOpen(const QString &state);
// The refusal both backends give, and the rules layer too ("found -> closed is not allowed").
QString refusal(const QString &from, const QString &to);

// Status values of hazards written before the workflow existed (and of the demo's GeoJSON, of older field reports),
// taken to the workflow state they mean when a row is written: open -> found, rectified -> closed.
QList<QPair<QString, QString>> legacyStatuses();

// An attachment (photo, document) is at most this many bytes; the database refuses bigger ones on both backends.
inline constexpr qint64 MaxAttachmentBytes = 8 * 1024 * 1024;
// Thumbnails are PNG or JPEG images of at most this many pixels on their longer side.
inline constexpr int ThumbnailPixels = 160;

// The rules as SQLite triggers (migration step 6) and as the server's plpgsql (pgRulesSql(6)).
QStringList sqliteSql();
QStringList pgSql();

} // namespace HazardWorkflow

} // namespace fc
