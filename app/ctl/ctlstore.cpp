// floodctl init / import / export / check: the operation store from the command line.
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"
#include "app/ctl/ctlargs.h"

#include "app/core/district/demooperation.h"
#include "app/core/io/exporter.h"
#include "app/core/store/import/importer.h"
#include "app/core/store/import/sourceencoding.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/store/storecheck.h"

#include <QFileInfo>
#include <cstdio>

namespace fc::ctl {

namespace {

const char importUsage[] =
    "usage: floodctl import DB FILE --layer KIND [--src-layer NAME] [--src-crs EPSG:N|GCJ02] [--encoding NAME]\n"
    "                       [--map field=column ...] [--map-value column:from=to ...] [--mapping NAME]\n"
    "                       [--save-mapping NAME] [--on-error abort|skip] [--dry-run] [--user NAME] [--make-valid]\n"
    "  Imports one layer of any OGR vector file into a feature table, in one transaction.\n"
    "  --on-error abort (default) leaves the store unchanged on the first bad feature; skip reports and skips it.\n"
    "  Fields map to columns by: --map, the saved mapping, same name, same name in other case, synonyms\n"
    "  (名称 -> name, 等级 -> severity ...); fields that map to no column are kept as extra attributes.\n"
    "  --map maps a source field to a store column (repeatable); 'field=' leaves a field out, 'field=extra'\n"
    "  keeps it as an extra attribute.\n"
    "  --map-value maps a coded value (severity:重大=major); a shipped table covers the common Chinese terms.\n"
    "  --mapping NAME uses a mapping saved in the store with --save-mapping NAME.\n"
    "  --encoding overrides the text encoding (detected: .cpg, .dbf language driver, UTF-8, else GB18030).\n"
    "  --dry-run prints the mapping and the first features and writes nothing.\n"
    "  --make-valid repairs invalid geometry (unclosed rings, self-intersections) instead of refusing it.\n";

// floodctl's one parser (ctlcommon.h, option values checked by ctlargs.h), in the form these commands use.
bool parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags,
           QStringList *positional, QMultiHash<QString, QString> *options, QString *error)
{
    Args a;
    if (!fc::ctl::parse(args, valueOptions, flags, &a, error))
        return false;
    *positional = a.pos;
    *options = a.opt;
    return true;
}

} // namespace

int storeInit(const QStringList &args)
{
    QStringList pos;
    QMultiHash<QString, QString> opt;
    QString e;
    if (!parse(args, {}, {QStringLiteral("--demo")}, &pos, &opt, &e) || pos.size() != 1) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl init DB.gpkg|postgresql://user@host:port/db [--demo]") : e);
        return 2;
    }
    const QFileInfo folder(QFileInfo(pos[0]).absolutePath());
    if (!Store::isServer(pos[0]) && !folder.isDir()) { // a typo in the path: never create folders silently
        err(QStringLiteral("floodctl init: %1: the folder %2 does not exist").arg(pos[0], folder.filePath()));
        return 1;
    }
    auto store = opt.contains(QStringLiteral("--demo")) ? DemoOperation::createStore(pos[0], &e) : Store::create(pos[0], &e);
    if (!store) {
        err(QStringLiteral("floodctl init: ") + e);
        return 1;
    }
    out(QStringLiteral("created %1 (schema version %2%3)")
            .arg(pos[0])
            .arg(store->schemaVersion())
            .arg(opt.contains(QStringLiteral("--demo")) ? QStringLiteral(", demo district") : QString()));
    return 0;
}

int storeImport(const QStringList &args)
{
    QStringList pos;
    QMultiHash<QString, QString> opt;
    QString e;
    const QStringList valueOptions = {QStringLiteral("--layer"), QStringLiteral("--src-layer"), QStringLiteral("--src-crs"),
                                      QStringLiteral("--encoding"), QStringLiteral("--map"), QStringLiteral("--on-error"),
                                      QStringLiteral("--user"), QStringLiteral("--map-value"), QStringLiteral("--mapping"),
                                      QStringLiteral("--save-mapping")};
    if (!parse(args, valueOptions, {QStringLiteral("--dry-run"), QStringLiteral("--make-valid")}, &pos, &opt, &e) || pos.size() != 2
        || !opt.contains(QStringLiteral("--layer"))) {
        if (!e.isEmpty())
            err(QStringLiteral("floodctl import: ") + e);
        std::fputs(importUsage, stderr);
        return 2;
    }
    ImportOptions o;
    o.source = pos[1];
    o.kind = opt.value(QStringLiteral("--layer"));
    o.sourceLayer = opt.value(QStringLiteral("--src-layer"));
    o.sourceCrs = opt.value(QStringLiteral("--src-crs"));
    o.encoding = opt.value(QStringLiteral("--encoding"));
    o.makeValid = opt.contains(QStringLiteral("--make-valid"));
    const QString onError = opt.value(QStringLiteral("--on-error"), QStringLiteral("abort"));
    if (onError != QLatin1String("abort") && onError != QLatin1String("skip")) {
        err(QStringLiteral("floodctl import: --on-error takes abort or skip"));
        return 2;
    }
    o.onError = onError == QLatin1String("skip") ? ImportOptions::OnError::Skip : ImportOptions::OnError::Abort;
    QStringList maps = opt.values(QStringLiteral("--map"));
    std::reverse(maps.begin(), maps.end()); // QMultiHash returns the latest first
    if (!Importer::parseFieldMap(maps, &o.fieldMap, &e)) {
        err(QStringLiteral("floodctl import: ") + e);
        return 2;
    }
    QStringList valueMaps = opt.values(QStringLiteral("--map-value"));
    std::reverse(valueMaps.begin(), valueMaps.end());
    if (!ImportMapping::parseValueMap(valueMaps, &o.valueMap, &e)) {
        err(QStringLiteral("floodctl import: ") + e);
        return 2;
    }
    if (!o.encoding.isEmpty() && !SourceEncoding::isKnown(o.encoding)) {
        err(QStringLiteral("floodctl import: ") + SourceEncoding::unknownMessage(o.encoding));
        return 2;
    }
    // Saved mappings live in the store (shared by every seat and by floodctl, kept with the operation).
    const QString mappingName = opt.value(QStringLiteral("--mapping"));
    const QString saveName = opt.value(QStringLiteral("--save-mapping"));
    std::unique_ptr<Store> store;
    if (!mappingName.isEmpty() || !saveName.isEmpty() || !opt.contains(QStringLiteral("--dry-run"))) {
        store = Store::open(pos[0], &e);
        if (!store) {
            err(QStringLiteral("floodctl import: ") + e);
            return 1;
        }
        if (opt.contains(QStringLiteral("--user")))
            store->setUser(opt.value(QStringLiteral("--user")));
    }
    if (!mappingName.isEmpty()) {
        QFuture<QList<StoreRow>> f = store->rows(QStringLiteral("import_mappings"), QStringLiteral("name = ?"), {mappingName});
        f.waitForFinished();
        const QList<StoreRow> rows = f.result();
        if (rows.isEmpty()) {
            QFuture<QList<StoreRow>> all = store->rows(QStringLiteral("import_mappings"));
            all.waitForFinished();
            QStringList names;
            for (const StoreRow &r : all.result())
                names.append(r.values.value(QStringLiteral("name")).toString());
            err(QStringLiteral("floodctl import: no saved mapping '%1' in %2 (saved: %3)")
                    .arg(mappingName, pos[0], names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "))));
            return 1;
        }
        ImportMapping::applySaved(rows.last().values, &o);
    }
    auto saveMapping = [&](const QList<FieldMapping> &mapping) {
        if (saveName.isEmpty())
            return true;
        const QVariantMap row = ImportMapping::savedRow(saveName, o, mapping);
        QFuture<QList<StoreRow>> f = store->rows(QStringLiteral("import_mappings"), QStringLiteral("name = ?"), {saveName});
        f.waitForFinished();
        QFuture<WriteResult> w = f.result().isEmpty() ? store->insertRow(QStringLiteral("import_mappings"), row)
                                                      : store->updateRow(QStringLiteral("import_mappings"),
                                                                         f.result().constFirst().fid, row);
        w.waitForFinished();
        if (!w.result().ok) {
            err(QStringLiteral("floodctl import: saving mapping '%1': %2").arg(saveName, w.result().error));
            return false;
        }
        out(QStringLiteral("saved mapping '%1' in %2").arg(saveName, pos[0]));
        return true;
    };
    if (opt.contains(QStringLiteral("--dry-run"))) {
        // A dry run does not need the store; it still checks that it is one.
        if (!store && Store::inspect(pos[0], &e) < 0) {
            err(QStringLiteral("floodctl import: ") + e);
            return 1;
        }
        const ImportPreview p = Importer::preview(o);
        if (!p.ok) {
            err(QStringLiteral("floodctl import: ") + p.error);
            return 1;
        }
        out(QStringLiteral("source layer: %1 (%2 features), CRS: %3")
                .arg(p.sourceLayer, p.featureCount < 0 ? QStringLiteral("?") : QString::number(p.featureCount))
                .arg(p.sourceCrs.left(120)));
        out(QStringLiteral("encoding: %1").arg(p.encoding));
        out(QStringLiteral("field mapping (source -> %1):").arg(o.kind));
        for (const QString &line : Importer::describeMapping(p.mapping))
            out(QStringLiteral("  ") + line);
        if (!p.unmappedColumns.isEmpty())
            out(QStringLiteral("columns left empty: %1").arg(p.unmappedColumns.join(QLatin1String(", "))));
        for (int i = 0; i < p.features.size(); ++i) {
            QStringList kv;
            const QVariantMap &f = p.features[i];
            for (auto it = f.cbegin(); it != f.cend(); ++it)
                kv.append(it.key() + QLatin1Char('=') + it.value().toString().left(80));
            out(QStringLiteral("  [%1] %2").arg(i + 1).arg(kv.join(QLatin1String("; "))));
        }
        for (const ImportIssue &i : p.issues)
            out(QStringLiteral("  bad feature %1: %2").arg(i.index).arg(i.reason));
        out(saveName.isEmpty() ? QStringLiteral("dry run: nothing was written")
                               : QStringLiteral("dry run: no features were written"));
        return saveMapping(p.mapping) ? 0 : 1;
    }
    QFuture<ImportReport> f = store->import(o);
    f.waitForFinished();
    const ImportReport r = f.result();
    for (const ImportIssue &i : r.issues)
        err(QStringLiteral("skipped feature %1%2: %3")
                .arg(i.index)
                .arg(i.sourceFid >= 0 ? QStringLiteral(" (fid %1)").arg(i.sourceFid) : QString(), i.reason));
    if (!r.ok) {
        err(QStringLiteral("floodctl import: ") + r.error);
        return 1;
    }
    QStringList notImported;
    qint64 extra = 0;
    for (const FieldMapping &m : r.mapping) {
        if (m.rule == MatchRule::Ignored)
            notImported.append(m.sourceField);
        extra += m.rule == MatchRule::Extra;
    }
    out(QStringLiteral("imported %1 of %2 features into %3 (%4 skipped%5%6%7)")
            .arg(r.imported)
            .arg(r.read)
            .arg(r.table)
            .arg(r.skipped)
            .arg(r.exploded ? QStringLiteral(", %1 multi-part features split").arg(r.exploded) : QString(),
                 r.repaired ? QStringLiteral(", %1 invalid geometries repaired").arg(r.repaired) : QString())
            .arg(notImported.isEmpty() ? QString()
                                       : QStringLiteral(", %1 field(s) left out as asked: %2")
                                             .arg(notImported.size())
                                             .arg(notImported.join(QLatin1String(", ")))));
    out(QStringLiteral("encoding: %1").arg(r.encoding));
    out(QStringLiteral("fields (%1, %2 kept as extra attributes):").arg(r.mapping.size()).arg(extra));
    for (const QString &line : Importer::describeMapping(r.mapping))
        out(QStringLiteral("  ") + line);
    for (auto it = r.valuesMapped.cbegin(); it != r.valuesMapped.cend(); ++it)
        out(QStringLiteral("  value %1 (%2 feature(s))").arg(it.key()).arg(it.value()));
    return saveMapping(r.mapping) ? 0 : 1;
}

int storeExport(const QStringList &args)
{
    QStringList pos;
    QMultiHash<QString, QString> opt;
    QString e;
    if (!parse(args, {QStringLiteral("--layer")}, {QStringLiteral("--truncate-text"), QStringLiteral("--overwrite")}, &pos,
               &opt, &e)
        || pos.size() != 2 || !opt.contains(QStringLiteral("--layer"))) {
        if (!e.isEmpty())
            err(QStringLiteral("floodctl export: ") + e);
        err(QStringLiteral("usage: floodctl export DB --layer KIND OUT.(gpkg|geojson|shp|kml|csv|fgb) [--truncate-text]"
                           " [--overwrite]"));
        return 2;
    }
    if (Store::isServer(pos[0]))
        return serverExport(pos[0], opt.value(QStringLiteral("--layer")), pos[1], opt.contains(QStringLiteral("--truncate-text")),
                            opt.contains(QStringLiteral("--overwrite")));
    ExportOptions o;
    o.truncateText = opt.contains(QStringLiteral("--truncate-text"));
    o.overwrite = opt.contains(QStringLiteral("--overwrite"));
    const ExportReport r = Exporter::run(pos[0], opt.value(QStringLiteral("--layer")), pos[1], o);
    if (!r.ok) {
        err(QStringLiteral("floodctl export: ") + r.error);
        return 1;
    }
    for (const QString &w : r.warnings)
        err(QStringLiteral("warning: ") + w);
    if (r.truncated)
        err(QStringLiteral("warning: %1 text value(s) cut to the shapefile limit of 254 bytes (fields: %2)")
                .arg(r.truncated)
                .arg(r.truncatedFields.join(QLatin1String(", "))));
    out(QStringLiteral("wrote %1 (%2 rows%3)")
            .arg(pos[1])
            .arg(r.features)
            .arg(r.truncated ? QStringLiteral(", %1 text values truncated").arg(r.truncated) : QString()));
    return 0;
}

int storeCheck(const QStringList &args)
{
    if (args.size() != 1) {
        err(QStringLiteral("usage: floodctl check DB"));
        return 2;
    }
    if (Store::isServer(args[0]))
        return serverCheck(args[0]);
    const StoreCheck::Result r = StoreCheck::run(args[0]);
    for (const QString &n : r.notes)
        out(QStringLiteral("note: ") + n);
    for (const QString &p : r.problems)
        err(QStringLiteral("problem: ") + p);
    if (!r.problems.isEmpty()) {
        err(QStringLiteral("%1: %2 problem(s)").arg(args[0]).arg(r.problems.size()));
        return 1;
    }
    out(QStringLiteral("%1: OK (schema version %2)").arg(args[0]).arg(r.schemaVersion));
    return 0;
}

} // namespace fc::ctl
