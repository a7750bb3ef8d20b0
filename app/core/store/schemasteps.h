#pragma once

#include <QString>
#include <QStringList>

// Statements of schema step 6 that both dialects share (schema.cpp, pgschema.cpp); internal to the store module.
namespace fc::Schema {

// What an older store holds becomes the opening of the new books: stock_items as supply kinds and opening
// movements (items without a warehouse named on their kind), each shelter's occupancy as one arrival. `now` is the
// dialect's SQL expression for the current UTC time as stored ("2024-09-16T00:00:00.000Z").
QStringList suppliesCarryOverSql(const QString &now);

} // namespace fc::Schema
