#pragma once

#include <QHash>
#include <QString>

namespace fc {

// A shapefile's field names are cut to 10 characters: an export that cut any writes the full names in
// NAME.fields.json beside NAME.shp ({"fields": {"descriptio": "description"}}); an import reads them back.
namespace ShapeFieldMap {
QString path(const QString &shpPath);
// short -> full name; empty when there is no map (error set when one is there but unreadable).
QHash<QString, QString> read(const QString &shpPath, QString *error = nullptr);
} // namespace ShapeFieldMap

} // namespace fc
