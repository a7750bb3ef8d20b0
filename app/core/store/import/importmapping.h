#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace fc {

struct TableSpec;
struct ImportOptions;
struct FieldMapping;

// How a source field found its store column (shown in the dry run, the import dialog and the summary).
enum class MatchRule {
    User,            // --map field=column, or chosen in the dialog
    Saved,           // a saved mapping (--mapping NAME)
    Exact,           // same name
    CaseInsensitive, // same name up to case
    Truncated,       // a shapefile's 10-character cut of the column name
    Synonym,         // the synonym table (名称 -> name, 等级 -> severity ...)
    Extra,           // no column: kept in the feature's extra attributes (JSON), exported again
    Ignored,         // the user chose not to import it (--map field=)
    FormatField,     // the format's own bookkeeping (KML's tessellate, extrude ...), not data
};

// The name of the column that keeps unmapped source fields as a JSON object on every feature table.
inline constexpr char ExtraColumn[] = "extra";

// Field and value mapping rules for imports: the synonym table per domain column, the shipped value table for
// coded columns, and the text forms of user mappings.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    static QString ruleName(MatchRule rule);
    // Source field names that mean `column` (Chinese agency names, pinyin initials, common GIS export names).
    static QStringList synonyms(const QString &column);
    // Fields a driver adds on its own (KML: timestamp, tessellate, extrude ...), for a source file's extension.
    static bool isFormatField(const QString &extension, const QString &field);
    // Maps a source field name to a column of `table` by the rules Exact, CaseInsensitive, Truncated, Synonym,
    // skipping columns in `taken`; empty when none applies.
    static QString match(const QString &field, const TableSpec &table, const QStringList &taken, MatchRule *rule);

    // The shipped value for a coded column's source value (重大 -> major), or empty.
    static QString shippedValue(const QString &column, const QString &value);
    // Parses "column:from=to" into `map` (column -> from -> to); false (error set) when malformed.
    static bool parseValueMap(const QStringList &pairs, QHash<QString, QHash<QString, QString>> *map, QString *error);

    // A saved mapping is a row of the store's import_mappings table: name, kind, fields (JSON source field ->
    // column, "extra" or "" for not imported), value_map (JSON column -> from -> to), source (file it came from).
    static QVariantMap savedRow(const QString &name, const ImportOptions &o, const QList<FieldMapping> &mapping);
    // Puts a saved row into the options (savedFieldMap; value maps under the ones already given).
    static void applySaved(const QVariantMap &row, ImportOptions *o);
    // For an export: SQL over an open GDAL dataset of the store that selects the table's columns and spreads
    // the extra attributes into fields of their own (keys in first-seen order); empty without extra attributes.
    static QByteArray exportSql(void *gdalDataset, const TableSpec &table);
};

} // namespace fc
