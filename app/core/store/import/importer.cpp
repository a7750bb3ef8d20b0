#include "app/core/store/import/importer.h"

#include "app/core/store/audit.h"
#include "app/core/base/gpkg.h"
#include "app/core/store/import/importerconvert.h"
#include "app/core/store/schema.h"
#include "app/core/store/storefile.h"

#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QFileInfo>
#include <QJsonArray>

namespace fc {

namespace {

using detail::FeatureConverter;
using detail::ImportSource;

// Bulk loads bypass the R-tree triggers and fill the index in one statement at the end (same transaction).
constexpr qint64 BulkThreshold = 5000;
constexpr int MaxIssues = 1000;

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
        *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

void bind(sqlite3_stmt *s, int i, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(s, i);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(s, i, v.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(s, i, v.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray u = v.toString().toUtf8();
        sqlite3_bind_text(s, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        break;
    }
    }
}

QString featureLabel(qint64 index, qint64 fid)
{
    return fid >= 0 && fid != OGRNullFID ? Importer::tr("feature %1 (fid %2)").arg(index).arg(fid)
                                        : Importer::tr("feature %1").arg(index);
}

// Opens the source and prepares the converter; shared by preview and run.
bool prepare(const ImportOptions &o, ImportSource *src, FeatureConverter *conv, QString *error)
{
    const TableSpec *table = Schema::table(o.kind);
    if (!table || !table->isFeature()) {
        *error = Importer::tr("unknown layer kind '%1' (kinds: %2)")
                     .arg(o.kind, Schema::featureKinds().join(QLatin1String(", ")));
        return false;
    }
    // A FIFO or a device would block or make no sense (a FileGDB is a folder of regular files: let it through).
    const QFileInfo source(o.source);
    if (!(source.isDir() && source.suffix().compare(QLatin1String("gdb"), Qt::CaseInsensitive) == 0)
        && !StoreFile::regularFile(o.source, error))
        return false;
    return src->open(o, error) && conv->setup(src->layer()->GetLayerDefn(), *table, o, *src, error);
}

} // namespace

bool Importer::parseFieldMap(const QStringList &pairs, QHash<QString, QString> *map, QString *error)
{
    for (const QString &p : pairs) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("--map '%1': expected source_field=column").arg(p);
            return false;
        }
        map->insert(p.left(eq).trimmed(), p.mid(eq + 1).trimmed());
    }
    return true;
}

QStringList Importer::describeMapping(const QList<FieldMapping> &mapping)
{
    QStringList out;
    for (const FieldMapping &m : mapping) {
        QString to;
        if (m.rule == MatchRule::Extra)
            to = tr("extra attributes");
        else if (m.column.isEmpty())
            to = tr("not imported");
        else
            to = QStringLiteral("%1 (%2)").arg(m.column, m.columnType);
        out.append(tr("%1 (%2) -> %3 [%4]").arg(m.sourceField, m.sourceType, to, ImportMapping::ruleName(m.rule)));
    }
    return out;
}

ImportPreview Importer::preview(const ImportOptions &o)
{
    ImportPreview p;
    ImportSource src;
    FeatureConverter conv;
    if (!prepare(o, &src, &conv, &p.error))
        return p;
    p.sourceCrs = src.crsKnown() ? src.crs() : tr("none (taken as EPSG:4326)");
    p.sourceLayer = QString::fromUtf8(src.layer()->GetName());
    p.featureCount = src.featureCount();
    p.mapping = conv.mapping();
    p.encoding = src.encoding().describe();
    p.unmappedColumns = conv.unmappedColumns();
    OGRLayer *layer = src.layer();
    layer->ResetReading();
    QList<FeatureConverter::Row> rows;
    qint64 index = 0;
    while (p.features.size() < o.previewCount) {
        std::unique_ptr<OGRFeature> f(layer->GetNextFeature());
        if (!f)
            break;
        ++index;
        QString why;
        bool exploded = false;
        if (!conv.convert(f.get(), &rows, &exploded, &why)) {
            p.issues.append({index, qint64(f->GetFID()), why});
            continue;
        }
        for (const auto &row : rows) {
            QVariantMap m;
            for (int i = 0; i < conv.columns().size(); ++i)
                m.insert(conv.columns()[i], row.values[i]);
            std::unique_ptr<OGRGeometry> g(Gpkg::decode(row.geometry.constData(), int(row.geometry.size())));
            char *wkt = nullptr;
            if (g && g->exportToWkt(&wkt) == OGRERR_NONE)
                m.insert(QStringLiteral("geom"), QString::fromUtf8(wkt));
            CPLFree(wkt);
            p.features.append(m);
        }
    }
    p.ok = true;
    return p;
}

ImportReport Importer::run(sqlite3 *db, const ImportOptions &o, const QString &actor, const std::atomic_bool *cancel,
                           const Progress &progress)
{
    ImportReport r;
    r.table = o.kind;
    ImportSource src;
    FeatureConverter conv;
    if (!prepare(o, &src, &conv, &r.error))
        return r;
    r.mapping = conv.mapping();
    r.encoding = src.encoding().describe();
    // Failures of the store itself (disk full, read-only, I/O) are the store's, not the source file's.
    const QString storeName = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    auto storeFault = [&](int rc) -> QString {
        switch (rc & 0xff) {
        case SQLITE_FULL:
            return tr("the store %1: the disk is full; nothing was imported").arg(storeName);
        case SQLITE_READONLY:
            return tr("the store %1 is read-only; nothing was imported").arg(storeName);
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN:
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return tr("the store %1: %2; nothing was imported").arg(storeName, QString::fromUtf8(sqlite3_errstr(rc)));
        default:
            return {};
        }
    };
    const QString where = src.where();
    const qint64 total = src.featureCount();
    const bool bulk = total < 0 || total >= BulkThreshold;

    QString err;
    auto storeError = [&](const QString &message) {
        const QString fault = storeFault(sqlite3_extended_errcode(db));
        return fault.isEmpty() ? tr("the store %1: %2; nothing was imported").arg(storeName, message) : fault;
    };
    // A bulk load touches far more pages than SQLite's default 2 MB cache holds: give it room while it runs.
    struct CacheSize
    {
        sqlite3 *db;
        bool raised;
        ~CacheSize()
        {
            if (raised)
                sqlite3_exec(db, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
        }
    } cacheSize{db, bulk && sqlite3_exec(db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr) == SQLITE_OK};
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &err)) {
        r.error = tr("%1: the store is busy: %2").arg(where, err);
        return r;
    }
    auto fail = [&](const QString &message) {
        QString ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        r.ok = false;
        r.imported = 0;
        r.error = message;
        return r;
    };
    qint64 lastFidBefore = 0;
    {
        Stmt q;
        const QByteArray sql = QStringLiteral("SELECT coalesce(max(fid), 0) FROM %1").arg(Gpkg::quoted(o.kind)).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &q.s, nullptr) != SQLITE_OK || sqlite3_step(q.s) != SQLITE_ROW)
            return fail(tr("%1: the store has no table %2").arg(where, o.kind));
        lastFidBefore = sqlite3_column_int64(q.s, 0);
    }
    if (bulk) {
        for (const QString &s : Gpkg::dropRtreeTriggersSql(o.kind))
            if (!exec(db, s, &err))
                return fail(storeError(err));
    }
    QStringList cols = {QStringLiteral("geom")};
    for (const QString &c : conv.columns())
        cols.append(Gpkg::quoted(c));
    QStringList marks(cols.size(), QStringLiteral("?"));
    Stmt ins;
    const QByteArray insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(Gpkg::quoted(o.kind), cols.join(QLatin1String(", ")),
                                          marks.join(QLatin1String(", ")))
                                     .toUtf8();
    if (sqlite3_prepare_v2(db, insertSql.constData(), -1, &ins.s, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("%1: %2").arg(where, QString::fromUtf8(sqlite3_errmsg(db))));

    OGRLayer *layer = src.layer();
    layer->ResetReading();
    QList<FeatureConverter::Row> rows;
    CPLErrorReset();
    for (;;) {
        if (cancel && cancel->load()) {
            fail(tr("%1: import cancelled; nothing was imported").arg(where));
            r.cancelled = true;
            return r;
        }
        std::unique_ptr<OGRFeature> f(layer->GetNextFeature());
        if (CPLGetLastErrorType() == CE_Failure) {
            const QString why = detail::explainGdalError(QString::fromUtf8(CPLGetLastErrorMsg()));
            return fail(tr("%1: reading stopped at %2: %3; nothing was imported")
                            .arg(where, featureLabel(r.read + 1, -1), why));
        }
        if (!f)
            break;
        ++r.read;
        if (progress && (r.read % 2000) == 0)
            progress(r.read, total);
        QString why;
        bool exploded = false;
        if (!conv.convert(f.get(), &rows, &exploded, &why)) {
            const QString label = featureLabel(r.read, f->GetFID());
            if (o.onError == ImportOptions::OnError::Abort)
                return fail(tr("%1: %2: %3; nothing was imported").arg(where, label, why));
            ++r.skipped;
            if (r.issues.size() < MaxIssues)
                r.issues.append({r.read, qint64(f->GetFID()), why});
            continue;
        }
        if (exploded)
            ++r.exploded;
        for (const auto &row : rows) {
            sqlite3_bind_blob(ins.s, 1, row.geometry.constData(), int(row.geometry.size()), SQLITE_STATIC);
            for (int i = 0; i < row.values.size(); ++i)
                bind(ins.s, i + 2, row.values[i]);
            const int rc = sqlite3_step(ins.s);
            sqlite3_reset(ins.s);
            if (rc != SQLITE_DONE) {
                const QString label = featureLabel(r.read, f->GetFID());
                const QString msg = QString::fromUtf8(sqlite3_errmsg(db));
                if (const QString fault = storeFault(sqlite3_extended_errcode(db)); !fault.isEmpty())
                    return fail(fault);
                if (o.onError == ImportOptions::OnError::Abort || rc != SQLITE_CONSTRAINT)
                    return fail(tr("%1: %2: %3; nothing was imported").arg(where, label, msg));
                ++r.skipped;
                if (r.issues.size() < MaxIssues)
                    r.issues.append({r.read, qint64(f->GetFID()), msg});
                break;
            }
            ++r.imported;
        }
    }
    if (progress)
        progress(r.read, total);
    // A header that promises more than the file holds (truncated, or a forged count): refuse the whole file.
    if (total >= 0 && r.read != total)
        return fail(tr("%1: the file declares %2 features but %3 could be read (truncated or damaged); nothing was "
                       "imported")
                        .arg(where)
                        .arg(total)
                        .arg(r.read));
    if (bulk) {
        if (!exec(db, Gpkg::rtreeFillSql(o.kind, lastFidBefore), &err))
            return fail(storeError(err));
        for (const QString &s : Gpkg::rtreeTriggersSql(o.kind))
            if (!exec(db, s, &err))
                return fail(storeError(err));
    }
    if (!exec(db, Gpkg::touchContentsSql(o.kind), &err))
        return fail(storeError(err));
    {
        Stmt q;
        const QByteArray sql = QStringLiteral("SELECT coalesce(max(fid), 0) FROM %1").arg(Gpkg::quoted(o.kind)).toUtf8();
        sqlite3_prepare_v2(db, sql.constData(), -1, &q.s, nullptr);
        sqlite3_step(q.s);
        r.lastFid = sqlite3_column_int64(q.s, 0);
        r.firstFid = r.imported ? lastFidBefore + 1 : 0;
    }
    r.repaired = conv.repaired();
    AuditEntry a;
    a.actor = actor;
    a.action = QStringLiteral("import");
    a.table = o.kind;
    a.after = QJsonObject{{QStringLiteral("source"), o.displayName.isEmpty() ? o.source : o.displayName},
                          {QStringLiteral("read"), r.read},
                          {QStringLiteral("imported"), r.imported},
                          {QStringLiteral("skipped"), r.skipped},
                          {QStringLiteral("repaired"), r.repaired},
                          {QStringLiteral("first_fid"), r.firstFid},
                          {QStringLiteral("last_fid"), r.lastFid},
                          {QStringLiteral("source_crs"), o.sourceCrs},
                          {QStringLiteral("encoding"), r.encoding},
                          {QStringLiteral("mapping"), o.mappingName}};
    if (!Audit::append(db, a, &err))
        return fail(storeError(err));
    if (!exec(db, QStringLiteral("COMMIT"), &err)) {
        const QString fault = storeFault(sqlite3_extended_errcode(db));
        return fail(fault.isEmpty() ? tr("the store %1: %2; nothing was imported").arg(storeName, err) : fault);
    }
    r.valuesMapped = conv.valuesMapped();
    r.extraFeatures = conv.extraFeatures();
    r.ok = true;
    return r;
}

} // namespace fc
